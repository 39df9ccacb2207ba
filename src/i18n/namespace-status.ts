// Translation status of a UI namespace in one language, for the page notice: which language is really shown
// (after the fallback chain) and whether that text is machine-made or outdated.
import { fallbackChain } from "./locales.ts";
import { namespaceSourceHash } from "./source-hash.ts";
import { translationStatus, type TranslationRecord, type TranslationStatus } from "./translation-status.ts";
import { resources } from "./translator.ts";
import { allMunicipalityTexts } from "./municipality-texts.ts";

/** The Danish source of a namespace: its locales/da file, or for "municipalities" the data files. */
export function danishSource(namespace: string): Record<string, string> {
  return namespace === "municipalities" ? allMunicipalityTexts() : resources.da?.[namespace] ?? {};
}

const statusFiles = import.meta.glob<Record<string, TranslationRecord>>("../../locales/*/_status.json", { eager: true, import: "default" });

export interface NamespaceStatus {
  shownLang: string;
  status: TranslationStatus;
  /** The day a person reviewed it (YYYY-MM-DD), when _status.json records one. */
  reviewed?: string | Date | undefined;
  /** Whether the shown text is a machine draft (an outdated text may have been reviewed once). */
  machineMade: boolean;
}

export function namespaceStatus(lang: string, namespace: string): NamespaceStatus {
  const shownLang = fallbackChain(lang).find((candidate) => candidate === "da" || resources[candidate]?.[namespace]) ?? "da";
  if (shownLang === "da") return { shownLang, status: "source", machineMade: false };
  const record = statusFiles[`../../locales/${shownLang}/_status.json`]?.[namespace];
  return {
    shownLang, status: translationStatus(record, namespaceSourceHash(danishSource(namespace))),
    reviewed: record?.reviewed, machineMade: record?.translation !== "reviewed",
  };
}

