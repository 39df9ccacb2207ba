// Dates, times and opening hours in the reader's locale, always on Danish wall-clock time.
// Pure apart from Intl; used by pages, islands, the letter and the batch letter command.
import type { WeeklyHours, Weekday } from "../content/municipalities/index.ts";

import { DANISH_TIME_ZONE } from "../domain/danish-day.ts";

export { DANISH_TIME_ZONE };

/** "2026-12-01" → "1. december 2026" (da), "١ ديسمبر ٢٠٢٦" (ar). Noon UTC keeps the day the same in Denmark. */
export function formatDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: DANISH_TIME_ZONE }).format(date);
}

/** A PocketBase or ISO date-time → date and time on Danish wall-clock time. */
export function formatDateTime(value: string, locale: string): string {
  const date = new Date(value.includes(" ") ? value.replace(" ", "T") : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: DANISH_TIME_ZONE }).format(date);
}

// 2024-01-01 was a Monday.
const WEEKDAY_DATES: Record<Weekday, string> = {
  mon: "2024-01-01", tue: "2024-01-02", wed: "2024-01-03", thu: "2024-01-04", fri: "2024-01-05", sat: "2024-01-06", sun: "2024-01-07",
};

export function weekdayName(day: Weekday, locale: string, width: "short" | "long" = "short"): string {
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: "UTC" }).format(new Date(`${WEEKDAY_DATES[day]}T12:00:00Z`));
}

/** One line per group of days, e.g. "man.–tors. 09:00–15:00". Times stay 24-hour digits. */
export function formatWeeklyHours(hours: WeeklyHours, locale: string): string[] {
  return hours.map((group) => {
    const first = group.days[0];
    const last = group.days[group.days.length - 1];
    if (!first || !last) return `${group.opens}–${group.closes}`;
    const days = group.days.length === 1 ? weekdayName(first, locale) : `${weekdayName(first, locale)}–${weekdayName(last, locale)}`;
    return `${days} ${group.opens}–${group.closes}`;
  });
}
