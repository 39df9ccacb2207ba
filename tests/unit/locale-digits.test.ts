// Digits come from the locale registry, not from Intl's default for the bare language: every date, time and number
// on a page (Astro pages through formatDate/formatTime and i18next-icu, islands through @formatjs/intl) uses the
// registry's numbering system, so an Arabic page never mixes ١٠:٠٠ with 1 ديسمبر 2026.
import { describe, expect, it } from "vitest";
import { intlLocale } from "../../src/i18n/intl-locale";
import { locales, type NumberingSystem } from "../../src/i18n/locales";
import { useTranslations } from "../../src/i18n/translator";
import { createIslandIntl } from "../../src/islands/lib/intl";
import { danishClock } from "../../src/islands/editor/lib/build-status";
import { formatDate, formatDateTime, formatTime, formatWeeklyHours } from "../../src/utils/format";

const zeroOf: Record<NumberingSystem, number> = { latn: 0x30, arab: 0x660, arabext: 0x6f0 };
/** Every digit character in the text, any script (\p{Nd}). */
const digitsIn = (text: string) => [...text].filter((character) => /\p{Nd}/u.test(character));
/** The numbering system a digit belongs to, or "other". */
const systemOf = (digit: string) => {
  const code = digit.codePointAt(0)!;
  return (Object.entries(zeroOf).find(([, zero]) => code >= zero && code <= zero + 9)?.[0] ?? "other") as NumberingSystem | "other";
};
const onlyDigitsOf = (text: string, system: NumberingSystem) => {
  const digits = digitsIn(text);
  expect(digits.length, `no digits in ${JSON.stringify(text)}`).toBeGreaterThan(0);
  expect(digits.map(systemOf), text).toEqual(digits.map(() => system));
};

describe("the registry names the digits per community", () => {
  it.each([["ar", "arab"], ["ckb", "arab"], ["fa", "arabext"], ["prs", "arabext"], ["ps", "arabext"],
    ["da", "latn"], ["en", "latn"], ["kmr", "latn"], ["ti", "latn"], ["so", "latn"], ["uk", "latn"], ["ru", "latn"]] as const)(
    "%s writes %s", (code, system) => {
      expect(locales.find((locale) => locale.code === code)?.numberingSystem).toBe(system);
      expect(intlLocale(code)).toBe(`${code}-u-ca-gregory-nu-${system}`);
      expect(new Intl.NumberFormat(intlLocale(code)).resolvedOptions().numberingSystem).toBe(system);
      expect(new Intl.DateTimeFormat(intlLocale(code)).resolvedOptions().calendar).toBe("gregory");
    });

  it.each(["fa", "prs", "ps"])("%s dates are Gregorian like the municipality's letters (control: bare %s is not)", (code) => {
    expect(new Intl.DateTimeFormat(code).resolvedOptions().calendar).not.toBe("gregory");
    expect(formatDate("2026-12-01", code)).toContain("۲۰۲۶");
  });

  it("leaves a tag outside the registry alone", () => {
    expect(intlLocale("en-GB")).toBe("en-GB");
  });
});

describe("times, dates and numbers in every locale use the registry's digits", () => {
  it.each(locales.map((locale) => [locale.code, locale.numberingSystem] as const))("%s (%s)", (code, system) => {
    onlyDigitsOf(formatTime("10:00", code), system);
    onlyDigitsOf(formatTime("09:05", code), system);
    onlyDigitsOf(formatDate("2026-12-01", code), system);
    onlyDigitsOf(formatDateTime("2026-12-01 09:30:00.000Z", code), system);
    onlyDigitsOf(formatWeeklyHours([{ days: ["mon", "thu"], opens: "10:00", closes: "14:30" }], code)[0]!, system);
    onlyDigitsOf(createIslandIntl(code, {}).date("2026-12-01"), system);
    onlyDigitsOf(createIslandIntl(code, {}).number(1014), system);
    onlyDigitsOf(danishClock("2026-12-01 13:02:00.000Z", code, new Date("2026-12-01T15:00:00Z"))!.time, system);
    // A message's own {min, number} on an Astro page (i18next-icu), read in this language or its fallback's.
    onlyDigitsOf(useTranslations(code)("common:error.validation_password_too_short", { min: 12 }), system);
  });
});

describe("formatTime", () => {
  it("writes Arabic-Indic digits for ar and Latin for da (positive control), 24-hour with a colon", () => {
    expect(formatTime("10:00", "ar")).toBe("١٠:٠٠");
    expect(formatTime("14:30", "ar")).toBe("١٤:٣٠");
    expect(formatTime("10:00", "fa")).toBe("۱۰:۰۰");
    expect(formatTime("10:00", "da")).toBe("10:00");
    expect(formatTime("09:05", "da")).toBe("09:05");
    expect(formatTime("17:45", "en")).toBe("17:45");
  });

  it("shows text that is not HH:MM as typed", () => {
    expect(formatTime("hele dagen", "ar")).toBe("hele dagen");
  });

  it("keeps the Arabic hours line in one set of digits with the page's dates", () => {
    const [line] = formatWeeklyHours([{ days: ["mon", "tue", "wed", "thu"], opens: "10:00", closes: "14:30" }], "ar");
    expect(line).toMatch(/ ١٠:٠٠–١٤:٣٠$/);
    expect(formatDate("2026-12-01", "ar")).toBe("١ ديسمبر ٢٠٢٦");
  });
});
