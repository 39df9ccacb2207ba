// Who may see the offline copy of a plan on a shared phone, and for how long.
import { describe, expect, it } from "vitest";
import { offlineCopyVerdict } from "../../src/domain/offline-copy";
import { OFFLINE_COPY_GRACE_HOURS } from "../../src/domain/sessions";

const stamp = { userId: "amal", savedAt: "2026-12-01T08:00:00.000Z", sessionExpires: "2026-12-01T20:00:00.000Z" };
const hoursAfterEnd = (hours: number) => new Date(Date.parse(stamp.sessionExpires) + hours * 3_600_000);

describe("offlineCopyVerdict", () => {
  it.each([
    ["during the session", stamp, "amal", new Date("2026-12-01T12:00:00Z"), "show"],
    ["just inside the grace time", stamp, "amal", hoursAfterEnd(OFFLINE_COPY_GRACE_HOURS), "show"],
    ["past the grace time", stamp, "amal", hoursAfterEnd(OFFLINE_COPY_GRACE_HOURS + 0.01), "too-old"],
    ["another person signed in", stamp, "selam", new Date("2026-12-01T12:00:00Z"), "other-person"],
    ["nobody signed in", stamp, null, new Date("2026-12-01T12:00:00Z"), "other-person"],
    ["an old copy without a stamp", { savedAt: stamp.savedAt }, "amal", new Date("2026-12-01T12:00:00Z"), "invalid"],
    ["no copy", null, "amal", new Date("2026-12-01T12:00:00Z"), "invalid"],
  ] as const)("%s → %s", (_name, copy, userId, now, expected) => {
    expect(offlineCopyVerdict(copy, userId, now)).toBe(expected);
  });
});
