// Dates, times and opening hours in the reader's locale, always on Danish wall-clock time.
// Pure apart from Intl; used by pages, islands, the letter and the batch letter command. Every Intl call gets the
// registry's numbering system (intlLocale), so a page's dates, hours and numbers share one set of digits.
import type { WeeklyHours, Weekday } from "../content/municipalities/index.ts";

import { DANISH_TIME_ZONE } from "../domain/danish-day.ts";
import { intlLocale } from "../i18n/intl-locale.ts";

export { DANISH_TIME_ZONE };

/** "2026-12-01" → "1. december 2026" (da), "١ ديسمبر ٢٠٢٦" (ar). Noon UTC keeps the day the same in Denmark. */
export function formatDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: DANISH_TIME_ZONE }).format(date);
}

/** A PocketBase or ISO date-time → date and time on Danish wall-clock time. */
export function formatDateTime(value: string, locale: string): string {
  const date = new Date(value.includes(" ") ? value.replace(" ", "T") : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short", timeZone: DANISH_TIME_ZONE }).format(date);
}

// 2024-01-01 was a Monday.
const WEEKDAY_DATES: Record<Weekday, string> = {
  mon: "2024-01-01", tue: "2024-01-02", wed: "2024-01-03", thu: "2024-01-04", fri: "2024-01-05", sat: "2024-01-06", sun: "2024-01-07",
};

export function weekdayName(day: Weekday, locale: string, width: "short" | "long" = "short"): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { weekday: width, timeZone: "UTC" }).format(new Date(`${WEEKDAY_DATES[day]}T12:00:00Z`));
}

/**
 * "10:00" → "10:00" (da), "١٠:٠٠" (ar), "۱۰:۰۰" (fa): a typed "HH:MM" in the reader's digits. Always 24-hour with a
 * colon, as Danish offices write hours (Intl's da time would give "10.00", and en an am/pm clock for some tags).
 * Text that is not "HH:MM" is shown as typed.
 */
export function formatTime(time: string, locale: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) return time;
  const twoDigits = new Intl.NumberFormat(intlLocale(locale), { minimumIntegerDigits: 2, useGrouping: false });
  return `${twoDigits.format(Number(match[1]))}:${twoDigits.format(Number(match[2]))}`;
}

/** One group of days with its hours, in parts, so a page can isolate the days and the time range separately. */
export interface HoursLine { days: string; opens: string; closes: string; opensAt: string; closesAt: string }

export function weeklyHoursLines(hours: WeeklyHours, locale: string): HoursLine[] {
  return hours.map((group) => {
    const first = group.days[0];
    const last = group.days[group.days.length - 1];
    const days = !first || !last ? ""
      : group.days.length === 1 ? weekdayName(first, locale) : `${weekdayName(first, locale)}–${weekdayName(last, locale)}`;
    return { days, opens: formatTime(group.opens, locale), closes: formatTime(group.closes, locale), opensAt: group.opens, closesAt: group.closes };
  });
}

/** One line per group of days, e.g. "man.–tors. 09:00–15:00" or "الاثنين–الخميس ١٠:٠٠–١٤:٣٠". 24-hour clock. */
export function formatWeeklyHours(hours: WeeklyHours, locale: string): string[] {
  return weeklyHoursLines(hours, locale).map((line) => `${line.days ? `${line.days} ` : ""}${line.opens}–${line.closes}`);
}
