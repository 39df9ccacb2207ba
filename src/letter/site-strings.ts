// The letter's strings at site build time: from the same locale files as the pages, parsed to ICU ASTs so the
// browser formats them without a parser. Used by the letter page (first render) and /<lang>/letter/strings.json.
import type { MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { parseMessage } from "../i18n/icu-arguments.ts";
import { namespaceSourceHash } from "../i18n/source-hash.ts";
import type { TranslationRecord } from "../i18n/translation-status.ts";
import { resources } from "../i18n/translator.ts";
import { letterStrings, type LetterStrings } from "./strings.ts";

const statusFiles = import.meta.glob<Record<string, TranslationRecord>>("../../locales/*/_status.json", { eager: true, import: "default" });

export function siteLetterStrings(language: string): LetterStrings {
  const strings = letterStrings(
    language,
    (lang, namespace) => resources[lang]?.[namespace],
    (lang, namespace) => statusFiles[`../../locales/${lang}/_status.json`]?.[namespace],
    (namespace) => namespaceSourceHash(resources.da?.[namespace] ?? {}),
  );
  const parsed: Record<string, MessageFormatElement[]> = {};
  for (const [key, message] of Object.entries(strings.strings)) parsed[key] = typeof message === "string" ? parseMessage(message) : message;
  return { ...strings, strings: parsed };
}
