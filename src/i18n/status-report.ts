// Coverage of every translated text per locale: guides, UI namespaces, glossary terms and municipality texts,
// each as reviewed / machine / missing / outdated. Pure: scripts/i18n-status.ts reads the files and calls this.
import { locales } from "./locales.ts";
import { translationStatus, type TranslationRecord } from "./translation-status.ts";

export interface SourceText {
  /** e.g. "guide:housing", "ui:me", "glossary:cpr-nummer", "municipalities". */
  id: string;
  hash: string;
}

export type Lookup = (lang: string, id: string) => TranslationRecord | undefined;

export interface LocaleCoverage {
  lang: string;
  reviewed: number;
  machine: number;
  missing: number;
  outdated: number;
  total: number;
  outdatedTexts: string[];
  missingTexts: string[];
}

/** @param applies whether a text is meant to exist in a language at all (see locales/fallbacks.json). */
export function coverageReport(sources: SourceText[], lookup: Lookup, applies: (lang: string, id: string) => boolean = () => true): LocaleCoverage[] {
  return locales.filter((locale) => locale.code !== "da").map((locale) => {
    const meant = sources.filter((source) => applies(locale.code, source.id));
    const row: LocaleCoverage = { lang: locale.code, reviewed: 0, machine: 0, missing: 0, outdated: 0, total: meant.length, outdatedTexts: [], missingTexts: [] };
    for (const source of meant) {
      const status = translationStatus(lookup(locale.code, source.id), source.hash);
      if (status === "reviewed") row.reviewed += 1;
      else if (status === "machine") row.machine += 1;
      else if (status === "outdated") {
        row.outdated += 1;
        row.outdatedTexts.push(source.id);
      } else {
        row.missing += 1;
        row.missingTexts.push(source.id);
      }
    }
    return row;
  });
}

/** Texts a person reviewed (and that are still current), over every locale: the honest count for editors. */
export function reviewedSummary(report: LocaleCoverage[]): { reviewed: number; total: number } {
  return report.reduce((sum, row) => ({ reviewed: sum.reviewed + row.reviewed, total: sum.total + row.total }), { reviewed: 0, total: 0 });
}

export function coverageTable(report: LocaleCoverage[]): string {
  const lines = ["| locale | reviewed | machine | outdated | missing | total |", "|---|--:|--:|--:|--:|--:|"];
  for (const row of report) lines.push(`| ${row.lang} | ${row.reviewed} | ${row.machine} | ${row.outdated} | ${row.missing} | ${row.total} |`);
  return lines.join("\n");
}
