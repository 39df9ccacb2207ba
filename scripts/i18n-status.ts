// `npm run i18n:status [-- --json[=file]]`: translation coverage per locale (reviewed / machine / outdated /
// missing) for guides, UI namespaces, glossary terms and municipality texts, and the list of outdated texts.
// --json prints the report as JSON (or writes it to the file) for CI and editors.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { guideSourceHash, parseGuideFile } from "../src/i18n/guide-source.ts";
import { namespaceSourceHash, objectSourceHash } from "../src/i18n/source-hash.ts";
import { municipalityTextsHash } from "../src/i18n/municipality-texts.ts";
import { coverageReport, coverageTable, reviewedSummary, type SourceText } from "../src/i18n/status-report.ts";
import type { TranslationRecord } from "../src/i18n/translation-status.ts";
import { parseCommandLine } from "./lib/cli.mjs";

// A bare --json (print to stdout) becomes --json=- so that the strict parser accepts it.
const { values } = parseCommandLine({
  args: process.argv.slice(2).map((argument) => (argument === "--json" ? "--json=-" : argument)),
  options: { json: { type: "string" } },
  usage: `
Usage: npm run i18n:status [-- --json[=file]]

Prints translation coverage per locale (reviewed / machine / outdated / missing) for guides, UI namespaces,
glossary terms and municipality texts, and lists the outdated texts. Reads files only.

Options:
  --json[=file]   print the report as JSON, or write it to the file
  -h, --help      print this and exit`,
});

const root = new URL("..", import.meta.url).pathname;
const readJson = (file: string) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined);
const frontMatterField = (raw: string, name: string) => raw.match(new RegExp(`^${name}:\\s*["']?([^"'\\n]*)["']?\\s*$`, "m"))?.[1]?.trim();

const guideDirectory = (lang: string) => join(root, "src", "content", "guides", lang);
const sources: SourceText[] = [];
for (const file of readdirSync(guideDirectory("da")).filter((name) => name.endsWith(".md"))) {
  sources.push({ id: `guide:${file.replace(/\.md$/, "")}`, hash: guideSourceHash(parseGuideFile(readFileSync(join(guideDirectory("da"), file), "utf8"))) });
}
for (const file of readdirSync(join(root, "locales", "da")).filter((name) => name.endsWith(".json") && !name.startsWith("_"))) {
  sources.push({ id: `ui:${file.replace(/\.json$/, "")}`, hash: namespaceSourceHash(readJson(join(root, "locales", "da", file))) });
}
const danishGlossary = readJson(join(root, "src", "content", "glossary", "da.json"))?.terms ?? [];
for (const term of danishGlossary) {
  sources.push({ id: `glossary:${term.id}`, hash: objectSourceHash({ term: term.term, aliases: term.aliases ?? [], definition: term.definition }) });
}
sources.push({ id: "ui:municipalities", hash: municipalityTextsHash() });

function lookup(lang: string, id: string): TranslationRecord | undefined {
  const [kind, name] = id.split(":") as [string, string];
  if (kind === "guide") {
    const file = join(guideDirectory(lang), `${name}.md`);
    if (!existsSync(file)) return undefined;
    const raw = readFileSync(file, "utf8");
    return { translation: (frontMatterField(raw, "translation") ?? "machine") as TranslationRecord["translation"], sourceHash: frontMatterField(raw, "sourceHash") };
  }
  if (kind === "ui") {
    const exists = name === "municipalities" ? existsSync(join(root, "locales", lang, "municipalities.json")) : existsSync(join(root, "locales", lang, `${name}.json`));
    return exists ? readJson(join(root, "locales", lang, "_status.json"))?.[name] ?? { translation: "machine" } : undefined;
  }
  const glossary = readJson(join(root, "src", "content", "glossary", `${lang}.json`));
  const term = glossary?.terms?.find((candidate: { id: string }) => candidate.id === name);
  return term ? { translation: glossary.translation, sourceHash: term.sourceHash } : undefined;
}

// Namespaces that exist only in some languages on purpose (locales/fallbacks.json) count only there.
const onlyIn: Record<string, string[]> = readJson(join(root, "locales", "fallbacks.json"))?.namespacesOnlyIn ?? {};
const applies = (lang: string, id: string) => !id.startsWith("ui:") || !onlyIn[id.slice(3)] || onlyIn[id.slice(3)]!.includes(lang);
const report = coverageReport(sources, lookup, applies);
const jsonFlag: string | undefined = values.json;
if (jsonFlag !== undefined) {
  const json = JSON.stringify({ generatedAt: new Date().toISOString(), texts: sources.length, reviewed: reviewedSummary(report), locales: report }, null, 2);
  const file = jsonFlag === "-" ? undefined : jsonFlag;
  if (file) {
    writeFileSync(file, `${json}\n`);
    console.error(`Wrote ${file}`);
  } else {
    console.log(json);
  }
} else {
  console.log(`Translation coverage: ${sources.length} Danish source texts (guides, UI namespaces, glossary terms, municipality texts)\n`);
  console.log(coverageTable(report));
  const { reviewed, total } = reviewedSummary(report);
  console.log(`\nReviewed by a person: ${reviewed} of ${total} translated texts (${total ? ((100 * reviewed) / total).toFixed(1) : "0.0"} %); the rest are machine drafts, outdated or missing.`);
  const outdated = report.filter((row) => row.outdatedTexts.length > 0);
  if (outdated.length > 0) {
    console.log("\nOutdated (the Danish source changed after translation):");
    for (const row of outdated) console.log(`  ${row.lang}: ${row.outdatedTexts.join(", ")}`);
  }
}
