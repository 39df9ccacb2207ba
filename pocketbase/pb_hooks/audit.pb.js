/// <reference path="../../.cache/pocketbase-types/types.d.ts" />
// Every create, update and delete of personal data through the API lands in audit_log, in the same transaction.
// (Share uses and the custom endpoints audit themselves; see lib/audit.js.)

onRecordCreateRequest((e) => {
  require(`${__hooks}/lib/audit.js`).auditedRequest(e, "create");
}, "users", "plans", "milestones", "appointments", "contacts", "shares");

onRecordUpdateRequest((e) => {
  require(`${__hooks}/lib/audit.js`).auditedRequest(e, "update");
}, "users", "plans", "milestones", "appointments", "contacts", "shares");

onRecordDeleteRequest((e) => {
  require(`${__hooks}/lib/audit.js`).auditedRequest(e, "delete");
}, "users", "plans", "milestones", "appointments", "contacts", "shares");

// Staff reads of personal data (views and lists) leave a trace too: at most one row per person, record and hour.
onRecordViewRequest((e) => {
  e.next();
  const { recordStaffRead, scopeOf } = require(`${__hooks}/lib/audit.js`);
  recordStaffRead(e, "view", e.collection.name, e.record.id, scopeOf(e.app, e.record).plan, "");
}, "users", "plans", "milestones", "appointments", "contacts", "shares");

onRecordsListRequest((e) => {
  e.next();
  const { recordStaffRead } = require(`${__hooks}/lib/audit.js`);
  recordStaffRead(e, "list", e.collection.name, "", "", String(e.requestInfo().query["filter"] || "").slice(0, 500));
}, "users", "plans", "milestones", "appointments", "contacts", "shares");
