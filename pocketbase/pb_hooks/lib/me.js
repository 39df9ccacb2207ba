// GDPR rights of the signed-in person: a copy of everything (art. 15/20) and erasure (art. 17).
const PERSONAL_CHILDREN = ["milestones", "appointments", "contacts", "shares"];

function exportRecord(record) {
  const data = record.publicExport();
  delete data.token_hash;
  delete data.password;
  delete data.tokenKey;
  return data;
}

/** GET /api/velkommen/me/export */
function exportMe(e) {
  const { recordAudit } = require(`${__hooks}/lib/audit.js`);
  const refused = require(`${__hooks}/lib/accounts.js`).recoveryCooldownRefusal(e);
  if (refused) return e.json(403, refused);
  const auth = e.auth;
  const me = exportRecord(auth);
  me.email = auth.email();
  const plans = e.app.findRecordsByFilter("plans", "refugee = {:me}", "created", 0, 0, { me: auth.id });
  const result = { exportedAt: new Date().toISOString(), user: me, plans: [] };
  for (const plan of plans) {
    const entry = { plan: exportRecord(plan) };
    for (const collection of PERSONAL_CHILDREN) {
      entry[collection] = e.app.findRecordsByFilter(collection, "plan = {:plan}", "created", 0, 0, { plan: plan.id }).map(exportRecord);
    }
    result.plans.push(entry);
  }
  result.activationCodes = e.app.findRecordsByFilter("activation_codes", "user = {:me}", "created", 0, 0, { me: auth.id })
    .map((record) => ({ expires: record.getString("expires"), created: record.getString("created") }));
  result.auditLog = e.app.findRecordsByFilter("audit_log", "actor = {:me} || record = {:me}" +
    (plans.length ? " || plan = {:plan}" : ""), "at", 0, 0, { me: auth.id, plan: plans.length ? plans[0].id : "" }).map(exportRecord);
  recordAudit(e.app, { actor: auth.id, action: "export", collection: "users", record: auth.id, municipality: auth.getString("municipality") });
  e.response.header().set("Content-Disposition", 'attachment; filename="velkommen-my-data.json"');
  return e.json(200, result);
}

/**
 * DELETE /api/velkommen/me: for refugees only. The person and everything under their plan go. In the audit log the
 * refugee's id becomes a pseudonym, and so do the plan's id and the ids of the records under it, so no row links
 * the pseudonym to the plan (or to request logs that name it). Staff who acted keep their name in the log: staff
 * accounts are never erased this way, a superuser deactivates them (users.deactivated) and their trail stays.
 */
function deleteMe(e) {
  const { recordAudit } = require(`${__hooks}/lib/audit.js`);
  const auth = e.auth;
  if (auth.getString("role") !== "refugee") {
    return e.json(403, { code: "staff_cannot_erase", message: "Staff accounts are deactivated by an administrator, not erased." });
  }
  const refused = require(`${__hooks}/lib/accounts.js`).recoveryCooldownRefusal(e);
  if (refused) return e.json(403, refused);
  const pseudonym = "erased-" + $security.randomString(12);
  const linked = [auth.id];
  e.app.runInTransaction((txApp) => {
    const user = txApp.findRecordById("users", auth.id);
    const plans = txApp.findRecordsByFilter("plans", "refugee = {:me}", "", 0, 0, { me: user.id });
    for (const plan of plans) {
      linked.push(plan.id);
      for (const collection of PERSONAL_CHILDREN) {
        for (const child of txApp.findRecordsByFilter(collection, "plan = {:plan}", "", 0, 0, { plan: plan.id })) linked.push(child.id);
      }
      for (const row of txApp.findRecordsByFilter("audit_log", "plan = {:plan}", "", 0, 0, { plan: plan.id })) {
        row.set("plan", pseudonym);
        if (row.getString("record") !== "") row.set("record", pseudonym);
        if (row.getString("actor") === user.id) row.set("actor", pseudonym);
        row.set("detail", "");
        txApp.save(row);
      }
    }
    for (const row of txApp.findRecordsByFilter("audit_log", "actor = {:me} || record = {:me}", "", 0, 0, { me: user.id })) {
      if (row.getString("actor") === user.id) row.set("actor", pseudonym);
      if (row.getString("record") === user.id) row.set("record", pseudonym);
      row.set("detail", "");
      txApp.save(row);
    }
    // Cascades: plans (refugee), then milestones, appointments, contacts, shares; activation codes; own shares.
    txApp.delete(user);
    recordAudit(txApp, { actor: pseudonym, action: "erase", collection: "users", record: pseudonym,
      municipality: user.getString("municipality") });
  });
  // Request logs (kept logs.maxDays) hold URLs with these ids: drop the ones already written (best effort: the
  // logger writes in batches, so a request of the last seconds may land after this).
  try {
    for (const id of linked) {
      e.app.auxNonconcurrentDB().newQuery("DELETE FROM _logs WHERE data LIKE {:pattern}").bind({ pattern: "%" + id + "%" }).execute();
    }
  } catch (logsUnavailable) {
    // The erasure itself stands; logs expire on their own.
  }
  return e.noContent(204);
}

module.exports = { exportMe, deleteMe };
