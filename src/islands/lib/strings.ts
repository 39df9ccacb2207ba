// The island side of IslandStrings.astro: t(key, values) over the page's JSON strings. Values are escaped.
import { escapeHtml, fillTemplate } from "../../utils/escape-html.ts";

const data: { lang: string; strings: Record<string, string> } =
  JSON.parse(document.getElementById("island-strings")?.textContent ?? '{"lang":"da","strings":{}}');

export const lang = data.lang;

/** The string with {placeholders} filled; the result is HTML-safe (template and values are escaped). */
export function t(key: string, values: Record<string, string | number> = {}): string {
  return tHtml(key, Object.fromEntries(Object.entries(values).map(([name, value]) => [name, escapeHtml(value)])));
}

/** Same, but for values that are HTML already (e.g. <bdi>-isolated dates). */
export function tHtml(key: string, htmlValues: Record<string, string>): string {
  return fillTemplate(data.strings[key] ?? key, htmlValues);
}

export { escapeHtml };
