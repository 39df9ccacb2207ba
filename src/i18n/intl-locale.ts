// The locale tag handed to Intl (and to i18next-icu and @formatjs/intl): the registry code plus the numbering
// system from locales.json and the Gregorian calendar, e.g. "ar" → "ar-u-ca-gregory-nu-arab". One place, so dates, times and numbers on one page
// never mix digit systems.
//
// Why the registry names the digits instead of trusting Intl's default for the bare language:
// - ar → arab (٠١٢٣): our Arabic readers come from Syria, Iraq and Palestine, where Arabic-Indic digits are
//   the everyday script (CLDR's ar-SY/ar-IQ/ar-PS default to arab). Bare "ar" defaults to latn since CLDR 42,
//   which is the Maghreb habit, not theirs.
// - fa, prs, ps → arabext (۰۱۲۳): Persian, Dari and Pashto write Extended Arabic-Indic digits (CLDR's default
//   for all three; named here so a CLDR change cannot flip them).
// - ckb → arab (٠١٢٣): Sorani in Iraqi Kurdistan commonly uses Arabic-Indic digits (CLDR's default for ckb).
// - every other language → latn (0123).
// Why always the Gregorian calendar: Intl's default for fa, prs and ps is the Solar Hijri one (2026-12-01 would
// read "۱۰ آذر ۱۴۰۵"), but every date a refugee must match (the municipality's letters, e-Boks, the deadlines of
// the law) is Gregorian. Month names stay in the reader's language.
import { locales } from "./locales.ts";

const tags = new Map(locales.map((locale) => [locale.code, `${locale.code}-u-ca-gregory-nu-${locale.numberingSystem}`]));

/** "ar" → "ar-u-ca-gregory-nu-arab". A code outside the registry (or already a full tag) is returned unchanged. */
export function intlLocale(code: string): string {
  return tags.get(code) ?? code;
}
