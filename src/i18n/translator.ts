// i18next with ICU messages, one isolated instance per page language. Dictionaries are flat
// (`"home.title": "…"`), layered by namespace file: locales/<lang>/<namespace>.json.
import i18next, { type TFunction } from "i18next";
import ICU from "i18next-icu";
import { defaultLocale, fallbackChain, getLocale, localeCodes } from "./locales.ts";
import { intlLocale } from "./intl-locale.ts";

type Dictionary = Record<string, string>;

const files = import.meta.glob<Dictionary>("../../locales/*/*.json", { eager: true, import: "default" });

/** resources[lang][namespace] = flat dictionary. Files starting with `_` are metadata, not strings. */
export const resources: Record<string, Record<string, Dictionary>> = {};
for (const [path, dictionary] of Object.entries(files)) {
  const match = path.match(/locales\/([^/]+)\/([^/_][^/]*)\.json$/);
  if (!match) continue;
  const [, lang, namespace] = match as unknown as [string, string, string];
  (resources[lang] ??= {})[namespace] = dictionary;
}

export const namespaces: string[] = Object.keys(resources[defaultLocale] ?? {});

const cache = new Map<string, TFunction>();

export function useTranslations(lang: string): TFunction {
  const cached = cache.get(lang);
  if (cached) return cached;
  if (!localeCodes.includes(lang)) throw new Error(`No translations for unknown locale "${lang}"`);
  const instance = i18next.createInstance();
  instance.use(ICU).init({
    lng: lang,
    fallbackLng: fallbackChain(lang).slice(1),
    resources,
    ns: namespaces,
    defaultNS: "common",
    keySeparator: false,
    nsSeparator: ":",
    initAsync: false,
    returnEmptyString: false,
    interpolation: { escapeValue: false },
    // `{min, number}` and plurals in the language the message came from, with that language's registry digits.
    i18nFormat: { parseLngForICU: intlLocale },
  });
  const translate = instance.getFixedT(lang);
  cache.set(lang, translate);
  return translate;
}

/**
 * The language a page in `lang` shows `namespace:key` in: the first of its fallback chain that has the key, or
 * Danish when none has it (the caller's default value is the Danish source, e.g. a contact an editor has just
 * added). A text not in the page's language must carry its own `lang` and `dir`.
 */
export interface TextLanguage { lang: string; dir: "ltr" | "rtl" }

export function textLanguage(lang: string, namespace: string, key: string): TextLanguage {
  // An empty string counts as missing, as it does for i18next here (returnEmptyString: false).
  const from = fallbackChain(lang).find((code) => Boolean(resources[code]?.[namespace]?.[key])) ?? defaultLocale;
  return { lang: from, dir: getLocale(from).dir };
}
