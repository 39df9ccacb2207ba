// What PocketBase hooks use from the domain. scripts/lib/build-hooks.mjs bundles this file into
// pocketbase/pb_hooks/generated/domain.js, so the server runs the very same rules as the site.
export { addOffset, isIsoDate } from "./dates.ts";
export { computeMilestones, moveMilestones, recomputeMilestones, validatePlanFacts } from "./milestones.ts";
export { DEFAULT_RESIDENCE_BASIS, MILESTONE_KINDS, MUNICIPALITY_SLUGS, RESIDENCE_BASES, isMilestoneKind, isResidenceBasis, rulesForMunicipality } from "./rules.ts";
export { MAX_ACTIVE_SHARES, MAX_SHARE_DAYS, SHARE_SCOPES, firstName, isShareActive, validateShare } from "./shares.ts";
export {
  ACTIVATION_ALPHABET, ACTIVATION_CODE_LENGTH, ACTIVATION_KEY_MIN_LENGTH, ACTIVATION_VALID_DAYS, activationUrl, formatActivationCode,
  isInRecoveryCooldown, normalizeActivationCode, passwordProblemMessage, validateNewPassword, validateRecoveryReason,
} from "./activation.ts";
export { tokenSecondsLeft } from "./sessions.ts";
export { REFUGEE_TASKS } from "./timeline.ts";
export { WORKLIST_SOON_DAYS } from "./worklist.ts";
export { buildCalendar } from "./calendar.ts";
export { danishToday, endOfDanishDay, startOfDanishDay } from "./danish-day.ts";
export { localeCodes } from "../i18n/locales.ts";
export { DEFAULT_PLAN_RETENTION_YEARS, EXPIRED_ACCESS_GRACE_DAYS, REQUEST_LOG_RETENTION_DAYS, planDeletableFrom, planRetentionYears } from "./retention.ts";
export { hubMessageLanguage, validateHub } from "./hub-validation.ts";
export { validateGlossary, validateGuide, validateNamespace } from "./content-validation.ts";
