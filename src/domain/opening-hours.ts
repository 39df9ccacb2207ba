// "Open now / closed now" for weekly opening hours, judged by the wall clock in Copenhagen (DST-correct).
// Uses Intl, so it runs on the site only (not in PocketBase).
import { DANISH_TIME_ZONE } from "./danish-day.ts";
import type { Weekday, WeeklyHours } from "../content/municipalities/index.ts";

export const WEEKDAYS: Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

export interface OpeningStatus {
  open: boolean;
  /** "HH:MM" today, when open. */
  closesAt: string | null;
  /** The next opening, when closed (null when the hours are empty). */
  nextOpening: { day: Weekday; time: string } | null;
}

/** The weekday and minutes since midnight of `now` on the wall clock of `timeZone`. */
export function wallClock(now: Date, timeZone: string): { day: Weekday; minutes: number } {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(now);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  const day = part("weekday").toLowerCase().slice(0, 3) as Weekday;
  return { day, minutes: Number(part("hour")) * 60 + Number(part("minute")) };
}

function toMinutes(time: string): number {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  return hours * 60 + minutes;
}

export function openingStatus(hours: WeeklyHours, now: Date, timeZone = DANISH_TIME_ZONE): OpeningStatus {
  const { day, minutes } = wallClock(now, timeZone);
  const today = hours.filter((slot) => slot.days.includes(day));
  const current = today.find((slot) => toMinutes(slot.opens) <= minutes && minutes < toMinutes(slot.closes));
  if (current) return { open: true, closesAt: current.closes, nextOpening: null };
  const todayIndex = WEEKDAYS.indexOf(day);
  for (let ahead = 0; ahead < 8; ahead += 1) {
    const candidateDay = WEEKDAYS[(todayIndex + ahead) % 7] as Weekday;
    const slots = hours
      .filter((slot) => slot.days.includes(candidateDay) && (ahead > 0 || toMinutes(slot.opens) > minutes))
      .sort((a, b) => toMinutes(a.opens) - toMinutes(b.opens));
    if (slots[0]) return { open: false, closesAt: null, nextOpening: { day: candidateDay, time: slots[0].opens } };
  }
  return { open: false, closesAt: null, nextOpening: null };
}
