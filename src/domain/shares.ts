// Shares: what a refugee lets a volunteer see, and until when. No Intl: this file also runs in PocketBase.
import { daysBetween, isIsoDate } from "./dates.ts";
import { danishToday } from "./danish-day.ts";

export const MAX_SHARE_DAYS = 90;
export const SHARE_SCOPES = ["appointments", "contacts", "milestones"] as const;
export type ShareScope = (typeof SHARE_SCOPES)[number];

/** Per-field problems with a new share; empty when it is fine. */
export function validateShare(input: { expires?: unknown; scope?: unknown }, now: Date): Record<string, string> {
  const errors: Record<string, string> = {};
  const today = danishToday(now); // the consent counts days in Denmark
  if (!isIsoDate(input.expires)) {
    errors.expires = "Must be a date (YYYY-MM-DD).";
  } else {
    const days = daysBetween(today, input.expires.slice(0, 10));
    if (days < 1) errors.expires = "Must be after today.";
    else if (days > MAX_SHARE_DAYS) errors.expires = `Must be at most ${MAX_SHARE_DAYS} days from today.`;
  }
  const scope = input.scope;
  const validScope = Array.isArray(scope) && scope.length > 0 && scope.every((item) => (SHARE_SCOPES as readonly string[]).includes(item as string)) && new Set(scope).size === scope.length;
  if (!validScope) errors.scope = `Choose one or more of: ${SHARE_SCOPES.join(", ")}.`;
  return errors;
}

/** A share works until the end of its expiry instant and only while it is not revoked. */
export function isShareActive(share: { expires: string; revoked: boolean }, now: Date): boolean {
  if (share.revoked) return false;
  const expires = Date.parse(share.expires.includes(" ") ? share.expires.replace(" ", "T") : share.expires);
  return Number.isFinite(expires) && expires > now.getTime();
}

/** A plan may have at most this many shares that are neither revoked nor expired (storage and audit stay bounded). */
export const MAX_ACTIVE_SHARES = 10;

/** What a volunteer sees of the sharer's name: the first word only ("Amina Hassan Ali" → "Amina"). */
export function firstName(fullName: string): string {
  return fullName.trim().split(/\s+/)[0] ?? "";
}
