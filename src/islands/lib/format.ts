// Dates and relative times for islands, in the page's locale.
import { formatDate, formatDateTime } from "../../utils/format.ts";
import { lang } from "./strings.ts";
import { escapeHtml } from "../../utils/escape-html.ts";

export const date = (isoDate: string) => `<bdi>${escapeHtml(formatDate(isoDate, lang))}</bdi>`;
export const dateTime = (value: string) => `<bdi>${escapeHtml(formatDateTime(value, lang))}</bdi>`;

/** "in 5 days", "2 days ago", "today" through Intl.RelativeTimeFormat. */
export function relativeDays(days: number): string {
  return new Intl.RelativeTimeFormat(lang, { numeric: "auto" }).format(days, "day");
}

/** Today's date in Denmark, "YYYY-MM-DD" (the domain function, kept here for the staff script). */
export { danishToday } from "../../domain/danish-day.ts";
