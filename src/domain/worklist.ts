// The caseworker's worklist: what counts as "soon". The server's worklist (pocketbase/server/velkommen/worklist.go)
// reads this number through the hooks bundle (pb_hooks/velkommen-api.pb.js publishes it when the hooks load).

/** A milestone due within this many days (today included) is "soon" on the worklist. */
export const WORKLIST_SOON_DAYS = 7;
