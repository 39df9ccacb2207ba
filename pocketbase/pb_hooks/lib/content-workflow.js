// The editor/translator workflow endpoints that make a new version from an existing one: publish, restore and
// confirm (POST /api/velkommen/content/{entry}/…). Each writes one new, immutable version through the same checks
// and bookkeeping as a save (lib/content.js, lib/content-bookkeeping.js), moves the pointers and audits it, all in
// one transaction.

function entrySummary(entry) {
  const fields = ["id", "path", "kind", "key", "locale", "municipality", "head_version", "published_version", "upstream_version", "checked_on"];
  const summary = {};
  for (const field of fields) summary[field] = entry.getString(field);
  summary.published_at = entry.getString("published_at");
  summary.upstream_changed = entry.getBool("upstream_changed");
  return summary;
}

function versionSummary(version) {
  const fields = ["id", "entry", "status", "origin", "author", "base_version", "translation_status", "source_hash", "reviewed_by", "reviewed_at", "created", "body"];
  const summary = {};
  for (const field of fields) summary[field] = version.getString(field);
  return summary;
}

/**
 * Stores a new version of `entry` made by `auth` (base = the entry's head), in `txApp`'s transaction, and audits
 * it as `action`. `fields`: body, status, translation_status, source_hash. Returns { entry, version }.
 */
function storeVersion(txApp, auth, entry, fields, options) {
  const { prepareVersion, moveEntryPointers } = require(`${__hooks}/lib/content.js`);
  const { applyBookkeeping } = require(`${__hooks}/lib/content-bookkeeping.js`);
  const { actorOf, recordAudit } = require(`${__hooks}/lib/audit.js`);
  const record = new Record(txApp.findCollectionByNameOrId("content_versions"));
  record.set("entry", entry.id);
  record.set("base_version", entry.getString("head_version"));
  for (const field of Object.keys(fields)) record.set(field, fields[field]);
  const prepared = prepareVersion({ app: txApp, record, auth, hasSuperuserAuth: () => false });
  applyBookkeeping(txApp, prepared.entry, record, { superuser: false, language: options.language, stamp: options.stamp });
  txApp.save(record);
  moveEntryPointers(txApp, prepared.entry, record);
  recordAudit(txApp, {
    actor: actorOf(auth), action: options.action, collection: "content_versions", record: record.id,
    municipality: prepared.entry.getString("municipality"), detail: prepared.entry.getString("path"),
  });
  return { entry: prepared.entry, version: record };
}

/** A version of this entry named in the body's `version`, or a 400 for the field. */
function versionOfEntry(app, entry, versionId) {
  const { fieldErrors, findOrNull } = require(`${__hooks}/lib/errors.js`);
  if (typeof versionId !== "string" || versionId === "") throw fieldErrors({ version: ["validation_required", "Name the version."] });
  const version = findOrNull(() => app.findRecordById("content_versions", versionId));
  if (!version || version.getString("entry") !== entry.id) throw fieldErrors({ version: ["validation_unknown_version", "This text has no version " + versionId + "."] });
  return version;
}

function answer(e, stored) {
  return e.json(200, { entry: entrySummary(stored.entry), version: versionSummary(stored.version) });
}

/** POST {entry}/publish {version?}: the head (a draft) becomes live as a new published version. */
function publish(e) {
  const { requireWriter, requireWritableEntry } = require(`${__hooks}/lib/content-access.js`);
  const { bodyOf } = require(`${__hooks}/lib/errors.js`);
  const { conflictResponse } = require(`${__hooks}/lib/content.js`);
  const { messageLanguageOf } = require(`${__hooks}/lib/content-bookkeeping.js`);
  const auth = requireWriter(e);
  const entry = requireWritableEntry(e, auth);
  const head = entry.getString("head_version");
  const request = bodyOf(e);
  const version = versionOfEntry(e.app, entry, request.version === undefined || request.version === "" ? head : request.version);
  if (version.id !== head) {
    return conflictResponse(e, version.id, head, version.id, "This is not the latest version of the text (someone saved after it). " +
      "Open the latest, or restore this one first.");
  }
  if (head === entry.getString("published_version")) {
    return e.json(200, { entry: entrySummary(entry), version: versionSummary(version), unchanged: true });
  }
  /** @type {any} */
  let stored = null;
  e.app.runInTransaction((txApp) => {
    stored = storeVersion(txApp, auth, entry, {
      body: version.getString("body"), status: "published",
      translation_status: version.getString("translation_status"), source_hash: version.getString("source_hash"),
    }, { action: "content_published", language: messageLanguageOf(e), stamp: false });
  });
  return answer(e, stored);
}

/** POST {entry}/restore {version, publish?}: an earlier version's text as a new draft (or published) version. */
function restore(e) {
  const { requireWriter, requireWritableEntry } = require(`${__hooks}/lib/content-access.js`);
  const { bodyOf, fieldErrors } = require(`${__hooks}/lib/errors.js`);
  const { messageLanguageOf } = require(`${__hooks}/lib/content-bookkeeping.js`);
  const auth = requireWriter(e);
  const entry = requireWritableEntry(e, auth);
  const request = bodyOf(e);
  if (request.publish !== undefined && typeof request.publish !== "boolean") throw fieldErrors({ publish: ["validation_boolean", "publish is true or false."] });
  const version = versionOfEntry(e.app, entry, request.version);
  /** @type {any} */
  let stored = null;
  e.app.runInTransaction((txApp) => {
    // A restored translation keeps the hash it was made from: it may well be outdated, and should say so.
    stored = storeVersion(txApp, auth, entry, {
      body: version.getString("body"), status: request.publish === true ? "published" : "draft",
      translation_status: version.getString("translation_status"), source_hash: version.getString("source_hash"),
    }, { action: "content_restored", language: messageLanguageOf(e), stamp: false });
    // Putting the newer national text live deals with "the national text changed".
    if (request.publish === true && version.id === stored.entry.getString("upstream_version") && stored.entry.getBool("upstream_changed")) {
      stored.entry.set("upstream_changed", false);
      txApp.save(stored.entry);
    }
  });
  return answer(e, stored);
}

/** POST {entry}/confirm: "still valid": the live text again, with today's Danish day as its checked date. */
function confirm(e) {
  const { requireWriter, requireWritableEntry } = require(`${__hooks}/lib/content-access.js`);
  const { fieldErrors } = require(`${__hooks}/lib/errors.js`);
  const { bodyOfVersion } = require(`${__hooks}/lib/content-source.js`);
  const { setFrontMatterLine, editJson } = require(`${__hooks}/lib/content-texts.js`);
  const { messageLanguageOf, todayInDenmark } = require(`${__hooks}/lib/content-bookkeeping.js`);
  const auth = requireWriter(e, ["editor"]);
  const entry = requireWritableEntry(e, auth);
  const kind = entry.getString("kind");
  if (kind !== "guide" && kind !== "municipality") throw fieldErrors({ entry: ["validation_no_checked_date", "Only guides and hubs have a checked date."] });
  const published = entry.getString("published_version");
  if (published === "") throw fieldErrors({ entry: ["validation_not_published", "This text is not live yet: publish it first."] });
  if (entry.getString("head_version") !== published) {
    return e.json(409, {
      status: 409, message: "This text has a newer draft than the live one: publish or restore first, then confirm.",
      data: { head_version: { code: "unpublished_draft", message: entry.getString("head_version") } },
    });
  }
  const today = todayInDenmark();
  const live = bodyOfVersion(e.app, published);
  const body = kind === "guide"
    ? setFrontMatterLine(live, "checked", today, "order")
    : editJson(live, (hub) => Object.assign({}, hub, { lastChecked: today }), [{ key: "lastChecked", value: today, after: "apiOrigin" }]);
  /** @type {any} */
  let stored = null;
  e.app.runInTransaction((txApp) => {
    stored = storeVersion(txApp, auth, entry, { body, status: "published" }, { action: "content_confirmed", language: messageLanguageOf(e), stamp: false });
  });
  return answer(e, stored);
}

module.exports = { entrySummary, versionSummary, storeVersion, publish, restore, confirm };
