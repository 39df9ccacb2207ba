// The translations in the repository: every Danish UI key exists in every locale (unless a namespace is
// Danish/English only on purpose, locales/fallbacks.json), and changing a Danish source makes the real
// translations read as outdated.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { guideSourceHash, parseGuideFile } from "../../src/i18n/guide-source";
import { locales } from "../../src/i18n/locales";
import { namespaceSourceHash } from "../../src/i18n/source-hash";
import { translationStatus } from "../../src/i18n/translation-status";
import { messageArguments } from "../../src/i18n/icu-arguments";

const root = process.cwd();
const readJson = (...parts: string[]) => JSON.parse(readFileSync(join(root, ...parts), "utf8"));
const danishNamespaces = readdirSync(join(root, "locales", "da")).filter((file) => file.endsWith(".json") && !file.startsWith("_")).map((file) => file.replace(/\.json$/, ""));
const onlyIn: Record<string, string[]> = readJson("locales", "fallbacks.json").namespacesOnlyIn;

const cases = locales.filter((locale) => locale.code !== "da").flatMap((locale) =>
  danishNamespaces.filter((namespace) => !onlyIn[namespace] || onlyIn[namespace]!.includes(locale.code)).map((namespace) => [locale.code, namespace] as const));

describe("UI key coverage", () => {
  it.each(cases)("%s has every Danish key of %s.json", (lang, namespace) => {
    const file = join(root, "locales", lang, `${namespace}.json`);
    expect(existsSync(file), `${file} is missing; add it or list the namespace in locales/fallbacks.json`).toBe(true);
    const danishKeys = Object.keys(readJson("locales", "da", `${namespace}.json`));
    const keys = new Set(Object.keys(readJson("locales", lang, `${namespace}.json`)));
    expect(danishKeys.filter((key) => !keys.has(key))).toEqual([]);
  });

  it.each(cases)("%s keeps the ICU arguments of %s.json (names, kinds, select options)", (lang, namespace) => {
    const file = join(root, "locales", lang, `${namespace}.json`);
    if (!existsSync(file)) return expect.fail(`${file} is missing`);
    const danish: Record<string, string> = readJson("locales", "da", `${namespace}.json`);
    const translated: Record<string, string> = readJson("locales", lang, `${namespace}.json`);
    for (const key of Object.keys(danish)) {
      if (translated[key] === undefined) continue; // reported by the key test above
      expect(() => messageArguments(translated[key]!), `${lang} ${key} is not valid ICU`).not.toThrow();
      expect(messageArguments(translated[key]!), `${lang} ${key}`).toEqual(messageArguments(danish[key]!));
    }
  });
});

describe("the ICU argument check", () => {
  // Positive and negative controls: the check sees what a {placeholder} regex cannot.
  const danish = "Du har {count, plural, one {# dag} other {# dage}} til {date}.";
  it("accepts a translation with other plural categories", () => {
    expect(messageArguments("لديك {count, plural, zero {لا أيام} one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}} حتى {date}."))
      .toEqual(messageArguments(danish));
  });
  it("rejects a translation that dropped the plural argument", () => {
    expect(messageArguments("Вы можете {date}.")).not.toEqual(messageArguments(danish));
  });
  it("rejects a plural turned into a plain argument", () => {
    expect(messageArguments("{count} дней до {date}.")).not.toEqual(messageArguments(danish));
  });
  it("rejects a select with other options and a plural without other", () => {
    expect(messageArguments("{role, select, a {A} other {B}}")).not.toEqual(messageArguments("{role, select, a {A} b {C} other {B}}"));
    expect(() => messageArguments("{count, plural, one {# день}}")).toThrow(/MISSING_OTHER_CLAUSE/);
    expect(() => messageArguments(danish)).not.toThrow();
  });
});

describe("changing a Danish source", () => {
  it("makes the Arabic guide translation read as outdated", () => {
    const danish = parseGuideFile(readFileSync(join(root, "src", "content", "guides", "da", "housing.md"), "utf8"));
    const arabic = readFileSync(join(root, "src", "content", "guides", "ar", "housing.md"), "utf8");
    const record = { translation: "machine" as const, sourceHash: arabic.match(/^sourceHash:\s*["']?([0-9a-f]+)/m)?.[1] };
    expect(translationStatus(record, guideSourceHash(danish))).toBe("machine");
    const changed = { ...danish, body: `${danish.body}\nNy sætning om boliger.` };
    expect(translationStatus(record, guideSourceHash(changed))).toBe("outdated");
  });

  it("makes every translation of a UI namespace read as outdated", () => {
    const danish: Record<string, string> = readJson("locales", "da", "me.json");
    const changed = { ...danish, "me.title": "Min plan og mine aftaler" };
    for (const lang of ["en", "ar", "uk"]) {
      const record = readJson("locales", lang, "_status.json").me;
      expect(translationStatus(record, namespaceSourceHash(danish))).toBe("machine");
      expect(translationStatus(record, namespaceSourceHash(changed))).toBe("outdated");
    }
  });
});
