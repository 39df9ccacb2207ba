// Typed view of the locale registry (locales.json). Server, client and scripts read the same JSON.
import registry from "./locales.json" with { type: "json" };

export type Direction = "ltr" | "rtl";
export type Script = keyof typeof registry.fontStacks;
/** Unicode numbering systems the site writes digits in: 0123 (latn), ٠١٢٣ (arab), ۰۱۲۳ (arabext). */
export type NumberingSystem = "latn" | "arab" | "arabext";

export interface Locale {
  code: string;
  endonym: string;
  englishName: string;
  dir: Direction;
  script: Script;
  /** The digits for dates, times and numbers; chosen per community, not left to Intl's default (intl-locale.ts). */
  numberingSystem: NumberingSystem;
  /** Languages to try, in order, when a text is missing in this one. */
  fallbacks: string[];
  fontStack: string;
}

export const defaultLocale: string = registry.defaultLocale;

export const locales: Locale[] = registry.locales.map((entry) => ({
  code: entry.code,
  endonym: entry.endonym,
  englishName: entry.englishName,
  dir: entry.dir as Direction,
  script: entry.script as Script,
  numberingSystem: entry.numberingSystem as NumberingSystem,
  fallbacks: "fallbacks" in entry && entry.fallbacks ? entry.fallbacks : ["en", "da"],
  fontStack: registry.fontStacks[entry.script as Script],
}));

export const localeCodes: string[] = locales.map((locale) => locale.code);

export function isLocale(code: string | undefined): code is string {
  return code !== undefined && localeCodes.includes(code);
}

export function getLocale(code: string): Locale {
  const locale = locales.find((candidate) => candidate.code === code);
  if (!locale) throw new Error(`Unknown locale "${code}". Known: ${localeCodes.join(", ")}`);
  return locale;
}

/** The locale itself followed by its fallback chain, without repeats. */
export function fallbackChain(code: string): string[] {
  return [...new Set([code, ...getLocale(code).fallbacks])];
}

/** One flat dictionary of the namespaces for a language: its own strings over its fallbacks' (last wins). */
export function layeredStrings(
  code: string,
  namespaces: readonly string[],
  dictionary: (lang: string, namespace: string) => Record<string, string> | undefined,
): Record<string, string> {
  const strings: Record<string, string> = {};
  for (const namespace of namespaces) {
    for (const lang of [...fallbackChain(code)].reverse()) Object.assign(strings, dictionary(lang, namespace) ?? {});
  }
  return strings;
}
