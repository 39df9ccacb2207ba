// The length a recovery reason must have (contract: 10–500 characters, checked again by the server).
// i12-security defines RECOVERY_REASON_{MIN,MAX}_CHARACTERS in src/domain/activation.ts; until that is merged
// here this file holds the contract's numbers, and afterwards it only re-exports them.
export const RECOVERY_REASON_MIN_CHARACTERS = 10;
export const RECOVERY_REASON_MAX_CHARACTERS = 500;

export function recoveryReasonLengthOk(reason: string): boolean {
  const length = Array.from(reason.trim()).length;
  return length >= RECOVERY_REASON_MIN_CHARACTERS && length <= RECOVERY_REASON_MAX_CHARACTERS;
}
