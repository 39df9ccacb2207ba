// Session lengths (contract "Accounts and sessions" in the coordination notes; i12-security owns the server
// side and may replace this file with the same names). Hours, not days: phones are shared.
/** A refugee's token lives this long after sign-in or its last refresh. */
export const SESSION_HOURS_REFUGEE = 12;
/** Staff see many people's data, so their sessions are shorter. */
export const SESSION_HOURS_STAFF = 8;
/** No refresh extends a session beyond this many hours after sign-in. */
export const SESSION_MAX_HOURS = 72;
/** How long after a session's end the offline copy of a plan may still be shown on that phone. */
export const OFFLINE_COPY_GRACE_HOURS = 24;
