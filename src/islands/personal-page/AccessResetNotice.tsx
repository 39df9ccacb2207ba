// "Your caseworker reset your access on <date>": shown after sign-in while the reset is at most
// ACCESS_RESET_NOTICE_DAYS old, so a refugee notices when someone else may have used their account.
import { danishToday } from "../../domain/danish-day.ts";
import { daysBetween } from "../../domain/dates.ts";
import { useIntl } from "../lib/intl-context.ts";

/** The contract: the notice shows while the reset lies within the last 30 days. */
export const ACCESS_RESET_NOTICE_DAYS = 30;

export function AccessResetNotice({ resetAt, today = danishToday() }: { resetAt: string | null; today?: string }) {
  const intl = useIntl();
  if (!resetAt) return null;
  const resetDay = danishToday(new Date(resetAt.replace(" ", "T")));
  if (Number.isNaN(Date.parse(resetAt.replace(" ", "T"))) || daysBetween(resetDay, today) > ACCESS_RESET_NOTICE_DAYS) return null;
  return <p class="notice" data-notice="access-reset">{intl.rich("me.accessReset", { date: <bdi>{intl.date(resetDay)}</bdi> })}</p>;
}
