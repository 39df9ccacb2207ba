// The caseworker's worklist: what counts as "soon". pocketbase/pb_hooks/lib/worklist.js counts with the same
// window (it should read this through the hooks bundle; today it repeats the number, see SOON_DAYS there).

/** A milestone due within this many days (today included) is "soon" on the worklist. */
export const WORKLIST_SOON_DAYS = 7;
