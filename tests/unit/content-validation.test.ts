// The structural checks of guides, the glossary and UI texts as a person saves them (src/domain/content-validation.ts;
// the server runs the same code, bundled into the hooks). Positive control: every file of the pack passes as it is.
// Each bad input names exactly its JSON path, in Danish or English.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateGlossary, validateGuide, validateGuideFrontMatter, validateNamespace, readGuideFrontMatter } from "../../src/domain/content-validation";

const read = (path: string) => readFileSync(path, "utf8");
const locales = readdirSync("locales", { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
const guidePaths = readdirSync("src/content/guides").flatMap((lang) => readdirSync(`src/content/guides/${lang}`).map((file) => `src/content/guides/${lang}/${file}`));
const glossaryPaths = readdirSync("src/content/glossary").map((file) => `src/content/glossary/${file}`);
const namespacePaths = locales.flatMap((lang) => readdirSync(`locales/${lang}`).filter((file) => file.endsWith(".json") && !file.startsWith("_")).map((file) => `locales/${lang}/${file}`));
const danishGlossary = JSON.parse(read("src/content/glossary/da.json"));
const housing = read("src/content/guides/da/housing.md");
const housingFrontMatter = () => structuredClone((readGuideFrontMatter(housing) as { ok: true; frontMatter: Record<string, unknown> }).frontMatter);
const danishCommon = JSON.parse(read("locales/da/common.json"));
const withChange = <T,>(value: T, change: (copy: T) => void): T => {
  const copy = structuredClone(value);
  change(copy);
  return copy;
};

describe("the content pack passes as it is (positive control)", () => {
  it("finds the files", () => {
    expect(guidePaths.length).toBeGreaterThan(10);
    expect(glossaryPaths.length).toBeGreaterThan(5);
    expect(namespacePaths.length).toBeGreaterThan(20);
  });
  it.each(guidePaths)("%s", (path) => expect(validateGuide(read(path))).toEqual({}));
  it.each(glossaryPaths)("%s", (path) => expect(validateGlossary(JSON.parse(read(path)))).toEqual({}));
  it.each(namespacePaths)("%s", (path) => {
    const [, lang, file] = path.split("/");
    const namespace = file!.replace(/\.json$/, "");
    const danishPath = `locales/da/${file}`;
    const danish = lang !== "da" && namespacePaths.includes(danishPath) ? JSON.parse(read(danishPath)) : null;
    expect(validateNamespace(JSON.parse(read(path)), { namespace, danish })).toEqual({});
  });
});

describe("glossary", () => {
  it.each([
    ["a term without its term (the e2e break)", (glossary: typeof danishGlossary) => { delete glossary.terms[3].term; }, { "terms.3.term": "validation_required" }],
    ["an empty definition", (glossary: typeof danishGlossary) => { glossary.terms[0].definition = " "; }, { "terms.0.definition": "validation_required" }],
    ["a number as term", (glossary: typeof danishGlossary) => { glossary.terms[1].term = 7; }, { "terms.1.term": "validation_text" }],
    ["a duplicate id", (glossary: typeof danishGlossary) => { glossary.terms[2].id = glossary.terms[0].id; }, { "terms.2.id": "validation_duplicate_id" }],
    ["a missing id", (glossary: typeof danishGlossary) => { delete glossary.terms[0].id; }, { "terms.0.id": "validation_required" }],
    ["aliases as one text", (glossary: typeof danishGlossary) => { glossary.terms[0].aliases = "kontrakt"; }, { "terms.0.aliases": "validation_list_of_texts" }],
    ["a term that is a text", (glossary: typeof danishGlossary) => { glossary.terms[4] = "Kontrakt"; }, { "terms.4": "validation_object" }],
    ["terms as an object", (glossary: typeof danishGlossary) => { glossary.terms = {}; }, { terms: "validation_list" }],
    ["no terms", (glossary: typeof danishGlossary) => { delete glossary.terms; }, { terms: "validation_required" }],
    ["an unknown translation", (glossary: typeof danishGlossary) => { glossary.translation = "human"; }, { translation: "validation_translation_value" }],
    ["a bad reviewed date", (glossary: typeof danishGlossary) => { glossary.reviewed = "1. december"; }, { reviewed: "validation_date" }],
  ])("%s", (_name, change, expected) => {
    const problems = validateGlossary(withChange(danishGlossary, change));
    expect(Object.fromEntries(Object.entries(problems).map(([path, problem]) => [path, problem.code]))).toEqual(expected);
  });
  it("a JSON array is not a glossary", () => expect(Object.keys(validateGlossary([]))).toEqual(["body"]));
  it("says it in Danish by default and in English when asked", () => {
    const broken = withChange(danishGlossary, (glossary) => { delete glossary.terms[3].term; });
    expect(validateGlossary(broken)["terms.3.term"]!.message).toBe("Skal udfyldes.");
    expect(validateGlossary(broken, { language: "en" })["terms.3.term"]!.message).toBe("Required.");
  });
});

describe("guide front matter (the rules of src/content.config.ts)", () => {
  type FrontMatter = ReturnType<typeof housingFrontMatter>;
  it.each([
    ["order as text", (front: FrontMatter) => { front.order = "x"; }, { "front_matter.order": "validation_integer" }],
    ["order with a fraction", (front: FrontMatter) => { front.order = 1.5; }, { "front_matter.order": "validation_integer" }],
    ["no title", (front: FrontMatter) => { delete front.title; }, { "front_matter.title": "validation_required" }],
    ["no description", (front: FrontMatter) => { front.description = ""; }, { "front_matter.description": "validation_required" }],
    ["a checked date in words", (front: FrontMatter) => { front.checked = "i går"; }, { "front_matter.checked": "validation_date" }],
    ["a checked date that is no day", (front: FrontMatter) => { front.checked = "2026-13-45"; }, { "front_matter.checked": "validation_date" }],
    ["no checked date", (front: FrontMatter) => { delete front.checked; }, { "front_matter.checked": "validation_required" }],
    ["a bad changed date", (front: FrontMatter) => { front.changed = "snart"; }, { "front_matter.changed": "validation_date" }],
    ["no sources", (front: FrontMatter) => { front.sources = []; }, { "front_matter.sources": "validation_at_least_one" }],
    ["a source without label", (front: FrontMatter) => { delete (front.sources as Record<string, unknown>[])[1]!.label; }, { "front_matter.sources.1.label": "validation_required" }],
    ["a javascript: source", (front: FrontMatter) => { (front.sources as Record<string, unknown>[])[0]!.url = "javascript:alert(1)"; }, { "front_matter.sources.0.url": "validation_url_web" }],
    ["a source's bad checked date", (front: FrontMatter) => { (front.sources as Record<string, unknown>[])[2]!.checked = "2026-02-30"; }, { "front_matter.sources.2.checked": "validation_date" }],
    ["an unknown translation", (front: FrontMatter) => { front.translation = "done"; }, { "front_matter.translation": "validation_translation_value" }],
    ["a number as sourceHash", (front: FrontMatter) => { front.sourceHash = 123; }, { "front_matter.sourceHash": "validation_text" }],
  ])("%s", (_name, change, expected) => {
    const problems = validateGuideFrontMatter(withChange(housingFrontMatter(), change));
    expect(Object.fromEntries(Object.entries(problems).map(([path, problem]) => [path, problem.code]))).toEqual(expected);
  });
  it("reads the file as Astro does: a quoted number is text, a bare one a number", () => {
    expect(Object.keys(validateGuide(housing.replace(/^order: .*$/m, 'order: "x"')))).toEqual(["front_matter.order"]);
    expect(Object.keys(validateGuide(housing.replace(/^order: .*$/m, 'order: "7"')))).toEqual(["front_matter.order"]);
    expect(validateGuide(housing.replace(/^order: .*$/m, "order: 12"))).toEqual({});
  });
  it("front matter that is not YAML, or missing, is one problem", () => {
    expect(Object.keys(validateGuide(housing.replace(/^title: .*$/m, 'title: "Din bolig')))).toEqual(["front_matter"]);
    expect(validateGuide("Bare tekst\n")).toEqual({ front_matter: { code: "validation_front_matter_yaml", message: expect.stringContaining("---") } });
  });
});

describe("UI text namespaces", () => {
  const englishCommon = JSON.parse(read("locales/en/common.json"));
  const codes = (problems: ReturnType<typeof validateNamespace>) => Object.fromEntries(Object.entries(problems).map(([path, problem]) => [path, problem.code]));
  it.each([
    ["a number as message", (messages: Record<string, unknown>) => { messages["notice.machine"] = 3; }, { "common.notice.machine": "validation_text" }],
    ["an unclosed brace", (messages: Record<string, unknown>) => { messages["notice.machine"] = "Denne tekst {er oversat"; }, { "common.notice.machine": "validation_icu_syntax" }],
    ["a plural without other", (messages: Record<string, unknown>) => { messages["notice.machine"] = "{count, plural, one {# dag}}"; }, { "common.notice.machine": "validation_icu_syntax" }],
    ["a nested object", (messages: Record<string, unknown>) => { messages.notice = { machine: "x" }; }, { "common.notice": "validation_text" }],
  ])("Danish: %s", (_name, change, expected) => {
    expect(codes(validateNamespace(withChange(danishCommon, change), { namespace: "common" }))).toEqual(expected);
  });
  it("a translation that renames {email} or drops it is refused, with both lists in the message", () => {
    const danishStaff = JSON.parse(read("locales/da/staff.json"));
    const englishStaff = JSON.parse(read("locales/en/staff.json"));
    const key = "staff.signIn.code.sent";
    expect(danishStaff[key]).toContain("{email}");
    const renamed = withChange(englishStaff, (messages) => { messages[key] = String(messages[key]).replace("{email}", "{mail}"); });
    const problems = validateNamespace(renamed, { namespace: "staff", danish: danishStaff, language: "en" });
    expect(codes(problems)).toEqual({ [`staff.${key}`]: "validation_icu_arguments" });
    expect(problems[`staff.${key}`]!.message).toBe("The translation must have the same placeholders as the Danish text. Danish: {email}; here: {mail}.");
    const dropped = withChange(englishStaff, (messages) => { messages[key] = "We sent you a code."; });
    expect(validateNamespace(dropped, { namespace: "staff", danish: danishStaff })[`staff.${key}`]!.message).toBe("Oversættelsen skal have de samme pladsholdere som den danske tekst. Dansk: {email}; her: –.");
  });
  it("without the Danish text, a translation is only checked for its own syntax", () => {
    const renamed = withChange(englishCommon, (messages) => { messages["notice.machine"] = "Write to {mail}."; });
    expect(validateNamespace(renamed, { namespace: "common" })).toEqual({});
  });
  it("a JSON array is not a namespace", () => expect(Object.keys(validateNamespace([], { namespace: "common" }))).toEqual(["body"]));
});
