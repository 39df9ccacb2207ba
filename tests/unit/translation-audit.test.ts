// The items of the translation audit (shared/reviews/translation-audit-2026-12-01.md) that a machine can check,
// so that a re-draft does not bring them back. Every check runs on a failing fixture first.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { guideBody, guideTranslations } from "../support/translation-conventions";

const root = process.cwd();
type Dictionary = Record<string, string>;
const readJson = (...parts: string[]): Dictionary => JSON.parse(readFileSync(join(root, ...parts), "utf8"));
const danishNamespaces = readdirSync(join(root, "locales", "da")).filter((file) => file.endsWith(".json")).map((file) => file.replace(/\.json$/, ""));
const translatedLocales = readdirSync(join(root, "locales")).filter((entry) => !entry.endsWith(".json") && entry !== "da");
const uiPairs = translatedLocales.flatMap((lang) => danishNamespaces
  .filter((namespace) => readdirSync(join(root, "locales", lang)).includes(`${namespace}.json`))
  .map((namespace) => [lang, namespace] as const));

/** Keys whose value is the Danish value, apart from those that are the same word in that language. */
const SAME_AS_DANISH_ALLOWED = new Set([
  "so:letter.email", "so:me.signIn.email", // "E-mail" is Somali usage too
  "en:staff.plan.note", "en:staff.plan.status", // "Note" and "Status" are English words
]);
function leftInDanish(lang: string, danish: Dictionary, translated: Dictionary): string[] {
  return Object.keys(danish).filter((key) => translated[key] === danish[key] && /\p{L}/u.test(danish[key]!.replace(/\{\w+\}/g, "")) && !SAME_AS_DANISH_ALLOWED.has(`${lang}:${key}`));
}

const endsSentence = (text: string) => /[.!?؟።]["”»)]?\s*$/u.test(text);
function punctuationDiffers(danish: Dictionary, translated: Dictionary): string[] {
  return Object.keys(danish).filter((key) => translated[key] !== undefined && endsSentence(danish[key]!) !== endsSentence(translated[key]!));
}

/**
 * Words the audit found wrong or inconsistent; `where` is a UI key, a guide slug, or "*" for every text of the
 * locale; `example` is the text the audit quoted, which the check must find.
 */
const AVOID: { lang: string; where: string; pattern: RegExp; example: string; why: string }[] = [
  { lang: "so", where: "*", pattern: /haddii ay wax kuu caddayn/u, example: "Weydii shaqaalaha kiiskaaga haddii ay wax kuu caddayn.", why: "U1: the notice lacks its negation (haddii aanay …)" },
  { lang: "ar", where: "*", pattern: /موظف الحالة/u, example: "يمكن لموظف الحالة أن يعطيك رمزًا جديدًا.", why: "U3: sagsbehandler is الموظف المسؤول عن حالتك, as in the guides" },
  { lang: "ar", where: "*", pattern: /مركز التوظيف/u, example: "موعد في مركز التوظيف", why: "U3: Jobcenter is مركز العمل, as in the guides" },
  { lang: "ar", where: "milestone.children_school_daycare", pattern: /الروضة/u, example: "مكان في الروضة أو المدرسة للأطفال", why: "U3: dagtilbud is الرعاية النهارية, not only kindergarten" },
  { lang: "ar", where: "me.explain.children_school_daycare", pattern: /الروضة/u, example: "مكان في الروضة أو المدرسة للأطفال", why: "U3: dagtilbud is الرعاية النهارية, not only kindergarten" },
  { lang: "ti", where: "*", pattern: /ቕናዕ/u, example: "ናይ ጥዕና ገምጋም ቕናዕ", why: "U4: 'offer' is ዕድል / ይቐርበልኩም in the ti files" },
  { lang: "ti", where: "milestone.soon", pattern: /ቀልጢፉ/u, example: "ቀልጢፉ", why: "U4: ቀልጢፉ is 'quickly', not 'soon'" },
  { lang: "ti", where: "me.timeline.noDate", pattern: /ቀልጢፉ/u, example: "ቀልጢፉ", why: "U4: ቀልጢፉ is 'quickly', not 'soon'" },
  { lang: "ti", where: "housing", pattern: /ውልቀ ተኻራዪ/u, example: "ኣብ ውልቀ ተኻራዪ ዝርከብ ክፍሊ", why: "D1: ተኻራዪ is the tenant; the landlord is ኣካራዪ" },
  { lang: "prs", where: "*", pattern: /تیلفون/u, example: "ساعات تماس تیلفونی", why: "one spelling: تلیفون" },
  { lang: "prs", where: "*", pattern: /رضاکار/u, example: "اوقات فراغت و رضاکاران", why: "one word for volunteer: داوطلب, as in the guides" },
  { lang: "prs", where: "*", pattern: /برنامهٔ ادغام/u, example: "برای برنامهٔ ادغام", why: "programme is پروگرام, as in the guides" },
  { lang: "uk", where: "*", pattern: /соціальн\p{L}* працівни/u, example: "Запитайте свого соціального працівника.", why: "T3: sagsbehandler is not a social worker" },
  { lang: "ru", where: "*", pattern: /социальн\p{L}* работни/u, example: "Спросите своего социального работника.", why: "T3: sagsbehandler is not a social worker" },
  { lang: "uk", where: "*", pattern: /травмпункт/iu, example: "Травмпункт", why: "T3: skadestue is the hospital's emergency department" },
  { lang: "ru", where: "*", pattern: /травмпункт/iu, example: "Травмпункт", why: "T3: skadestue is the hospital's emergency department" },
  { lang: "ru", where: "*", pattern: /Гентофт|Глоструп|Гладсакс/u, example: "В Глострупе", why: "municipality names in Latin script, as on signs and websites" },
  { lang: "uk", where: "unaccompanied-minors", pattern: /контактн\p{L}* особ\p{L}* від Червоного/u, example: "контактну особу від Червоного Хреста", why: "T1: netværksperson is not the kontaktperson" },
  { lang: "ar", where: "children-and-school", pattern: /على عرض|عرض آخر/u, example: "يجب أن يحصلوا على عرض", why: "T2: tilbud is a place, not an offer" },
  { lang: "fa", where: "children-and-school", pattern: /یک پیشنهاد|پیشنهاد دیگر/u, example: "باید یک پیشنهاد داشته باشند", why: "T2: tilbud is a place, not an offer" },
  { lang: "uk", where: "children-and-school", pattern: /пропозиц/u, example: "мають отримати пропозицію", why: "T2: tilbud is a place, not an offer" },
];

interface Text { lang: string; where: string; text: string }
const uiTexts: Text[] = translatedLocales.flatMap((lang) => readdirSync(join(root, "locales", lang))
  .filter((file) => file.endsWith(".json") && !file.startsWith("_"))
  .flatMap((file) => Object.entries(readJson("locales", lang, file)).map(([key, text]) => ({ lang, where: key, text }))));
const guideTexts: Text[] = guideTranslations().map((guide) => ({ lang: guide.lang, where: guide.slug, text: guide.translatedRaw }));
const glossaryTexts: Text[] = translatedLocales.map((lang) => ({ lang, where: "glossary", text: readFileSync(join(root, "src", "content", "glossary", `${lang}.json`), "utf8") }));

function avoidedWordsIn(texts: Text[]): string[] {
  return AVOID.flatMap((rule) => texts
    .filter((text) => text.lang === rule.lang && (rule.where === "*" || rule.where === text.where) && rule.pattern.test(text.text))
    .map((text) => `${text.lang} ${text.where}: ${rule.why}`));
}

/** D2: a Danish day-care word stands in brackets after its translation, never as the only word. */
const DAY_CARE_WORDS = /<span lang="da"(?: dir="ltr")?>(vuggestue|børnehave|dagpleje)<\/span>/gu;
function unexplainedDayCareWords(markdown: string): string[] {
  return [...markdown.matchAll(DAY_CARE_WORDS)].filter((match) => {
    const before = markdown.slice(0, match.index).trimEnd();
    return !before.endsWith("(");
  }).map((match) => match[1] ?? "");
}

describe("the checks themselves (positive controls)", () => {
  it("finds a value left in Danish, but not a placeholder-only value or an allowed word", () => {
    expect(leftInDanish("ti", { "site.name": "Velkommen", "hub.title": "{municipality}" }, { "site.name": "Velkommen", "hub.title": "{municipality}" })).toEqual(["site.name"]);
    expect(leftInDanish("so", { "letter.email": "E-mail" }, { "letter.email": "E-mail" })).toEqual([]);
  });

  it("finds a lost full stop, also in Arabic and Ge'ez punctuation", () => {
    expect(punctuationDiffers({ "a": "Koden virker til {date}.", "b": "Hvad er det?" }, { "a": "Код дійсний до {date}", "b": "ما هذا؟" })).toEqual(["a"]);
    expect(punctuationDiffers({ "a": "Slet nu." }, { "a": "ሕጂ ደምስሱ።" })).toEqual([]);
  });

  it("finds each avoided word in a fixture", () => {
    const fixtures: Text[] = AVOID.map((rule) => ({ lang: rule.lang, where: rule.where === "*" ? "fixture" : rule.where, text: rule.example }));
    expect(avoidedWordsIn(fixtures)).toHaveLength(AVOID.length);
  });

  it("finds a Danish day-care word without its translation", () => {
    expect(unexplainedDayCareWords('ንናኣሽቱ ቆልዑ <span lang="da">vuggestue</span>፡ መዋእለ ህጻናት (<span lang="da">børnehave</span>)')).toEqual(["vuggestue"]);
  });
});

describe("UI strings", () => {
  it.each(uiPairs)("%s %s.json leaves nothing in Danish (U2)", (lang, namespace) => {
    expect(leftInDanish(lang, readJson("locales", "da", `${namespace}.json`), readJson("locales", lang, `${namespace}.json`))).toEqual([]);
  });

  it.each(uiPairs)("%s %s.json ends a sentence where the Danish does", (lang, namespace) => {
    expect(punctuationDiffers(readJson("locales", "da", `${namespace}.json`), readJson("locales", lang, `${namespace}.json`))).toEqual([]);
  });
});

describe("terminology found by the audit", () => {
  it("is gone from UI strings, guides and glossaries", () => {
    expect(avoidedWordsIn([...uiTexts, ...guideTexts, ...glossaryTexts])).toEqual([]);
  });

  it.each(guideTranslations().map((guide) => [guide.lang, guide.slug, guide] as const))("%s %s explains each Danish day-care word (D2)", (_lang, _slug, guide) => {
    expect(unexplainedDayCareWords(guideBody(guide.translatedRaw))).toEqual([]);
  });
});
