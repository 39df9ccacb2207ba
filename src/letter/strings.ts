// The letter's strings for one language, with the locale's fallback chain already applied, and whether the
// target text is machine-made. The caller passes the dictionaries (the site build and Node read the files).
import { fallbackChain, layeredStrings } from "../i18n/locales.ts";
import { translationStatus, type TranslationRecord } from "../i18n/translation-status.ts";
import type { MessageFormatElement } from "@formatjs/icu-messageformat-parser";

export type Dictionary = Record<string, string>;
export const LETTER_NAMESPACES = ["letter", "milestones"] as const;

export interface LetterStrings {
  /** Language whose text is really shown (after fallbacks) and its strings. */
  shownLanguage: string;
  /** ICU messages, as text (Node) or pre-parsed (what the site hands the browser). */
  strings: Record<string, string | MessageFormatElement[]>;
  machineMade: boolean;
}

/**
 * @param dictionary (lang, namespace) → that file's strings, or undefined when it does not exist.
 * @param statusOf (lang, namespace) → the entry in locales/<lang>/_status.json.
 * @param sourceHashOf namespace → the current hash of the Danish source.
 */
export function letterStrings(
  language: string,
  dictionary: (lang: string, namespace: string) => Dictionary | undefined,
  statusOf: (lang: string, namespace: string) => TranslationRecord | undefined,
  sourceHashOf: (namespace: string) => string,
): LetterStrings {
  const shownLanguage = fallbackChain(language).find((lang) => dictionary(lang, "letter")) ?? "da";
  const strings = layeredStrings(language, LETTER_NAMESPACES, dictionary);
  const machineMade = shownLanguage !== "da" && LETTER_NAMESPACES.some((namespace) =>
    translationStatus(statusOf(shownLanguage, namespace), sourceHashOf(namespace)) !== "reviewed");
  return { shownLanguage, strings, machineMade };
}
