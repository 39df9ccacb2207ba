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

/** DELETE /api/velkommen/me: the person and everything under their plan go; the audit log keeps a pseudonym. */
function deleteMe(e) {
  const { recordAudit } = require(`${__hooks}/lib/audit.js`);
  const auth = e.auth;
  const pseudonym = "erased-" + $security.randomString(12);
  e.app.runInTransaction((txApp) => {
    const user = txApp.findRecordById("users", auth.id);
    for (const row of txApp.findRecordsByFilter("audit_log", "actor = {:me} || record = {:me}", "", 0, 0, { me: user.id })) {
      if (row.getString("actor") === user.id) row.set("actor", pseudonym);
      if (row.getString("record") === user.id) row.set("record", pseudonym);
      txApp.save(row);
    }
    // Cascades: plans (refugee), then milestones, appointments, contacts, shares; activation codes; own shares.
    txApp.delete(user);
    recordAudit(txApp, { actor: pseudonym, action: "erase", collection: "users", record: pseudonym,
      municipality: user.getString("municipality") });
  });
  return e.noContent(204);
}

module.exports = { exportMe, deleteMe };
