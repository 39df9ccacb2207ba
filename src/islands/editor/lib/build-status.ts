// The build status line: GET /api/velkommen/site/status → "Live on the site since 14:02" (Danish wall-clock
// time), "Building…", or why the last build failed. Pure; the component only picks the message.
import { DANISH_TIME_ZONE, danishToday } from "../../../domain/danish-day.ts";
import { intlLocale } from "../../../i18n/intl-locale.ts";

/** A build as the status names it (pipeline: site_builds summary). */
export interface BuildSummary { id?: string; status?: string; finished_at?: string | null; error?: string }

/**
 * What GET /api/velkommen/site/status answers (issue 14 contract, pipeline): `building`/`queued` are the build
 * (or null; a boolean is accepted too), `last_error` the failed build's words (an object with `message`, or text),
 * set only while no later build went live.
 */
export interface SiteStatus {
  live_since: string | null;
  building: boolean | BuildSummary | null;
  queued: boolean | BuildSummary | null;
  last_error: string | { message?: string } | null;
  last_build?: BuildSummary | null;
}

const errorWords = (error: SiteStatus["last_error"]) => (typeof error === "string" ? error : error?.message ?? "");

export type BuildLine =
  | { kind: "live"; time: string; date: string | null }
  | { kind: "building" }
  | { kind: "queued" }
  | { kind: "failed"; error: string }
  | { kind: "none" };

const instant = (value: string) => new Date(value.includes(" ") ? value.replace(" ", "T") : value);

/** "14:02" on Danish wall-clock time, and the Danish date when it is not today. */
export function danishClock(value: string, locale: string, now: Date = new Date()): { time: string; date: string | null } | null {
  const at = instant(value);
  if (Number.isNaN(at.getTime())) return null;
  const time = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: DANISH_TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
  const sameDay = danishToday(at) === danishToday(now);
  return { time, date: sameDay ? null : new Intl.DateTimeFormat(intlLocale(locale), { timeZone: DANISH_TIME_ZONE, dateStyle: "long" }).format(at) };
}

/** A failed build wins over an older live site: the editor must see why their publish is not live. */
export function buildLine(status: SiteStatus | null, locale: string, now: Date = new Date()): BuildLine {
  if (!status) return { kind: "none" };
  const error = errorWords(status.last_error);
  if (status.building) return { kind: "building" };
  if (error && (status.last_build?.status === "failed" || !status.live_since)) return { kind: "failed", error };
  if (status.queued) return { kind: "queued" };
  const clock = status.live_since ? danishClock(status.live_since, locale, now) : null;
  return clock ? { kind: "live", ...clock } : { kind: "none" };
}
