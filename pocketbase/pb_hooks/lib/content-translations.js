// POST /api/velkommen/content/translations {danish_entry, locale, body, translation_status, status?}: a translator
// writes the first text of a translation that does not exist yet (a "missing" item of the queue). The entry and its
// first version are created together, with the same checks and bookkeeping as every save, and audited.

function createTranslation(e) {
  const { requireWriter, languagesOf } = require(`${__hooks}/lib/content-access.js`);
  const { bodyOf, fieldErrors, findOrNull } = require(`${__hooks}/lib/errors.js`);
  const { translationPathOf, findByPath } = require(`${__hooks}/lib/content-source.js`);
  const { storeVersion, entrySummary, versionSummary } = require(`${__hooks}/lib/content-workflow.js`);
  const { messageLanguageOf } = require(`${__hooks}/lib/content-bookkeeping.js`);
  const { actorOf, recordAudit } = require(`${__hooks}/lib/audit.js`);
  const auth = requireWriter(e, ["translator"]);
  const request = bodyOf(e);
  const locale = typeof request.locale === "string" ? request.locale : "";
  // The language is checked first: a translator never learns anything about a language that is not theirs.
  if (locale === "" || locale === "da" || languagesOf(auth).indexOf(locale) === -1) {
    throw new ForbiddenError(locale === "da" ? "Danish is written by editors." : "You review other languages than " + (locale || "(none)") + ".");
  }
  const errors = {};
  const danish = typeof request.danish_entry === "string" && request.danish_entry !== ""
    ? findOrNull(() => e.app.findRecordById("content_entries", request.danish_entry)) : null;
  const kind = danish ? danish.getString("kind") : "";
  if (!danish || danish.getString("locale") !== "da" || (kind !== "guide" && kind !== "glossary" && kind !== "namespace")) {
    errors.danish_entry = ["validation_unknown_entry", "No Danish guide, glossary or UI text with this id."];
  }
  if (typeof request.body !== "string" || request.body.trim() === "") errors.body = ["validation_required", "The text is empty."];
  const translationStatus = request.translation_status === undefined || request.translation_status === "" ? "machine" : request.translation_status;
  if (translationStatus !== "machine" && translationStatus !== "reviewed") errors.translation_status = ["validation_invalid_value", "machine or reviewed."];
  const status = request.status === undefined || request.status === "" ? "draft" : request.status;
  if (status !== "draft" && status !== "published") errors.status = ["validation_invalid_value", "draft or published."];
  if (Object.keys(errors).length > 0) throw fieldErrors(errors);

  const path = translationPathOf(kind, danish.getString("key"), locale);
  const existing = findByPath(e.app, path);
  if (existing) throw fieldErrors({ locale: ["validation_translation_exists", "This translation exists already (" + existing.id + "); save a new version of it."] });
  /** @type {any} */
  let stored = null;
  e.app.runInTransaction((txApp) => {
    const entry = new Record(txApp.findCollectionByNameOrId("content_entries"));
    entry.set("path", path);
    entry.set("kind", kind);
    entry.set("key", danish.getString("key"));
    entry.set("locale", locale);
    txApp.save(entry);
    recordAudit(txApp, { actor: actorOf(auth), action: "content_entry_create", collection: "content_entries", record: entry.id, detail: path });
    stored = storeVersion(txApp, auth, entry, { body: request.body, status, translation_status: translationStatus },
      { action: "content_" + status, language: messageLanguageOf(e) });
  });
  return e.json(200, { entry: entrySummary(stored.entry), version: versionSummary(stored.version) });
}

module.exports = { createTranslation };
