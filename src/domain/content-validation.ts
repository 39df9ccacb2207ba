// Structural checks of a guide, the glossary and a UI text namespace as a person saves them in the browser: exactly
// what the site build needs, so a save the server accepts never breaks the build with a message that names neither
// the file nor the field ("Cannot read properties of undefined"). Pure: the server runs it on every save by a
// person (bundled into the hooks by scripts/lib/build-hooks.mjs); imports by the superuser are not checked (the
// pack passes as it is: tests/unit/content-validation.test.ts). Problems are keyed by JSON path like hub-validation.
import { CORE_SCHEMA, load } from "js-yaml";
import { messageArguments } from "../i18n/icu-arguments.ts";
import { isIsoDate } from "./dates.ts";
import { isWebUrl, validationMessage, type HubMessageLanguage, type HubProblems } from "./hub-validation.ts";

type Json = unknown;
const isObject = (value: Json): value is Record<string, Json> => value !== null && typeof value === "object" && !Array.isArray(value);
const isNonEmptyText = (value: Json) => typeof value === "string" && value.trim() !== "";
const TRANSLATION_VALUES = ["source", "machine", "reviewed"];

function problemList(language: HubMessageLanguage) {
  const problems: HubProblems = {};
  const report = (path: string, code: string, detail = "") => {
    if (!problems[path]) problems[path] = { code, message: validationMessage(code, language) + (detail ? ` ${detail}` : "") };
  };
  const requireText = (object: Record<string, Json>, path: string, key: string) => {
    const value = object[key];
    if (!isNonEmptyText(value)) report(`${path}${key}`, value === undefined || value === null || typeof value === "string" ? "validation_required" : "validation_text");
  };
  const optionalText = (object: Record<string, Json>, path: string, key: string) => {
    if (object[key] !== undefined && typeof object[key] !== "string") report(`${path}${key}`, "validation_text");
  };
  const optionalDate = (value: Json, path: string) => {
    if (value !== undefined && !isIsoDate(value)) report(path, "validation_date");
  };
  return { problems, report, requireText, optionalText, optionalDate };
}

/**
 * src/content/glossary/<lang>.json as src/utils/glossary.ts reads it: `translation`, optional `reviewed` date, and
 * `terms`, each with a unique `id`, a `term` and a `definition` (texts), optional `aliases` (texts),
 * `translatedTerm` and `sourceHash`.
 */
export function validateGlossary(glossary: Json, options: { language?: HubMessageLanguage } = {}): HubProblems {
  const { problems, report, requireText, optionalText, optionalDate } = problemList(options.language ?? "da");
  if (!isObject(glossary)) {
    report("body", "validation_glossary_object");
    return problems;
  }
  if (typeof glossary.translation !== "string" || !TRANSLATION_VALUES.includes(glossary.translation)) report("translation", glossary.translation === undefined ? "validation_required" : "validation_translation_value");
  optionalDate(glossary.reviewed, "reviewed");
  if (!Array.isArray(glossary.terms)) {
    report("terms", glossary.terms === undefined ? "validation_required" : "validation_list");
    return problems;
  }
  const seen = new Set<string>();
  glossary.terms.forEach((term: Json, index) => {
    const path = `terms.${index}.`;
    if (!isObject(term)) return report(`terms.${index}`, "validation_object");
    requireText(term, path, "id");
    if (typeof term.id === "string" && seen.has(term.id)) report(`${path}id`, "validation_duplicate_id");
    if (typeof term.id === "string") seen.add(term.id);
    requireText(term, path, "term");
    requireText(term, path, "definition");
    optionalText(term, path, "translatedTerm");
    optionalText(term, path, "sourceHash");
    if (term.aliases !== undefined && !(Array.isArray(term.aliases) && term.aliases.every((alias) => typeof alias === "string"))) report(`${path}aliases`, "validation_list_of_texts");
  });
  return problems;
}

/**
 * A guide's front matter by the rules of src/content.config.ts (the build's schema): title, description, order
 * (integer), checked (date), optional changed/reviewed (dates), at least one source with a label, an optional
 * http(s) url and checked date, translation source|machine|reviewed, optional sourceHash. Keys `front_matter.<field>`.
 * Dates must be YYYY-MM-DD (stricter than the schema's coercion, which turns 2026-13-45 into a day of 2027).
 */
export function validateGuideFrontMatter(frontMatter: Json, options: { language?: HubMessageLanguage } = {}): HubProblems {
  const { problems, report, requireText, optionalText, optionalDate } = problemList(options.language ?? "da");
  const prefix = "front_matter.";
  if (!isObject(frontMatter)) {
    report("front_matter", "validation_object");
    return problems;
  }
  requireText(frontMatter, prefix, "title");
  requireText(frontMatter, prefix, "description");
  const order = frontMatter.order;
  if (!(typeof order === "number" && Number.isInteger(order))) report(`${prefix}order`, order === undefined || order === null ? "validation_required" : "validation_integer");
  if (!isIsoDate(frontMatter.checked)) report(`${prefix}checked`, frontMatter.checked === undefined || frontMatter.checked === null ? "validation_required" : "validation_date");
  optionalDate(frontMatter.changed, `${prefix}changed`);
  optionalDate(frontMatter.reviewed, `${prefix}reviewed`);
  const sources = frontMatter.sources;
  if (!Array.isArray(sources)) report(`${prefix}sources`, sources === undefined || sources === null ? "validation_required" : "validation_list");
  else if (sources.length === 0) report(`${prefix}sources`, "validation_at_least_one");
  else {
    sources.forEach((source: Json, index) => {
      const path = `${prefix}sources.${index}`;
      if (!isObject(source)) return report(path, "validation_object");
      if (typeof source.label !== "string") report(`${path}.label`, source.label === undefined || source.label === null ? "validation_required" : "validation_text");
      if (source.url !== undefined && !(typeof source.url === "string" && isWebUrl(source.url))) report(`${path}.url`, "validation_url_web");
      optionalDate(source.checked, `${path}.checked`);
    });
  }
  if (typeof frontMatter.translation !== "string" || !TRANSLATION_VALUES.includes(frontMatter.translation)) report(`${prefix}translation`, frontMatter.translation === undefined ? "validation_required" : "validation_translation_value");
  optionalText(frontMatter, prefix, "sourceHash");
  return problems;
}

/** The front matter block of a guide file, read with YAML's core schema (dates stay the text the editor wrote). */
export function readGuideFrontMatter(raw: string): { ok: true; frontMatter: Json } | { ok: false } {
  const match = raw.replace(/\r\n/g, "\n").match(/^---\n([\s\S]*?\n)?---(\n|$)/);
  if (!match) return { ok: false };
  try {
    return { ok: true, frontMatter: load(match[1] ?? "", { schema: CORE_SCHEMA }) ?? {} };
  } catch {
    return { ok: false };
  }
}

/** A whole guide file: its front matter must be readable YAML and pass validateGuideFrontMatter. */
export function validateGuide(raw: string, options: { language?: HubMessageLanguage } = {}): HubProblems {
  const read = readGuideFrontMatter(raw);
  if (!read.ok) return { front_matter: { code: "validation_front_matter_yaml", message: validationMessage("validation_front_matter_yaml", options.language ?? "da") } };
  return validateGuideFrontMatter(read.frontMatter, options);
}

/**
 * locales/<lang>/<namespace>.json: a flat object of ICU message strings, each of which parses; a translation's
 * message has the same argument names as the Danish message of its key (`danish`), so `{email}` cannot be dropped or
 * renamed. Keys `<namespace>.<message key>` (e.g. `common.notice.machine`).
 */
export function validateNamespace(
  messages: Json,
  options: { namespace: string; danish?: Record<string, Json> | null; language?: HubMessageLanguage },
): HubProblems {
  const { problems, report } = problemList(options.language ?? "da");
  if (!isObject(messages)) {
    report("body", "validation_namespace_object");
    return problems;
  }
  const argumentNames = (message: string) => Object.keys(messageArguments(message)).join(", ");
  for (const [key, message] of Object.entries(messages)) {
    const path = `${options.namespace}.${key}`;
    if (typeof message !== "string") {
      report(path, "validation_text");
      continue;
    }
    let names: string;
    try {
      names = argumentNames(message);
    } catch {
      report(path, "validation_icu_syntax");
      continue;
    }
    const danish = options.danish?.[key];
    if (typeof danish !== "string") continue;
    let danishNames: string;
    try {
      danishNames = argumentNames(danish);
    } catch {
      continue; // the Danish text is checked when the Danish namespace is saved
    }
    if (names !== danishNames) {
      const shown = (list: string) => (list === "" ? "–" : list.split(", ").map((name) => `{${name}}`).join(" "));
      report(path, "validation_icu_arguments", options.language === "en" ? `Danish: ${shown(danishNames)}; here: ${shown(names)}.` : `Dansk: ${shown(danishNames)}; her: ${shown(names)}.`);
    }
  }
  return problems;
}
