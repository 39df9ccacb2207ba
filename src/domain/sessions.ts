// How long a sign-in lasts. Phones are shared and tokens sit in localStorage, so sessions last hours, not days.
// The server (pb_hooks/lib/sessions.js) signs every token with these limits; the islands use them for the
// offline copy of a plan.

/** A refugee's token lives this long and is renewed with authRefresh while the page is in use. */
export const SESSION_HOURS_REFUGEE = 12;
/** Staff read many people's data: a shorter token. */
export const SESSION_HOURS_STAFF = 4;
/** No renewal reaches past this many hours after the sign-in itself; then the person signs in again. */
export const SESSION_MAX_HOURS = 24;
/** The personal page may show the offline copy of a plan this long after the session's end, never longer. */
export const OFFLINE_COPY_GRACE_HOURS = 12;

const HOUR_SECONDS = 3600;

export function sessionHoursFor(role: string): number {
  return role === "refugee" ? SESSION_HOURS_REFUGEE : SESSION_HOURS_STAFF;
}

/**
 * Seconds a new token may live: the role's length, cut off at the absolute maximum counted from the sign-in.
 * 0 means the session is over and the person must sign in again.
 */
export function tokenSecondsLeft(role: string, sessionStartedSeconds: number, nowSeconds: number): number {
  const absoluteEnd = sessionStartedSeconds + SESSION_MAX_HOURS * HOUR_SECONDS;
  const left = Math.min(sessionHoursFor(role) * HOUR_SECONDS, absoluteEnd - nowSeconds);
  return left > 0 ? Math.floor(left) : 0;
}
