// The shared phone (issue 12): the offline copy of a plan belongs to one person and one session. It may be
// shown only to the person who saved it, and only while their session is valid or at most
// OFFLINE_COPY_GRACE_HOURS after it ended. Pure: the page passes who is signed in and the clock.
import { OFFLINE_COPY_GRACE_HOURS } from "./sessions.ts";

export interface OfflineCopyStamp {
  userId: string;
  /** ISO instant the copy was saved. */
  savedAt: string;
  /** ISO instant the session that saved it ends (the token's `exp`). */
  sessionExpires: string;
}

export type OfflineCopyVerdict = "show" | "other-person" | "too-old" | "invalid";

/** May this copy be shown to `userId` now? Anything but "show" means: delete it. */
export function offlineCopyVerdict(stamp: Partial<OfflineCopyStamp> | null | undefined, userId: string | null, now: Date): OfflineCopyVerdict {
  const expires = Date.parse(stamp?.sessionExpires ?? "");
  if (!stamp?.userId || !Number.isFinite(expires) || !Number.isFinite(Date.parse(stamp.savedAt ?? ""))) return "invalid";
  if (!userId || stamp.userId !== userId) return "other-person";
  return now.getTime() <= expires + OFFLINE_COPY_GRACE_HOURS * 3_600_000 ? "show" : "too-old";
}
