// The source hashes of Danish texts, computed on the server exactly as src/i18n/source-hash.ts and
// src/i18n/guide-source.ts compute them in Node (sha-256 of the normalised text, first 12 hex digits), with
// $security.sha256 instead of node:crypto. tests/integration/content-hash.test.ts proves both agree for every
// Danish file of the pack. A translation records the hash of the Danish text it was made from (README,
// "Translations"); a differing hash reads as outdated.

function sourceHash(text) {
  const normalised = String(text).replace(/\r\n/g, "\n").trim();
  return $security.sha256(normalised).slice(0, 12);
}

/** A guide file's front matter lines and body, or null without front matter (guide-source.ts parseGuideFile). */
function splitGuide(raw) {
  const match = String(raw).replace(/\r\n/g, "\n").match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/);
  if (!match) return null;
  return { frontMatter: match[1] || "", body: match[2] || "" };
}

/** A top-level `name: value` of front matter, unquoted; "" when absent (indented lines are nested, not top-level). */
function frontMatterField(frontMatter, name) {
  const match = frontMatter.match(new RegExp("^" + name + ":\\s*(.*)$", "m"));
  const value = match ? match[1].trim() : "";
  return value.replace(/^(["'])(.*)\1$/, "$2");
}

/** guideSourceHash(parseGuideFile(raw)): title, description and trimmed body. "" for a file without front matter. */
function guideHash(raw) {
  const guide = splitGuide(raw);
  if (!guide) return "";
  return sourceHash([frontMatterField(guide.frontMatter, "title"), frontMatterField(guide.frontMatter, "description"), guide.body.trim()].join("\n"));
}

/** namespaceSourceHash: the sorted [key, value] pairs of a flat dictionary. */
function namespaceHash(dictionary) {
  const sorted = Object.keys(dictionary).sort().map((key) => [key, dictionary[key]]);
  return sourceHash(JSON.stringify(sorted));
}

/** objectSourceHash({term, aliases, definition}) of one Danish glossary term (keys sorted: aliases, definition, term). */
function glossaryTermHash(term) {
  return sourceHash(JSON.stringify({ aliases: term.aliases || [], definition: term.definition, term: term.term }));
}

/** The per-term hashes of the Danish glossary, by term id. */
function glossaryTermHashes(glossary) {
  const hashes = {};
  for (const term of (glossary && glossary.terms) || []) hashes[term.id] = glossaryTermHash(term);
  return hashes;
}

/**
 * One hash for a whole glossary (the store's own: files record one hash per term). For the Danish glossary it is
 * taken over its terms' hashes; for a translation over the hashes its terms record. They are equal exactly when the
 * translation has every Danish term and each records the current hash.
 */
function glossaryHashOfTermHashes(hashesById) {
  return sourceHash(JSON.stringify(Object.keys(hashesById).sort().map((id) => [id, hashesById[id]])));
}

/** What a glossary translation records: its terms' sourceHash by id. */
function recordedGlossaryTermHashes(glossary) {
  const hashes = {};
  for (const term of (glossary && glossary.terms) || []) hashes[term.id] = term.sourceHash || "";
  return hashes;
}

/**
 * The translatable Danish texts of one hub by flat key "<slug>.<path>" (src/i18n/municipality-texts.ts
 * municipalityTextKeys): the source of the `municipalities` UI namespace.
 */
function municipalityTextKeys(hub) {
  const keys = {};
  const slug = hub.slug;
  for (const contact of hub.contacts || []) keys[slug + ".contacts." + contact.id + ".description"] = contact.description;
  for (const promise of hub.promises || []) keys[slug + ".promises." + promise.id + ".text"] = promise.text;
  for (const service of hub.childrenServices || []) {
    keys[slug + ".childrenServices." + service.id + ".name"] = service.name;
    keys[slug + ".childrenServices." + service.id + ".text"] = service.text;
  }
  for (const item of hub.leisure || []) keys[slug + ".leisure." + item.id + ".text"] = item.text;
  return keys;
}

/** municipalityTextsHash(): the namespace hash of every hub's texts together. */
function municipalityTextsHash(hubs) {
  const all = {};
  for (const hub of hubs) {
    const keys = municipalityTextKeys(hub);
    for (const key of Object.keys(keys)) all[key] = keys[key];
  }
  return namespaceHash(all);
}

module.exports = {
  sourceHash, splitGuide, frontMatterField, guideHash, namespaceHash, glossaryTermHash, glossaryTermHashes,
  glossaryHashOfTermHashes, recordedGlossaryTermHashes, municipalityTextKeys, municipalityTextsHash,
};
