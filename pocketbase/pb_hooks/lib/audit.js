// The audit log: one row for every change of personal data and every use of a share.
// Callers pass the app of their transaction, so the row is written together with the change or not at all.

/** Who did it, as a stable id: a user id, "superuser:<id>", or "anonymous". */
function actorOf(auth) {
  if (!auth) return "anonymous";
  if (auth.collection().name === "_superusers") return "superuser:" + auth.id;
  return auth.id;
}

/** The plan and municipality a record belongs to, so caseworkers can read a plan's history. */
function scopeOf(app, record) {
  const collection = record.collection().name;
  if (collection === "plans") return { plan: record.id, municipality: record.getString("municipality") };
  if (collection === "users") return { plan: "", municipality: record.getString("municipality") };
  const planId = record.getString("plan");
  if (!planId) return { plan: "", municipality: "" };
  try {
    const plan = app.findRecordById("plans", planId);
    return { plan: planId, municipality: plan.getString("municipality") };
  } catch (notFound) {
    return { plan: planId, municipality: "" };
  }
}

function recordAudit(app, entry) {
  const row = new Record(app.findCollectionByNameOrId("audit_log"));
  row.set("actor", entry.actor);
  row.set("action", entry.action);
  row.set("collection", entry.collection);
  row.set("record", entry.record || "");
  row.set("plan", entry.plan || "");
  row.set("municipality", entry.municipality || "");
  row.set("detail", entry.detail || "");
  app.save(row);
}

const HOUR_MS = 3600000;

/**
 * Writes a row at most once per key and hour (repeated reads and share opens would otherwise flood the log).
 * The memory of what was written is the app store; after a restart the next use writes one row again.
 */
function recordOncePerHour(app, key, entry) {
  const storeKey = "velkommen.audit." + key;
  const hour = Math.floor(Date.now() / HOUR_MS);
  if (app.store().get(storeKey) === hour) return;
  app.store().set(storeKey, hour);
  recordAudit(app, entry);
}

/** A staff member (anyone signed in who is not a refugee reading their own) read personal data. */
function recordStaffRead(e, action, collection, record, plan, detail) {
  const auth = e.auth;
  if (!auth || e.hasSuperuserAuth() || auth.getString("role") === "refugee") return;
  recordOncePerHour(e.app, [auth.id, action, collection, record, detail].join("|"), {
    actor: auth.id, action: action, collection: collection, record: record, plan: plan,
    municipality: auth.getString("municipality"), detail: detail,
  });
}

/** Runs a create/update/delete request in a transaction and audits it in the same transaction. */
function auditedRequest(e, action) {
  e.app.runInTransaction((txApp) => {
    e.app = txApp;
    e.next();
    const scope = scopeOf(txApp, e.record);
    recordAudit(txApp, {
      actor: actorOf(e.auth),
      action: action,
      collection: e.record.collection().name,
      record: e.record.id,
      plan: scope.plan,
      municipality: scope.municipality,
    });
  });
}

module.exports = { actorOf, scopeOf, recordAudit, recordOncePerHour, recordStaffRead, auditedRequest };
