// Checks of the conventions for translated texts, shared by the unit tests. A translation keeps the Danish
// glossary term in brackets, marked <span lang="da"> (WCAG 3.1.2), so that screen readers switch voice and the
// glossary linker (src/utils/glossary-links.ts) finds the term on the translated page too.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { guideSourceHash, parseGuideFile } from "../../src/i18n/guide-source";
import { getLocale } from "../../src/i18n/locales";

export interface GlossaryTermWords {
  id: string;
  words: string[];
}

const root = process.cwd();
const guidesDirectory = join(root, "src", "content", "guides");
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The Danish glossary: each term with its aliases, as the glossary linker reads them. */
export function danishGlossaryWords(): GlossaryTermWords[] {
  const file: { terms: { id: string; term: string; aliases?: string[] }[] } =
    JSON.parse(readFileSync(join(root, "src", "content", "glossary", "da.json"), "utf8"));
  return file.terms.map((term) => ({ id: term.id, words: [term.term, ...(term.aliases ?? [])] }));
}

/**
 * The linker's whole-word matcher (case-insensitive, words of 3+ characters). With `latinBoundary`, only Latin
 * letters end a word: in Arabic or Ge'ez script a Danish word may be glued to a prefix (وPPR, ብMitID), which the
 * linker cannot see, so the check must.
 */
export function termPattern(words: string[], latinBoundary = false, flags = "iu"): RegExp {
  const letter = latinBoundary ? "\\p{Script=Latin}" : "\\p{L}";
  const alternatives = words.filter((word) => word.length >= 3).map(escapeRegExp).join("|");
  return new RegExp(`(?<![${letter}\\p{N}@./-])(?:${alternatives})(?![${letter}\\p{N}@]|[./-][\\p{L}\\p{N}])`, flags);
}

export const DANISH_SPAN = /<span lang="da"(?: dir="ltr")?>([\s\S]*?)<\/span>/g;

export function danishSpans(html: string): string[] {
  return [...html.matchAll(DANISH_SPAN)].map((match) => match[1] ?? "");
}

/** Glossary terms that occur in the Danish text but not as a Danish word inside <span lang="da"> in the translation. */
export function termsNotMarked(danish: string, translation: string, glossary: GlossaryTermWords[]): string[] {
  const spans = danishSpans(translation);
  return glossary
    .filter((term) => termPattern(term.words).test(danish))
    .filter((term) => !spans.some((span) => termPattern(term.words).test(span)))
    .map((term) => term.id);
}

/** Danish glossary words in a translation that are not inside <span lang="da"> (addresses and links left out). */
export function danishWordsOutsideSpans(translation: string, glossary: GlossaryTermWords[], latinScriptLocale: boolean): string[] {
  const outside = translation
    .replace(DANISH_SPAN, " ")
    .replace(/https?:\/\/\S+|\S+@\S+|\b[\w-]+\.dk\b\S*/g, " ");
  const pattern = termPattern(glossary.flatMap((term) => term.words), !latinScriptLocale, "giu");
  return [...outside.matchAll(pattern)].map((match) => match[0]);
}

/** Danish spans in a right-to-left text that are not isolated as left-to-right (neutral characters would flip). */
export function spansWithoutDirection(translation: string): string[] {
  return [...translation.matchAll(/<span lang="da"( dir="ltr")?>([^<]*)<\/span>/g)].filter((match) => !match[1]).map((match) => match[2] ?? "");
}

export interface GuideTranslation {
  lang: string;
  slug: string;
  danishRaw: string;
  translatedRaw: string;
  /** The translation was made from the current Danish text (its recorded sourceHash is current). */
  current: boolean;
}

const body = (raw: string) => raw.replace(/\r\n/g, "\n").replace(/^---\n[\s\S]*?\n---\n?/, "");
export const guideBody = body;

export function guideTranslations(): GuideTranslation[] {
  const slugs = readdirSync(join(guidesDirectory, "da")).filter((file) => file.endsWith(".md")).map((file) => file.replace(/\.md$/, ""));
  const langs = readdirSync(guidesDirectory).filter((lang) => lang !== "da");
  return langs.flatMap((lang) => slugs.map((slug) => {
    const danishRaw = readFileSync(join(guidesDirectory, "da", `${slug}.md`), "utf8");
    const translatedRaw = readFileSync(join(guidesDirectory, lang, `${slug}.md`), "utf8");
    const recorded = translatedRaw.match(/^sourceHash:\s*["']?([0-9a-f]+)/m)?.[1];
    return { lang, slug, danishRaw, translatedRaw, current: recorded === guideSourceHash(parseGuideFile(danishRaw)) };
  }));
}

export function isRightToLeft(lang: string): boolean {
  return getLocale(lang).dir === "rtl";
}

export function isLatinScript(lang: string): boolean {
  return getLocale(lang).script === "Latn";
}
