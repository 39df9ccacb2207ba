// The island side of IslandStrings.astro: t(key, values) over the page's JSON strings. Values are escaped.
import { escapeHtml } from "../../utils/escape-html.ts";

const data: { lang: string; strings: Record<string, string> } =
  JSON.parse(document.getElementById("island-strings")?.textContent ?? '{"lang":"da","strings":{}}');

export const lang = data.lang;

/** The string with {placeholders} filled; the result is HTML-safe (template and values are escaped). */
export function t(key: string, values: Record<string, string | number> = {}): string {
  const template = data.strings[key] ?? key;
  return escapeHtml(template).replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? escapeHtml(values[name]) : match));
}

/** Same, but for values that are HTML already (e.g. <bdi>-isolated dates). */
export function tHtml(key: string, htmlValues: Record<string, string>): string {
  return escapeHtml(data.strings[key] ?? key).replace(/\{(\w+)\}/g, (match, name: string) => htmlValues[name] ?? match);
}

export { escapeHtml };
