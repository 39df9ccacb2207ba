// The glossary: Danish terms explained, one JSON file per language (src/content/glossary/<lang>.json).
// Each translated term records the hash of its Danish source; a changed Danish term reads as outdated.
import { fallbackChain } from "../i18n/locales.ts";
import { objectSourceHash } from "../i18n/source-hash.ts";
import { translationStatus, type TranslationStatus } from "../i18n/translation-status.ts";

export interface GlossaryTerm {
  id: string;
  term: string;
  aliases?: string[];
  translatedTerm?: string;
  definition: string;
  sourceHash?: string;
}
interface GlossaryFile {
  translation: "source" | "machine" | "reviewed";
  terms: GlossaryTerm[];
}

const files = import.meta.glob<GlossaryFile>("../content/glossary/*.json", { eager: true, import: "default" });
const glossaryFile = (lang: string) => files[`../content/glossary/${lang}.json`];

export const danishTerms: GlossaryTerm[] = glossaryFile("da")?.terms ?? [];

export function termSourceHash(term: GlossaryTerm): string {
  return objectSourceHash({ term: term.term, aliases: term.aliases ?? [], definition: term.definition });
}

export interface ResolvedTerm {
  source: GlossaryTerm;
  shown: GlossaryTerm;
  shownLang: string;
  status: TranslationStatus;
}

/** Every Danish term with its text in the page language (or along the fallback chain). */
export function glossaryFor(lang: string): ResolvedTerm[] {
  return danishTerms
    .map((source) => {
      for (const candidate of fallbackChain(lang)) {
        if (candidate === "da") return { source, shown: source, shownLang: "da", status: "source" as const };
        const file = glossaryFile(candidate);
        const shown = file?.terms.find((term) => term.id === source.id);
        if (file && shown) return { source, shown, shownLang: candidate, status: translationStatus({ translation: file.translation, sourceHash: shown.sourceHash }, termSourceHash(source)) };
      }
      return { source, shown: source, shownLang: "da", status: "source" as const };
    })
    .sort((first, second) => first.source.term.localeCompare(second.source.term, "da"));
}
