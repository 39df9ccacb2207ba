/// <reference path="../../.cache/pocketbase-types/types.d.ts" />
// The content store (docs/architecture.md, "Content store"): review languages on users, and every content
// change checked, stamped (lib/content-bookkeeping.js), stored with its entry's pointers and audited in one
// transaction. A save refused for a conflict writes nothing in that transaction; its text is then kept as a
// `conflict` version (own transaction, audited) and the 409 names it.

onRecordValidate((e) => {
  const { validateLanguages } = require(`${__hooks}/lib/content.js`);
  const { throwIfAny } = require(`${__hooks}/lib/errors.js`);
  const checked = validateLanguages(e.record);
  throwIfAny(checked.errors);
  e.record.set("languages", checked.canonical);
  e.next();
}, "users");

onRecordCreateRequest((e) => {
  const { prepareVersion, moveEntryPointers, keepConflict, conflictResponse } = require(`${__hooks}/lib/content.js`);
  const { applyBookkeeping, messageLanguageOf } = require(`${__hooks}/lib/content-bookkeeping.js`);
  const { actorOf, recordAudit } = require(`${__hooks}/lib/audit.js`);
  const app = e.app;
  /** @type {any} */
  let conflict = null;
  app.runInTransaction((txApp) => {
    e.app = txApp;
    const prepared = prepareVersion(e);
    if (prepared.conflict) {
      conflict = prepared;
      return; // nothing of this save is written in this transaction; the text is kept below
    }
    const entry = prepared.entry;
    applyBookkeeping(txApp, entry, e.record, { superuser: e.hasSuperuserAuth(), language: messageLanguageOf(e) });
    e.next();
    moveEntryPointers(txApp, entry, e.record);
    recordAudit(txApp, {
      actor: actorOf(e.auth), action: "content_" + e.record.getString("status"), collection: "content_versions",
      record: e.record.id, municipality: entry.getString("municipality"), detail: entry.getString("path"),
    });
  });
  if (conflict) {
    e.app = app;
    return conflictResponse(e, conflict.conflict.base, conflict.conflict.head, keepConflict(app, conflict.entry, e.record, e.auth));
  }
}, "content_versions");

// Entries are written by superusers only (the import); audited like every content change.
onRecordCreateRequest((e) => {
  require(`${__hooks}/lib/audit.js`).auditedRequest(e, "content_entry_create");
}, "content_entries");
onRecordUpdateRequest((e) => {
  require(`${__hooks}/lib/audit.js`).auditedRequest(e, "content_entry_update");
}, "content_entries");
onRecordDeleteRequest((e) => {
  require(`${__hooks}/lib/audit.js`).auditedRequest(e, "content_entry_delete");
}, "content_entries");
