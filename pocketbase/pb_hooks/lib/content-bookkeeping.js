// What the server writes into a text when a person saves it (docs/architecture.md, "Content store"), in the
// save's transaction, so the files stay the single truth the site and the export read:
// - a translator's save records the hash of the Danish text as live now (guide `sourceHash:`, glossary term
//   `sourceHash`es, namespace version field → _status.json at export), and `translation:`/`reviewed:` follow
//   translation_status;
// - a published Danish guide whose source text (title, description, body) differs from the live one gets
//   `changed: <today, Danish day>`;
// - a hub, a guide's front matter, the glossary and a UI text namespace are checked field by field, so a save the
//   server takes never breaks the site build (400 with JSON-path keys, Danish or English by Accept-Language).
// Imports (superuser) are never touched: the export must give back the pack byte for byte.

function todayInDenmark() {
  return require(`${__hooks}/generated/domain.js`).danishToday(new Date());
}

const SUMMARIES = {
  municipality: ["Kommunens data har fejl; se hvert felt.", "The municipality's data has mistakes; see each field."],
  guide: ["Guidens forside (front matter) har fejl; se hvert felt.", "The guide's front matter has mistakes; see each field."],
  glossary: ["Ordlisten har fejl; se hvert felt.", "The glossary has mistakes; see each field."],
  namespace: ["UI-teksterne har fejl; se hver tekst.", "The UI texts have mistakes; see each text."],
};

/** A 400 with one message per JSON path (PocketBase's own validation error shape). */
function problemErrors(problems, language, kind) {
  const data = {};
  for (const path of Object.keys(problems)) data[path] = new ValidationError(problems[path].code, problems[path].message);
  const summary = SUMMARIES[kind] || SUMMARIES.municipality;
  return new BadRequestError(language === "en" ? summary[1] : summary[0], data);
}


function checkHub(entry, body, language) {
  const { validateHub } = require(`${__hooks}/generated/domain.js`);
  let parsed;
  try {
    parsed = JSON.parse(body);
  } catch (notJson) {
    return; // prepareVersion already answered "not JSON" for the body
  }
  const problems = validateHub(parsed, { slug: entry.getString("key"), language });
  if (Object.keys(problems).length > 0) throw problemErrors(problems, language, "municipality");
}

/**
 * A guide, the glossary or a UI text namespace as the site build reads it (src/domain/content-validation.ts); a
 * translated namespace keeps the placeholders of the live Danish messages. Run on the body as it will be stored.
 */
function checkText(app, entry, body, language) {
  const { validateGlossary, validateGuide, validateNamespace } = require(`${__hooks}/generated/domain.js`);
  const { currentDanishSource, parseOrNull } = require(`${__hooks}/lib/content-source.js`);
  const kind = entry.getString("kind");
  const key = entry.getString("key");
  let problems = {};
  if (kind === "guide") problems = validateGuide(body, { language });
  else if (kind === "glossary" || kind === "namespace") {
    const parsed = parseOrNull(body);
    if (parsed === null) return; // prepareVersion already answered "not JSON" for the body
    if (kind === "glossary") problems = validateGlossary(parsed, { language });
    else {
      const danish = entry.getString("locale") === "da" ? null : parseOrNull(currentDanishSource(app, "namespace", key).body);
      problems = validateNamespace(parsed, { namespace: key, danish, language });
    }
  }
  if (Object.keys(problems).length > 0) throw problemErrors(problems, language, kind);
}

/** Stamps a translation with the current Danish hash and its review state. */
function stampTranslation(app, entry, record) {
  const { currentDanishSource } = require(`${__hooks}/lib/content-source.js`);
  const { setFrontMatterLine, editJson, editGlossaryTermHashes } = require(`${__hooks}/lib/content-texts.js`);
  const kind = entry.getString("kind");
  const danish = currentDanishSource(app, kind, entry.getString("key"));
  const reviewed = record.getString("translation_status") === "reviewed";
  const status = reviewed ? "reviewed" : "machine";
  const today = todayInDenmark();
  let body = record.getString("body");
  if (kind === "guide") {
    body = setFrontMatterLine(body, "translation", status, "sources");
    body = setFrontMatterLine(body, "reviewed", reviewed ? today : null, "translation");
    if (danish.hash) body = setFrontMatterLine(body, "sourceHash", '"' + danish.hash + '"', "reviewed");
  } else if (kind === "glossary") {
    const termHashes = danish.termHashes || {};
    body = editJson(editGlossaryTermHashes(body, termHashes), (glossary) => {
      /** @type {Record<string, any>} */
      const stamped = {};
      for (const key of Object.keys(glossary)) {
        if (key === "reviewed") continue;
        stamped[key] = key === "translation" ? status : glossary[key];
        if (key === "translation" && reviewed) stamped.reviewed = today;
      }
      if (!("translation" in stamped)) stamped.translation = status;
      if (reviewed && !("reviewed" in stamped)) stamped.reviewed = today;
      if (Array.isArray(stamped.terms)) {
        stamped.terms = stamped.terms.map((term) => (term && termHashes[term.id] ? Object.assign({}, term, { sourceHash: termHashes[term.id] }) : term));
      }
      return stamped;
    }, [
      { key: "translation", value: status },
      { key: "reviewed", value: reviewed ? today : undefined, after: "translation" },
    ]);
  }
  record.set("body", body);
  if (danish.hash) record.set("source_hash", danish.hash);
}

/** A Danish guide published with a new source text says since when: `changed: <today>`. */
function stampChangedGuide(app, entry, record) {
  const { guideHash } = require(`${__hooks}/lib/content-hash.js`);
  const { bodyOfVersion } = require(`${__hooks}/lib/content-source.js`);
  const { setFrontMatterLine } = require(`${__hooks}/lib/content-texts.js`);
  const live = bodyOfVersion(app, entry.getString("published_version"));
  const body = record.getString("body");
  if (live === "" || guideHash(live) === guideHash(body)) return;
  record.set("body", setFrontMatterLine(body, "changed", todayInDenmark(), "checked"));
}

/**
 * Applies the bookkeeping to a new version before it is stored. `options.stamp` = false keeps a restored
 * translation's own hash (it was made from an older Danish text, and saying otherwise would hide that).
 */
function applyBookkeeping(app, entry, record, options) {
  if (options.superuser) return;
  const kind = entry.getString("kind");
  const locale = entry.getString("locale");
  const status = record.getString("status");
  if (kind === "municipality") checkHub(entry, record.getString("body"), options.language);
  const isTranslation = locale !== "da" && locale !== "" && (kind === "guide" || kind === "glossary" || kind === "namespace");
  if (isTranslation && options.stamp !== false) stampTranslation(app, entry, record);
  if (kind === "guide" && locale === "da" && status === "published") stampChangedGuide(app, entry, record);
  if (kind === "guide" || kind === "glossary" || kind === "namespace") checkText(app, entry, record.getString("body"), options.language);
}

/** The checked date a published body names: a guide's `checked:`, a hub's `lastChecked`; "" for other texts. */
function checkedOnOf(entry, body) {
  const { frontMatterValue } = require(`${__hooks}/lib/content-texts.js`);
  const { isIsoDate } = require(`${__hooks}/generated/domain.js`);
  const kind = entry.getString("kind");
  let value = "";
  if (kind === "guide") value = frontMatterValue(body, "checked");
  if (kind === "municipality") {
    try {
      value = String(JSON.parse(body).lastChecked || "");
    } catch (notJson) {
      value = "";
    }
  }
  return isIsoDate(value) ? value : "";
}

/** The Accept-Language choice for messages: "en" or (default) "da". */
function messageLanguageOf(e) {
  const { hubMessageLanguage } = require(`${__hooks}/generated/domain.js`);
  // requestInfo() works for route and record request events alike (record events have no e.request in the JSVM);
  // its header names are lowercase with "_" for "-".
  const headers = e.requestInfo().headers || {};
  return hubMessageLanguage(headers.accept_language || "");
}

module.exports = { applyBookkeeping, checkedOnOf, messageLanguageOf, todayInDenmark, checkHub, checkText };
