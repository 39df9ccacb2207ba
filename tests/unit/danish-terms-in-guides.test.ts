// Translated guides keep every Danish glossary term of their Danish source, as the Danish word inside
// <span lang="da"> (WCAG 3.1.2; the translation audit of 2026-12-01 found many dropped terms, T4).
// A translation of an older Danish text is checked once it is re-drafted: until then `npm run i18n:status`
// lists it as outdated, and the terms of the new Danish text cannot be expected in it.
import { describe, expect, it } from "vitest";
import { locales } from "../../src/i18n/locales";
import { linkGlossaryTerms } from "../../src/utils/glossary-links";
import {
  danishGlossaryWords, danishSpans, danishWordsOutsideSpans, guideBody, guideTranslations, isLatinScript, isRightToLeft,
  spansWithoutDirection, termsNotMarked,
} from "../support/translation-conventions";

const glossary = danishGlossaryWords();
const translations = guideTranslations();
const current = translations.filter((translation) => translation.current);
// The glossary entries the site links on a page (the linker works on the rendered HTML; the Markdown is close enough).
const linkedTerms = (markdown: string, lang: string) => [...new Set([...linkGlossaryTerms(markdown, lang).matchAll(/#([a-z0-9-]+)">/g)].map((match) => match[1]))].sort();
const frontMatterField = (raw: string, name: string) => raw.match(new RegExp(`^${name}:\\s*(.*)$`, "m"))?.[1]?.trim();

describe("the checks themselves (positive controls)", () => {
  it("finds a glossary term that the translation dropped", () => {
    expect(termsNotMarked("Spørg din sagsbehandler.", "Ask your caseworker.", glossary)).toEqual(["sagsbehandler"]);
  });

  it("finds a term kept in brackets but not marked as Danish", () => {
    expect(termsNotMarked("Spørg din sagsbehandler.", "Ask your caseworker (sagsbehandler).", glossary)).toEqual(["sagsbehandler"]);
  });

  it("accepts the term marked as Danish, and an alias for its term", () => {
    expect(termsNotMarked("Spørg din sagsbehandler.", 'Ask your caseworker (<span lang="da">sagsbehandler</span>).', glossary)).toEqual([]);
    expect(termsNotMarked("Du får danskundervisning.", 'You get Danish lessons (<span lang="da" dir="ltr">danskundervisning</span>).', glossary)).toEqual([]);
  });

  it("finds a Danish word outside a span, also when it is glued to an Arabic prefix", () => {
    expect(danishWordsOutsideSpans("المدرسة وPPR ومركز العمل", glossary, false)).toEqual(["PPR"]);
    expect(danishWordsOutsideSpans('المدرسة و<span lang="da" dir="ltr">PPR</span>', glossary, false)).toEqual([]);
    expect(danishWordsOutsideSpans("Ask the Red Cross (Røde Kors).", glossary, true)).toEqual(["Røde Kors"]);
    expect(danishWordsOutsideSpans("Write to koordination@netvaerkshuset.dk.", glossary, true)).toEqual([]);
  });

  it("finds a Danish span without dir=\"ltr\"", () => {
    expect(spansWithoutDirection('<span lang="da">selvforsørgelses- og hjemrejseydelse</span>')).toEqual(["selvforsørgelses- og hjemrejseydelse"]);
    expect(spansWithoutDirection('<span lang="da" dir="ltr">NemKonto</span>')).toEqual([]);
  });
});

describe("translated guides", () => {
  it("exist in every locale but Danish", () => {
    expect(new Set(translations.map((translation) => translation.lang)).size).toBe(locales.length - 1);
  });

  it.each(current.map((translation) => [translation.lang, translation.slug, translation] as const))(
    "%s %s keeps every glossary term of the Danish guide inside <span lang=\"da\">", (_lang, _slug, translation) => {
      expect(termsNotMarked(guideBody(translation.danishRaw), guideBody(translation.translatedRaw), glossary)).toEqual([]);
    });

  it.each(current.map((translation) => [translation.lang, translation.slug, translation] as const))(
    "%s %s links every glossary entry that the Danish guide links", (lang, _slug, translation) => {
      const linked = linkedTerms(guideBody(translation.translatedRaw), lang);
      expect(linkedTerms(guideBody(translation.danishRaw), "da").filter((id) => !linked.includes(id))).toEqual([]);
    });

  it.each(translations.map((translation) => [translation.lang, translation.slug, translation] as const))(
    "%s %s marks every Danish glossary word as Danish", (lang, _slug, translation) => {
      expect(danishWordsOutsideSpans(guideBody(translation.translatedRaw), glossary, isLatinScript(lang))).toEqual([]);
    });

  it.each(translations.filter((translation) => isRightToLeft(translation.lang)).map((translation) => [translation.lang, translation.slug, translation] as const))(
    "%s %s isolates its Danish words as left-to-right", (_lang, _slug, translation) => {
      expect(spansWithoutDirection(guideBody(translation.translatedRaw))).toEqual([]);
    });

  it.each(translations.map((translation) => [translation.lang, translation.slug, translation] as const))(
    "%s %s has only Latin script inside its Danish spans", (_lang, _slug, translation) => {
      const foreign = danishSpans(guideBody(translation.translatedRaw)).filter((span) => /[^\p{Script=Latin}\p{N}\p{P}\p{Zs}]/u.test(span));
      expect(foreign).toEqual([]);
    });

  // Pages show the Danish guide's sources and checked date (guide.danish); the translation's own order sorts the list.
  it.each(translations.map((translation) => [translation.lang, translation.slug, translation] as const))(
    "%s %s has the order of the Danish guide and is marked as a translation", (_lang, _slug, translation) => {
      expect(frontMatterField(translation.translatedRaw, "order")).toBe(frontMatterField(translation.danishRaw, "order"));
      expect(["machine", "reviewed"]).toContain(frontMatterField(translation.translatedRaw, "translation"));
    });
});
