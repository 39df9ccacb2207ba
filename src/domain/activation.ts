// Activation codes for the welcome letter, account recovery, and the one password rule.
// 10 characters from 31 unambiguous ones (no 0/O, 1/I/L) give about 2^49 codes. Online guessing is stopped by
// the rate limits on /api/velkommen/activate; offline guessing from a leaked backup is stopped by storing the
// code as HMAC-SHA256 with a key that lives outside the data dir (VELKOMMEN_ACTIVATION_KEY, see the hooks).

export const ACTIVATION_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const ACTIVATION_CODE_LENGTH = 10;
/** A posted letter reaches the refugee within days; a month leaves room for a visit to the caseworker. */
export const ACTIVATION_VALID_DAYS = 30;
/** The shortest key the server accepts for the code hash (hex or any text; 32 characters ≈ 128 bits or more). */
export const ACTIVATION_KEY_MIN_LENGTH = 32;

/** After a caseworker resets an active account, it cannot share, export or erase for this long (a takeover guard). */
export const RECOVERY_COOLDOWN_HOURS = 72;
/** How long the personal page says "your caseworker reset your access on …". */
export const RECOVERY_NOTICE_DAYS = 30;
export const RECOVERY_REASON_MIN_CHARACTERS = 10;
export const RECOVERY_REASON_MAX_CHARACTERS = 500;

/** One password rule everywhere: at least 10 characters, and at most 72 UTF-8 bytes (bcrypt's limit). */
export const PASSWORD_MIN_CHARACTERS = 10;
export const PASSWORD_MAX_BYTES = 72;
/** PocketBase's password field counts characters and caps at 71; only a 72-letter ASCII password meets it. */
export const PASSWORD_MAX_CHARACTERS = 71;

export type PasswordProblem = "validation_password_too_short" | "validation_password_too_long";

/** What a person typed → the canonical code, or null when it cannot be one. Accepts spaces, dashes, lower case. */
export function normalizeActivationCode(input: unknown): string | null {
  if (typeof input !== "string") return null;
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== ACTIVATION_CODE_LENGTH) return null;
  for (const character of code) if (!ACTIVATION_ALPHABET.includes(character)) return null;
  return code;
}

/** "ABCDE23456" → "ABCDE-23456", as printed on the letter. */
export function formatActivationCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** The personal page with the code in the fragment, so it never reaches a server log. */
export function activationUrl(origin: string, language: string, code: string): string {
  return `${origin.replace(/\/$/, "")}/${language}/me/#code=${formatActivationCode(code)}`;
}

/** UTF-8 length without TextEncoder (the hooks' JS engine has none). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * null when the password may be used, otherwise the message code the islands translate (with the number as an
 * ICU argument). Characters are counted as people see them, so a 40-letter Arabic or Tigrinya passphrase works.
 */
export function validateNewPassword(password: unknown): PasswordProblem | null {
  if (typeof password !== "string") return "validation_password_too_short";
  const characters = Array.from(password).length;
  if (characters < PASSWORD_MIN_CHARACTERS) return "validation_password_too_short";
  if (utf8ByteLength(password) > PASSWORD_MAX_BYTES || characters > PASSWORD_MAX_CHARACTERS) return "validation_password_too_long";
  return null;
}

/** The English fallback text the server sends next to a password code (the islands show their own translation). */
export function passwordProblemMessage(problem: PasswordProblem): string {
  return problem === "validation_password_too_short"
    ? `Use at least ${PASSWORD_MIN_CHARACTERS} characters.`
    : `Use a shorter password (at most ${PASSWORD_MAX_BYTES} bytes; a letter of Arabic or Ethiopic script takes 2–3).`;
}

/** null when a recovery reason is acceptable, otherwise an English message. */
export function validateRecoveryReason(reason: unknown): string | null {
  if (typeof reason !== "string") return `Give a reason of ${RECOVERY_REASON_MIN_CHARACTERS}–${RECOVERY_REASON_MAX_CHARACTERS} characters.`;
  const length = Array.from(reason.trim()).length;
  if (length < RECOVERY_REASON_MIN_CHARACTERS || length > RECOVERY_REASON_MAX_CHARACTERS) {
    return `Give a reason of ${RECOVERY_REASON_MIN_CHARACTERS}–${RECOVERY_REASON_MAX_CHARACTERS} characters.`;
  }
  return null;
}

/** True while an account that a caseworker reset may not share, export or erase. */
export function isInRecoveryCooldown(accessResetAt: string | null | undefined, now: Date): boolean {
  if (!accessResetAt) return false;
  const resetAt = Date.parse(String(accessResetAt).replace(" ", "T"));
  if (Number.isNaN(resetAt)) return false;
  return now.getTime() - resetAt < RECOVERY_COOLDOWN_HOURS * 3_600_000;
}
