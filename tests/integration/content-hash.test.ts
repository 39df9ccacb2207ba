// The server computes the source hash of a Danish text in the hooks (pocketbase/pb_hooks/lib/content-hash.js,
// with $security.sha256) when it stamps a translator's save and builds the queue. It must be exactly the hash the
// repository's tools compute (src/i18n/guide-source.ts, src/i18n/source-hash.ts), or every translation would read
// as outdated. One row per file of the content pack: every Danish source, and every translation's recorded hash
// and status, as a translator of all languages sees them in the queue.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type PocketBase from "pocketbase";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPack } from "../../scripts/lib/content-pack.mjs";
import { projectRoot } from "../../scripts/lib/pocketbase-server.mjs";
import { guideSourceHash, parseGuideFile } from "../../src/i18n/guide-source";
import { municipalityTextsHash } from "../../src/i18n/municipality-texts";
import { namespaceSourceHash, objectSourceHash, sourceHash } from "../../src/i18n/source-hash";
import { translationStatus } from "../../src/i18n/translation-status";
import { createMunicipality, createUser, password } from "../support/fixtures";
import { startTestServer, type TestServer } from "../support/pocketbase";

const read = (path: string) => readFileSync(join(projectRoot, path), "utf8");
const readJson = (path: string) => JSON.parse(read(path));
const locales = readdirSync(join(projectRoot, "locales"), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
const translationLocales = locales.filter((locale) => locale !== "da");
const onlyIn: Record<string, string[]> = readJson("locales/fallbacks.json").namespacesOnlyIn;

interface Item { path: string; status: string; danish_hash: string; recorded_hash: string; kind: string; key: string; locale: string }
let server: TestServer;
let items: Item[];
const itemAt = (path: string) => items.find((item) => item.path === path);

/** The store's one hash of a whole glossary (lib/content-hash.js glossaryHashOfTermHashes) from per-term hashes. */
const glossaryHash = (hashesById: Record<string, string>) => sourceHash(JSON.stringify(Object.keys(hashesById).sort().map((id) => [id, hashesById[id]])));
const danishGlossaryTermHashes = () => Object.fromEntries((readJson("src/content/glossary/da.json").terms as Array<{ id: string; term: string; aliases?: string[]; definition: string }>)
  .map((term) => [term.id, objectSourceHash({ term: term.term, aliases: term.aliases ?? [], definition: term.definition })]));

beforeAll(async () => {
  server = await startTestServer();
  for (const slug of ["gentofte", "gladsaxe", "glostrup"]) await createMunicipality(server.admin, slug);
  await importPack(server.admin, projectRoot);
  await createUser(server.admin as PocketBase, { email: "translator-all@hash.test", role: "translator", languages: translationLocales.join(" ") });
  const translator = await server.signIn("translator-all@hash.test", password);
  items = (await translator.send("/api/velkommen/content/queue", {})).items;
}, 180_000);

afterAll(async () => {
  await server?.stop();
});

const danishGuides = readdirSync(join(projectRoot, "src/content/guides/da")).map((file) => file.replace(/\.md$/, ""));
const danishNamespaces = readdirSync(join(projectRoot, "locales/da")).map((file) => file.replace(/\.json$/, ""));

describe("Danish sources: the hooks' hash equals the repository's", () => {
  it.each(danishGuides)("guide %s: guideSourceHash", (key) => {
    const expected = guideSourceHash(parseGuideFile(read(`src/content/guides/da/${key}.md`)));
    expect(itemAt(`src/content/guides/${translationLocales[0]}/${key}.md`)?.danish_hash).toBe(expected);
  });

  it.each(danishNamespaces)("namespace %s: namespaceSourceHash", (key) => {
    const locale = translationLocales.find((candidate) => !onlyIn[key] || onlyIn[key].includes(candidate))!;
    expect(itemAt(`locales/${locale}/${key}.json`)?.danish_hash).toBe(namespaceSourceHash(readJson(`locales/da/${key}.json`)));
  });

  it("namespace municipalities (the hubs' texts): municipalityTextsHash", () => {
    expect(itemAt(`locales/${translationLocales[0]}/municipalities.json`)?.danish_hash).toBe(municipalityTextsHash());
  });

  it("glossary: the per-term objectSourceHash, combined", () => {
    expect(itemAt(`src/content/glossary/${translationLocales[0]}.json`)?.danish_hash).toBe(glossaryHash(danishGlossaryTermHashes()));
  });
});

// Every translation file of the pack: the hash it records as the hooks read it, and its status as i18n:status says.
const translationRows: Array<{ path: string; recorded: string; expected: string }> = [];
for (const locale of translationLocales) {
  const guideDirectory = join(projectRoot, "src/content/guides", locale);
  for (const file of readdirSync(guideDirectory)) {
    const key = file.replace(/\.md$/, "");
    if (!danishGuides.includes(key)) continue; // a translation without a Danish source is no queue item
    const raw = read(`src/content/guides/${locale}/${file}`);
    const recorded = raw.match(/^sourceHash:\s*"?([0-9a-f]+)"?\s*$/m)?.[1] ?? "";
    const translation = raw.match(/^translation:\s*(\w+)\s*$/m)?.[1] === "reviewed" ? "reviewed" : "machine";
    translationRows.push({ path: `src/content/guides/${locale}/${file}`, recorded, expected: translationStatus({ translation, sourceHash: recorded }, guideSourceHash(parseGuideFile(read(`src/content/guides/da/${file}`)))) });
  }
  const status = readJson(`locales/${locale}/_status.json`);
  for (const file of readdirSync(join(projectRoot, "locales", locale))) {
    const key = file.replace(/\.json$/, "");
    if (file === "_status.json") continue;
    const current = key === "municipalities" ? municipalityTextsHash() : namespaceSourceHash(readJson(`locales/da/${file}`));
    const record = status[key] ?? { translation: "machine" };
    translationRows.push({ path: `locales/${locale}/${file}`, recorded: record.sourceHash ?? "", expected: translationStatus(record, current) });
  }
  const glossary = readJson(`src/content/glossary/${locale}.json`);
  const recordedTerms = Object.fromEntries((glossary.terms as Array<{ id: string; sourceHash?: string }>).map((term) => [term.id, term.sourceHash ?? ""]));
  const danishTerms = danishGlossaryTermHashes();
  const anyOutdated = Object.keys(danishTerms).some((id) => recordedTerms[id] !== danishTerms[id]) || Object.keys(recordedTerms).some((id) => !(id in danishTerms));
  translationRows.push({ path: `src/content/glossary/${locale}.json`, recorded: glossaryHash(recordedTerms), expected: anyOutdated ? "outdated" : glossary.translation === "reviewed" ? "reviewed" : "machine" });
}

describe("translations: the recorded hash and the status", () => {
  it("covers every translation file of the pack (positive control of the table)", () => {
    expect(translationRows.length).toBeGreaterThan(translationLocales.length * 10);
  });

  it.each(translationRows)("$path records $recorded → $expected", ({ path, recorded, expected }) => {
    const item = itemAt(path);
    expect(item, `queue item for ${path}`).toBeDefined();
    expect(item!.recorded_hash).toBe(recorded);
    expect(item!.status).toBe(expected);
  });

  it("no queue item is missing or invented: one per Danish source and language, Danish/English-only namespaces skipped", () => {
    const expectedCount = translationLocales.reduce((count, locale) => count + danishGuides.length + 1 /* glossary */ + 1 /* municipalities */
      + danishNamespaces.filter((key) => !onlyIn[key] || onlyIn[key].includes(locale)).length, 0);
    expect(items.length).toBe(expectedCount);
  });
});
