// getStaticPaths helpers: one page per locale in the registry.
import { locales } from "../i18n/locales";

export function localeStaticPaths() {
  return locales.map((locale) => ({ params: { lang: locale.code } }));
}
