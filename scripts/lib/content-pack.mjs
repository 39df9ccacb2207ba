// The content pack as files (src/content/ and locales/ of a checkout) and as content_entries/content_versions
// in PocketBase (docs/architecture.md, "Content store"). One file = one entry; its complete text is the version
// body, so an export writes exactly the bytes that were imported.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { danishToday } from "../../src/domain/danish-day.ts";

export const PACK_ROOTS = ["src/content", "locales"];

/** Every file of the pack under `directory`, as paths relative to it with forward slashes, sorted. */
export function listPackFiles(directory) {
  const files = [];
  const walk = (absolute) => {
    for (const name of readdirSync(absolute).sort()) {
      const path = join(absolute, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(directory, path).split(sep).join("/"));
    }
  };
  for (const root of PACK_ROOTS) {
    try {
      statSync(join(directory, root));
    } catch {
      continue;
    }
    walk(join(directory, root));
  }
  return files;
}

/** What a path is: kind, key, locale and (for a hub) the municipality slug. */
export function classifyPath(path) {
  let match = path.match(/^src\/content\/guides\/([a-z]{2,3})\/([a-z0-9-]+)\.md$/);
  if (match) return { kind: "guide", locale: match[1], key: match[2], municipalitySlug: "" };
  match = path.match(/^src\/content\/glossary\/([a-z]{2,3})\.json$/);
  if (match) return { kind: "glossary", locale: match[1], key: "glossary", municipalitySlug: "" };
  match = path.match(/^locales\/([a-z]{2,3})\/([a-z][a-z-]*)\.json$/);
  if (match) return { kind: "namespace", locale: match[1], key: match[2], municipalitySlug: "" };
  match = path.match(/^src\/content\/municipalities\/([a-z0-9-]+)\.json$/);
  if (match && !match[1].includes("generated")) return { kind: "municipality", locale: "da", key: match[1], municipalitySlug: match[1] };
  // Everything else (deadline rules, locales/fallbacks.json, locales/<locale>/_status.json, the municipality
  // index) travels with the pack, but only a superuser changes it (_status.json is derived from the versions).
  return { kind: "pack", locale: "", key: path.split("/").pop(), municipalitySlug: "" };
}

/** The source hash a translation names in its front matter (README, "Translations"), or "". */
export function sourceHashOf(body) {
  const frontMatter = body.match(/^---\n([\s\S]*?)\n---/);
  return frontMatter?.[1].match(/^sourceHash:\s*"?([0-9a-f]+)"?\s*$/m)?.[1] ?? "";
}

export function translationStatusOf(body, classified) {
  if (classified.locale === "da" || classified.locale === "" || classified.kind === "municipality" || classified.kind === "pack") return "";
  // A glossary says it at its top level ("translation": "reviewed"); a guide in its front matter.
  if (classified.kind === "glossary") {
    try {
      return JSON.parse(body).translation === "reviewed" ? "reviewed" : "machine";
    } catch {
      return "machine";
    }
  }
  return /^translation:\s*reviewed\s*$/m.test(body.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? "") ? "reviewed" : "machine";
}

/**
 * A UI-string namespace keeps its status and source hash in locales/<locale>/_status.json (README,
 * "Translations"); the version carries them too, so a translator's queue can be read from the store.
 */
function namespaceStatusOf(directory, classified) {
  if (classified.kind !== "namespace" || classified.locale === "da") return null;
  try {
    const status = JSON.parse(readFileSync(join(directory, "locales", classified.locale, "_status.json"), "utf8"))[classified.key];
    return status ? { translation_status: status.translation === "reviewed" ? "reviewed" : "machine", source_hash: status.sourceHash ?? "" } : null;
  } catch {
    return null;
  }
}

/**
 * Loads the pack in `directory` into PocketBase. Per file: new → entry + published version; unchanged since the
 * last import → nothing; untouched by people → a new published version; changed by an editor → the new national
 * text is kept beside the editor's as an `upstream` version and the entry is flagged.
 */
export async function importPack(admin, directory, { onProgress = () => {} } = {}) {
  const files = listPackFiles(directory);
  const municipalities = await admin.collection("municipalities").getFullList({ fields: "id,slug" });
  const municipalityIdBySlug = new Map(municipalities.map((row) => [row.slug, row.id]));
  const entries = await admin.collection("content_entries").getFullList({ expand: "import_version", fields: "*,expand.import_version.body" });
  const entryByPath = new Map(entries.map((entry) => [entry.path, entry]));
  const counts = { created: 0, updated: 0, unchanged: 0, flagged: 0 };
  const warnings = [];
  const flagged = [];
  let done = 0;
  for (const path of files) {
    try {
      await importFile(path);
    } catch (error) {
      const fields = Object.entries(error?.response?.data ?? {}).map(([field, problem]) => `${field}: ${problem?.message}`).join("; ");
      throw new Error(`${path}: ${error.message}${fields ? ` (${fields})` : ""}`);
    }
    done++;
    if (done % 25 === 0 || done === files.length) onProgress(done, files.length, path);
  }
  return { counts, flagged, warnings, total: files.length };

  async function importFile(path) {
    const body = readFileSync(join(directory, path), "utf8");
    const classified = classifyPath(path);
    const version = {
      body, origin: "import", source_hash: sourceHashOf(body), translation_status: translationStatusOf(body, classified),
      ...namespaceStatusOf(directory, classified),
    };
    let entry = entryByPath.get(path);
    if (!entry) {
      if (classified.municipalitySlug && !municipalityIdBySlug.has(classified.municipalitySlug)) {
        warnings.push(`${path}: no municipality "${classified.municipalitySlug}" in this instance, so no editor can edit this hub yet.`);
      }
      entry = await admin.collection("content_entries").create({
        path, kind: classified.kind, key: classified.key, locale: classified.locale,
        municipality: municipalityIdBySlug.get(classified.municipalitySlug) ?? "",
      });
      await admin.collection("content_versions").create({ ...version, entry: entry.id, status: "published" });
      counts.created++;
    } else if (entry.expand?.import_version?.body === body) {
      counts.unchanged++;
    } else if (entry.published_version === entry.import_version && entry.head_version === entry.import_version) {
      await admin.collection("content_versions").create({ ...version, entry: entry.id, status: "published" });
      counts.updated++;
    } else {
      await admin.collection("content_versions").create({ ...version, entry: entry.id, status: "upstream" });
      counts.flagged++;
      flagged.push(path);
    }
  }
}

/**
 * An instance's first start: the pack goes into the store when the store holds no text yet (a fresh data dir,
 * or one made before the store existed). Returns the import's result, or null when there was nothing to do.
 */
export async function importPackIntoEmptyStore(admin, directory, options) {
  if ((await admin.collection("content_entries").getList(1, 1, { fields: "id" })).totalItems > 0) return null;
  return importPack(admin, directory, options);
}

/**
 * Writes every published text to `<out>/<path>`, and regenerates each locales/<locale>/_status.json from the
 * published namespace versions (translation status, source hash, review day: README, "Translations"); returns
 * the number of files written. A status file whose content did not change is written exactly as it was stored.
 */
export async function exportPack(admin, out) {
  const entries = await admin.collection("content_entries").getFullList({
    filter: 'published_version != ""', expand: "published_version", sort: "path",
    fields: "path,kind,key,locale,expand.published_version.body,expand.published_version.translation_status,expand.published_version.source_hash,expand.published_version.reviewed_at",
  });
  const bodies = new Map(entries.map((entry) => [entry.path, entry.expand.published_version.body]));
  for (const [path, body] of namespaceStatusFiles(entries, bodies)) bodies.set(path, body);
  for (const [path, body] of bodies) {
    const target = join(out, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, body);
  }
  return bodies.size;
}

/** locales/<locale>/_status.json for every locale with translated namespaces: path → body. */
export function namespaceStatusFiles(entries, bodies) {
  const byLocale = new Map();
  for (const entry of entries) {
    if (entry.kind !== "namespace" || entry.locale === "da" || entry.locale === "") continue;
    if (!byLocale.has(entry.locale)) byLocale.set(entry.locale, []);
    byLocale.get(entry.locale).push(entry);
  }
  const files = new Map();
  for (const [locale, namespaces] of byLocale) {
    const path = `locales/${locale}/_status.json`;
    const stored = bodies.get(path);
    let previous = {};
    try {
      previous = stored ? JSON.parse(stored) : {};
    } catch {
      previous = {};
    }
    // Keep the stored order of namespaces and any other fields; add new namespaces at the end.
    const status = structuredClone(previous);
    for (const entry of namespaces) {
      const version = entry.expand.published_version;
      const reviewed = version.translation_status === "reviewed";
      const next = { ...(status[entry.key] ?? {}), translation: reviewed ? "reviewed" : "machine", sourceHash: version.source_hash ?? "" };
      if (!reviewed) delete next.reviewed;
      else if (version.reviewed_at) next.reviewed = danishToday(new Date(version.reviewed_at.replace(" ", "T")));
      status[entry.key] = next;
    }
    const unchanged = stored !== undefined && JSON.stringify(status) === JSON.stringify(previous);
    files.set(path, unchanged ? stored : `${JSON.stringify(status)}\n`);
  }
  return files;
}
