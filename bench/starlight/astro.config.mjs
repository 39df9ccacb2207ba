// The baseline: the same guides, built as a plain Starlight site, with the locale registry of velkommen.
import { readFileSync } from "node:fs";
import { defineConfig } from "astro/config";
import starlight from "@astrojs/starlight";

const registry = JSON.parse(readFileSync(new URL("../../src/i18n/locales.json", import.meta.url), "utf8"));
const locales = Object.fromEntries(
  registry.locales.map((locale) => [locale.code, { label: locale.endonym, lang: locale.code, dir: locale.dir }]),
);

export default defineConfig({
  integrations: [starlight({ title: "Velkommen", defaultLocale: registry.defaultLocale, locales })],
});
