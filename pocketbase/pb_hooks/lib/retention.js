// Retention: what the portal no longer needs is deleted on a schedule (GDPR art. 5(1)(e), storage limitation).
//   - shares that expired or were revoked, and activation codes that expired (after EXPIRED_ACCESS_GRACE_DAYS);
//   - PocketBase request logs older than REQUEST_LOG_RETENTION_DAYS (they hold IPs and URLs with record ids);
//   - plans whose programme ended more than the municipality's period ago (its data file, as data controller),
//     with the refugee's account when it has no other plan; the audit log keeps only a pseudonym.
// Every deletion is audited with the actor "system:retention". A final "retention_run" row records the run.
const ACTOR = "system:retention";

/** The clock: real time, or VELKOMMEN_FIXED_CLOCK for tests (never in production). */
function now() {
  const fixed = ($os.getenv("VELKOMMEN_FIXED_CLOCK") || "").trim();
  if (fixed && $os.getenv("VELKOMMEN_MODE") !== "production") return new Date(fixed);
  return new Date();
}

/** PocketBase's stored date format: "YYYY-MM-DD HH:MM:SS.sssZ". */
function pbDate(date) {
  return date.toISOString().replace("T", " ");
}

function deleteAudited(txApp, record, collection, municipality) {
  const { recordAudit } = require(`${__hooks}/lib/audit.js`);
  const id = record.id;
  txApp.delete(record);
  recordAudit(txApp, { actor: ACTOR, action: "retention_delete", collection: collection, record: id, municipality: municipality || "" });
}

function deleteExpiredAccess(app, clock, domain) {
  const cutoff = pbDate(new Date(clock.getTime() - domain.EXPIRED_ACCESS_GRACE_DAYS * 86400000));
  let shares = 0;
  let codes = 0;
  for (const share of app.findRecordsByFilter("shares", "expires < {:cutoff} || revoked = true", "", 0, 0, { cutoff: cutoff })) {
    app.runInTransaction((txApp) => deleteAudited(txApp, share, "shares", ""));
    shares++;
  }
  for (const code of app.findRecordsByFilter("activation_codes", "expires < {:cutoff}", "", 0, 0, { cutoff: cutoff })) {
    app.runInTransaction((txApp) => deleteAudited(txApp, code, "activation_codes", ""));
    codes++;
  }
  return { shares: shares, codes: codes };
}

/** The programme's end: its program_end milestone, else responsibility date + 5 years (the statutory maximum). */
function programmeEnd(app, plan, domain) {
  const milestones = app.findRecordsByFilter("milestones", "plan = {:plan} && kind = 'program_end'", "", 1, 0, { plan: plan.id });
  if (milestones.length > 0 && milestones[0].getString("due")) return milestones[0].getString("due").slice(0, 10);
  const responsibility = plan.getString("responsibility_date").slice(0, 10);
  return responsibility ? domain.addOffset(responsibility, { years: 5 }) : null;
}

function deleteEndedPlans(app, clock, domain) {
  const today = clock.toISOString().slice(0, 10);
  const slugs = {};
  for (const municipality of app.findRecordsByFilter("municipalities", "id != ''", "", 0, 0)) slugs[municipality.id] = municipality.getString("slug");
  let deleted = 0;
  for (const plan of app.findRecordsByFilter("plans", "id != ''", "", 0, 0)) {
    const end = programmeEnd(app, plan, domain);
    if (!end) continue;
    const municipalityId = plan.getString("municipality");
    const deletableFrom = domain.planDeletableFrom(end, domain.planRetentionYears(slugs[municipalityId] || ""));
    if (today < deletableFrom) continue;
    app.runInTransaction((txApp) => erasePlan(txApp, plan, municipalityId));
    deleted++;
  }
  return deleted;
}

/** Deletes the plan (children cascade) and, when it was their only plan, the refugee; pseudonymises the audit log. */
function erasePlan(txApp, plan, municipalityId) {
  const { recordAudit } = require(`${__hooks}/lib/audit.js`);
  const pseudonym = "erased-" + $security.randomString(12);
  const refugeeId = plan.getString("refugee");
  const otherPlans = txApp.findRecordsByFilter("plans", "refugee = {:refugee} && id != {:plan}", "", 1, 0, { refugee: refugeeId, plan: plan.id });
  const eraseRefugee = otherPlans.length === 0;
  const filter = eraseRefugee ? "plan = {:plan} || actor = {:refugee} || record = {:refugee}" : "plan = {:plan}";
  for (const row of txApp.findRecordsByFilter("audit_log", filter, "", 0, 0, { plan: plan.id, refugee: refugeeId })) {
    if (row.getString("plan") === plan.id) row.set("plan", pseudonym);
    if (row.getString("record") === plan.id) row.set("record", pseudonym);
    if (eraseRefugee && row.getString("actor") === refugeeId) row.set("actor", pseudonym);
    if (eraseRefugee && row.getString("record") === refugeeId) row.set("record", pseudonym);
    txApp.save(row);
  }
  if (eraseRefugee) {
    txApp.delete(txApp.findRecordById("users", refugeeId)); // cascades to the plan, its children and codes
  } else {
    txApp.delete(plan);
  }
  recordAudit(txApp, { actor: ACTOR, action: "retention_delete", collection: "plans", record: pseudonym, municipality: municipalityId });
}

function runRetention(app) {
  const domain = require(`${__hooks}/generated/domain.js`);
  const { recordAudit } = require(`${__hooks}/lib/audit.js`);
  const clock = now();
  const access = deleteExpiredAccess(app, clock, domain);
  const plans = deleteEndedPlans(app, clock, domain);
  const logsBefore = new Date(clock.getTime() - domain.REQUEST_LOG_RETENTION_DAYS * 86400000);
  app.deleteOldLogs(logsBefore);
  const summary = "s" + access.shares + " c" + access.codes + " p" + plans + " logs<" + logsBefore.toISOString().slice(0, 10);
  recordAudit(app, { actor: ACTOR, action: "retention_run", collection: "_retention", record: summary, municipality: "" });
  app.logger().info("retention run", "shares", access.shares, "codes", access.codes, "plans", plans, "logsBefore", logsBefore.toISOString());
  return { shares: access.shares, codes: access.codes, plans: plans };
}

module.exports = { runRetention };
