// Pure rules for what a translated text's status is. Used by pages (notices) and `npm run i18n:status`.
export type TranslationStatus = "source" | "reviewed" | "machine" | "missing" | "outdated";

export interface TranslationRecord {
  translation: "source" | "machine" | "reviewed";
  sourceHash?: string | undefined;
  /** The day a person reviewed it: YYYY-MM-DD in _status.json and glossary files, a Date in a guide's front matter. */
  reviewed?: string | Date | undefined;
}

/** Status of one text in one language, given the current hash of its Danish source. */
export function translationStatus(record: TranslationRecord | undefined, currentSourceHash: string): TranslationStatus {
  if (!record) return "missing";
  if (record.translation === "source") return "source";
  if (record.sourceHash !== currentSourceHash) return "outdated";
  return record.translation;
}
