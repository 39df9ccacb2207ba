// Builds the printable HTML document of one welcome letter in Node, for `npm run letters`, the tests and the
// bench. The letter itself comes from src/letter/ (the same code as the letter page); this file adds the
// Node side: reading the locale files, the QR code, and CSS with fonts from node_modules (no network).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { projectRoot } from "./pocketbase-server.mjs";
import { registerTsxHooks } from "./tsx-hooks.mjs";

// The letter is a .tsx component; plain Node needs the JSX hook before importing it.
registerTsxHooks();
const { buildLetterModel } = await import("../../src/letter/model.ts");
const { renderLetter } = await import("../../src/letter/render.ts");
const { letterStrings } = await import("../../src/letter/strings.ts");
const { namespaceSourceHash } = await import("../../src/i18n/source-hash.ts");
const { getLocale } = await import("../../src/i18n/locales.ts");
const { danishToday } = await import("../../src/domain/danish-day.ts");

const localesDirectory = join(projectRoot, "locales");

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
}

const dictionary = (lang, namespace) => readJson(join(localesDirectory, lang, `${namespace}.json`));
const statusOf = (lang, namespace) => readJson(join(localesDirectory, lang, "_status.json"))?.[namespace];
const sourceHashOf = (namespace) => namespaceSourceHash(dictionary("da", namespace) ?? {});

function fontFaces() {
  const fontsource = pathToFileURL(join(projectRoot, "node_modules", "@fontsource")).href;
  const face = (family, weight, file) =>
    `@font-face{font-family:"${family}";font-weight:${weight};src:url("${fontsource}/${file}") format("woff2");}`;
  return [
    face("Noto Naskh Arabic", 400, "noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2"),
    face("Noto Naskh Arabic", 700, "noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2"),
    face("Noto Sans Ethiopic", 400, "noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-400-normal.woff2"),
    face("Noto Sans Ethiopic", 700, "noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-700-normal.woff2"),
  ].join("\n");
}

const letterCss = readFileSync(join(projectRoot, "src", "styles", "letter.css"), "utf8");

/** @param {import("../../src/letter/model.ts").LetterInput} input */
/** `today`: the letter's date, by default today in Denmark (not in UTC: just after midnight they differ). */
export async function letterDocument(input, today = danishToday()) {
  getLocale(input.language); // throws a readable error for an unknown language
  const model = buildLetterModel(input);
  const body = renderLetter(model, {
    target: letterStrings(input.language, dictionary, statusOf, sourceHashOf),
    danish: letterStrings("da", dictionary, statusOf, sourceHashOf),
    today,
  });
  return `<!doctype html><html lang="da" dir="ltr"><head><meta charset="utf-8"><title>Velkomstbrev</title>` +
    `<style>${fontFaces()}\n${letterCss}\nbody{margin:0}</style></head><body><div class="letter-print-area">${body}</div></body></html>`;
}
