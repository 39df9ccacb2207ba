// Where a translation's Danish source lives in the store and what its hash is now (lib/content-hash.js).
// guide <key> ← src/content/guides/da/<key>.md; glossary ← src/content/glossary/da.json; namespace <key> ←
// locales/da/<key>.json, except `municipalities`, whose source is the texts of every hub (README, "Translations").

function danishPathOf(kind, key) {
  if (kind === "guide") return "src/content/guides/da/" + key + ".md";
  if (kind === "glossary") return "src/content/glossary/da.json";
  if (kind === "namespace" && key !== "municipalities") return "locales/da/" + key + ".json";
  return "";
}

/** The path a translation of a Danish text has in `locale`. */
function translationPathOf(kind, key, locale) {
  if (kind === "guide") return "src/content/guides/" + locale + "/" + key + ".md";
  if (kind === "glossary") return "src/content/glossary/" + locale + ".json";
  return "locales/" + locale + "/" + key + ".json";
}

function findByPath(app, path) {
  const { findOrNull } = require(`${__hooks}/lib/errors.js`);
  return path === "" ? null : findOrNull(() => app.findFirstRecordByFilter("content_entries", "path = {:path}", { path }));
}

function bodyOfVersion(app, versionId) {
  const { findOrNull } = require(`${__hooks}/lib/errors.js`);
  const version = versionId ? findOrNull(() => app.findRecordById("content_versions", versionId)) : null;
  return version ? version.getString("body") : "";
}

function parseOrNull(body) {
  try {
    return JSON.parse(body);
  } catch (notJson) {
    return null;
  }
}

/** The hash of a Danish body of this kind/key; for the glossary also the per-term hashes. */
function hashOfDanishBody(kind, key, body) {
  const hash = require(`${__hooks}/lib/content-hash.js`);
  if (kind === "guide") return { hash: hash.guideHash(body), termHashes: null };
  const parsed = parseOrNull(body);
  if (!parsed) return { hash: "", termHashes: null };
  if (kind === "glossary") {
    const termHashes = hash.glossaryTermHashes(parsed);
    return { hash: hash.glossaryHashOfTermHashes(termHashes), termHashes };
  }
  return { hash: hash.namespaceHash(parsed), termHashes: null };
}

/** The published hubs' bodies, parsed (the source of the `municipalities` namespace). */
function publishedHubs(app) {
  const hubs = [];
  for (const entry of app.findRecordsByFilter("content_entries", 'kind = "municipality" && published_version != ""', "path", 0, 0)) {
    const parsed = parseOrNull(bodyOfVersion(app, entry.getString("published_version")));
    if (parsed && typeof parsed === "object") hubs.push(parsed);
  }
  return hubs;
}

/**
 * The Danish source of a text of this kind and key, as live now: { entry (or null), body, hash, termHashes }.
 * hash "" when there is none.
 */
function currentDanishSource(app, kind, key) {
  const { municipalityTextsHash, municipalityTextKeys } = require(`${__hooks}/lib/content-hash.js`);
  if (kind === "namespace" && key === "municipalities") {
    const hubs = publishedHubs(app);
    const texts = {};
    for (const hub of hubs) Object.assign(texts, municipalityTextKeys(hub));
    return { entry: null, body: JSON.stringify(texts, null, 2) + "\n", hash: hubs.length ? municipalityTextsHash(hubs) : "", termHashes: null };
  }
  const entry = findByPath(app, danishPathOf(kind, key));
  if (!entry) return { entry: null, body: "", hash: "", termHashes: null };
  const body = bodyOfVersion(app, entry.getString("published_version"));
  const hashed = body ? hashOfDanishBody(kind, key, body) : { hash: "", termHashes: null };
  return { entry, body, hash: hashed.hash, termHashes: hashed.termHashes };
}

/** The hash a translation's body/version records of the Danish text it was made from ("" if none). */
function recordedHashOf(kind, version) {
  const hash = require(`${__hooks}/lib/content-hash.js`);
  const body = version.getString("body");
  if (kind === "guide") {
    const guide = hash.splitGuide(body);
    return guide ? hash.frontMatterField(guide.frontMatter, "sourceHash") : "";
  }
  if (kind === "glossary") {
    const parsed = parseOrNull(body);
    return parsed ? hash.glossaryHashOfTermHashes(hash.recordedGlossaryTermHashes(parsed)) : "";
  }
  return version.getString("source_hash");
}

module.exports = { danishPathOf, translationPathOf, findByPath, bodyOfVersion, parseOrNull, hashOfDanishBody, currentDanishSource, recordedHashOf };
