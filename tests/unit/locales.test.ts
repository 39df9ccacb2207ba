import { describe, expect, it } from "vitest";
import { fallbackChain, getLocale, localeCodes, locales } from "../../src/i18n/locales";
import { useTranslations } from "../../src/i18n/translator";

describe("locale registry", () => {
  it("has the twelve locales of the design, Danish first", () => {
    expect(localeCodes).toEqual(["da", "en", "ar", "fa", "prs", "ps", "ckb", "kmr", "ti", "so", "uk", "ru"]);
  });

  it.each([
    ["ar", "rtl"], ["fa", "rtl"], ["prs", "rtl"], ["ps", "rtl"], ["ckb", "rtl"],
    ["da", "ltr"], ["en", "ltr"], ["kmr", "ltr"], ["ti", "ltr"], ["so", "ltr"], ["uk", "ltr"], ["ru", "ltr"],
  ])("%s is %s", (code, dir) => {
    expect(getLocale(code).dir).toBe(dir);
  });

  it.each([
    ["prs", ["prs", "fa", "en", "da"]],
    ["ar", ["ar", "en", "da"]],
    ["en", ["en", "da"]],
    ["da", ["da"]],
  ])("falls back from %s along %j", (code, chain) => {
    expect(fallbackChain(code)).toEqual(chain);
  });

  it("gives Tigrinya an Ethiopic font and Arabic-script locales a Naskh font", () => {
    expect(getLocale("ti").fontStack).toContain("Noto Sans Ethiopic");
    for (const locale of locales.filter((entry) => entry.script === "Arab")) {
      expect(locale.fontStack).toContain("Noto Naskh Arabic");
    }
  });

  it("rejects an unknown locale", () => {
    expect(() => getLocale("xx")).toThrow(/Unknown locale/);
  });
});

describe("translator", () => {
  it("reads the page language's own strings", () => {
    expect(useTranslations("ar")("nav.guides")).toBe("الأدلة");
    expect(useTranslations("da")("nav.guides")).toBe("Vejledninger");
  });

  it("fills ICU placeholders", () => {
    expect(useTranslations("en")("guide.lastChecked", { date: "1 May 2026" })).toBe("Last checked: 1 May 2026");
  });
});
