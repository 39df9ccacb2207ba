// Activation codes for the welcome letter: easy to type from paper, hard to guess.
// 10 characters from 31 unambiguous ones (no 0/O, 1/I/L) give about 2^49 codes; with the rate limit on
// /api/velkommen/activate and an expiry, guessing is out of reach, so a fast hash (SHA-256) is enough to store.

export const ACTIVATION_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const ACTIVATION_CODE_LENGTH = 10;
export const ACTIVATION_VALID_DAYS = 60;

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

/** The one password rule (contract with i12-security): at least this many characters … */
export const PASSWORD_MIN_CHARACTERS = 10;
/** … and at most this many UTF-8 bytes, bcrypt's limit (an Arabic letter takes 2 bytes, Ethiopic 3). */
export const PASSWORD_MAX_BYTES = 72;

/** Per-field problems with a chosen password. A hint, not a rule wall: only length is required. */
export function validateNewPassword(password: unknown): string | null {
  if (typeof password !== "string" || password.length < 10) return "Use at least 10 characters.";
  if (password.length > 72) return "Use at most 72 characters.";
  return null;
}
