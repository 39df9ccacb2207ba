// "Today" and "the end of the day" in Denmark (Europe/Copenhagen), without Intl: this file also runs in
// PocketBase's goja, which has none. Danish time is UTC+1, and UTC+2 in EU summer time, which runs from
// the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC (Directive 2000/84/EC, art. 1–2).
import { addOffset } from "./dates.ts";

export const DANISH_TIME_ZONE = "Europe/Copenhagen";

const HOUR_MS = 3_600_000;

/** The last Sunday of a month (1-based month) as a UTC date at 01:00 UTC, when EU clocks change. */
function lastSundayAtOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  const sunday = lastDay.getUTCDate() - lastDay.getUTCDay();
  return Date.UTC(year, month - 1, sunday, 1);
}

/** Hours Danish wall-clock time is ahead of UTC at this instant: 2 in summer time, otherwise 1. */
export function danishUtcOffsetHours(instant: Date): 1 | 2 {
  const year = instant.getUTCFullYear();
  const time = instant.getTime();
  return time >= lastSundayAtOneUtc(year, 3) && time < lastSundayAtOneUtc(year, 10) ? 2 : 1;
}

/** Today's date in Denmark, "YYYY-MM-DD". */
export function danishToday(now: Date = new Date()): string {
  return new Date(now.getTime() + danishUtcOffsetHours(now) * HOUR_MS).toISOString().slice(0, 10);
}

/** The first instant of a Danish calendar day ("YYYY-MM-DD"), as a UTC Date. */
export function startOfDanishDay(isoDate: string): Date {
  const midnightUtc = Date.parse(`${isoDate.slice(0, 10)}T00:00:00.000Z`);
  // The offset that holds at Danish midnight: the clocks change at 02:00/03:00 local, never at midnight.
  const offset = danishUtcOffsetHours(new Date(midnightUtc - HOUR_MS));
  return new Date(midnightUtc - offset * HOUR_MS);
}

/** The last millisecond of a Danish calendar day, "YYYY-MM-DD HH:MM:SS.sssZ" in PocketBase's format. */
export function endOfDanishDay(isoDate: string): string {
  const end = new Date(startOfDanishDay(addOffset(isoDate.slice(0, 10), { days: 1 })).getTime() - 1000);
  return end.toISOString().replace("T", " ");
}
