// The length a recovery reason must have: the domain's numbers (src/domain/activation.ts), which the server
// checks again; the form checks first so the caseworker gets the message next to the field.
import { RECOVERY_REASON_MAX_CHARACTERS, RECOVERY_REASON_MIN_CHARACTERS, validateRecoveryReason } from "../../domain/activation.ts";

export { RECOVERY_REASON_MAX_CHARACTERS, RECOVERY_REASON_MIN_CHARACTERS };

export function recoveryReasonLengthOk(reason: string): boolean {
  return validateRecoveryReason(reason) === null;
}
