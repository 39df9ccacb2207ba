// Calendar dates as "YYYY-MM-DD" strings, computed in UTC so that no time zone or DST can shift a day.
// No Intl: this file also runs inside PocketBase's JS engine.

export interface Offset {
  days?: number;
  weeks?: number;
  months?: number;
  years?: number;
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD" (also the date part of "YYYY-MM-DD HH:MM:SS.sssZ"); null when it is not a real date. */
export function parseIsoDate(value: string): Date | null {
  const match = isoDatePattern.exec(value.slice(0, 10));
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date : null;
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === "string" && parseIsoDate(value) !== null;
}

export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function requireDate(value: string): Date {
  const date = parseIsoDate(value);
  if (!date) throw new Error(`Not a date (YYYY-MM-DD): "${value}"`);
  return date;
}

/** Adds months, clamping to the month's last day (31 January + 1 month = 28 or 29 February). */
function addMonthsClamped(date: Date, months: number): Date {
  const targetMonthIndex = date.getUTCMonth() + months;
  const firstOfTarget = new Date(Date.UTC(date.getUTCFullYear(), targetMonthIndex, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth(), Math.min(date.getUTCDate(), lastDay)));
}

export function addOffset(isoDate: string, offset: Offset): string {
  let date = requireDate(isoDate);
  const months = (offset.months ?? 0) + 12 * (offset.years ?? 0);
  if (months !== 0) date = addMonthsClamped(date, months);
  const days = (offset.days ?? 0) + 7 * (offset.weeks ?? 0);
  if (days !== 0) date = new Date(date.getTime() + days * 86_400_000);
  return formatIsoDate(date);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((requireDate(to).getTime() - requireDate(from).getTime()) / 86_400_000);
}
