// How long personal data is kept. The municipality is the data controller, so each data file sets its own period
// (`retention.planYearsAfterProgrammeEnd`); the national default applies where a file sets none.
import municipalityIndex from "../content/municipalities/index.generated.json" with { type: "json" };
import { addOffset } from "./dates.ts";

/** Used when a municipality's data file names no period. */
export const DEFAULT_PLAN_RETENTION_YEARS = 5;
/** PocketBase request logs (IP, user agent, URLs with record ids) are kept this many days. */
export const REQUEST_LOG_RETENTION_DAYS = 7;
/** Expired or revoked shares and expired activation codes are deleted this many days after they stopped working. */
export const EXPIRED_ACCESS_GRACE_DAYS = 1;

interface RetentionSettings {
  planYearsAfterProgrammeEnd?: number;
}

export function planRetentionYears(slug: string): number {
  const entry = (municipalityIndex.municipalities as Array<{ slug: string; retention?: RetentionSettings }>).find((municipality) => municipality.slug === slug);
  const years = entry?.retention?.planYearsAfterProgrammeEnd;
  return typeof years === "number" && Number.isInteger(years) && years >= 0 ? years : DEFAULT_PLAN_RETENTION_YEARS;
}

/** The first day a plan may be deleted: its programme's end plus the municipality's period (ISO dates). */
export function planDeletableFrom(programmeEnd: string, years: number): string {
  return addOffset(programmeEnd, { years });
}
