// Limits on a plan's household, shared by the forms (input attributes, messages) and the server's validation.

/** Adults and children are each counted from 0 to this; more is a typo, not a household. */
export const HOUSEHOLD_COUNT_MAX = 30;
