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
