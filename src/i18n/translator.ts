// i18next with ICU messages, one isolated instance per page language. Dictionaries are flat
// (`"home.title": "…"`), layered by namespace file: locales/<lang>/<namespace>.json.
import i18next, { type TFunction } from "i18next";
import ICU from "i18next-icu";
import { defaultLocale, fallbackChain, localeCodes } from "./locales.ts";
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
