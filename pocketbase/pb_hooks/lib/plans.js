// Server side of plans: validation against the shared domain rules, and milestone generation.
function domain() {
  return require(`${__hooks}/generated/domain.js`);
}

function dateOnly(value) {
  return String(value || "").slice(0, 10);
}

// A json field reads as raw bytes in the JS VM; its string form is the JSON text.
function parseJson(text) {
  try {
    return JSON.parse(text || "null");
  } catch (notJson) {
    return null;
  }
}

function planFacts(record) {
  return {
    arrivalDate: dateOnly(record.getString("arrival_date")),
    responsibilityDate: dateOnly(record.getString("responsibility_date")),
    household: parseJson(record.getString("household")),
    basis: record.getString("basis") || domain().DEFAULT_RESIDENCE_BASIS,
  };
}

/** What validatePlanFacts checks: like planFacts, but keeps a bad basis so that it is reported. */
function factsToValidate(record) {
  return { ...planFacts(record), basis: record.getString("basis") };
}

function municipalitySlug(app, record) {
  const municipality = app.findRecordById("municipalities", record.getString("municipality"));
  return municipality.getString("slug");
}

/** Throws a 400 with one message per field when the plan's facts break the rules. */
function validatePlan(app, record) {
  const { fieldErrors } = require(`${__hooks}/lib/errors.js`);
  const { isKnownLocale } = require(`${__hooks}/lib/registry.js`);
  const problems = {};
  const errors = domain().validatePlanFacts(factsToValidate(record));
  for (const field of Object.keys(errors)) problems[field] = ["validation_invalid_" + field, errors[field]];
  // Our check runs before PocketBase's own field validation, so it names missing required fields itself.
  for (const field of ["refugee", "municipality", "language"]) {
    if (record.getString(field) === "") problems[field] = ["validation_required", "Cannot be blank."];
  }
  const language = record.getString("language");
  if (language && !isKnownLocale(language)) problems.language = ["validation_unknown_locale", "Unknown language code."];
  const municipalityId = record.getString("municipality");
  if (municipalityId) {
    const slug = municipalitySlug(app, record);
    if (domain().MUNICIPALITY_SLUGS.indexOf(slug) === -1) {
      problems.municipality = ["validation_no_rules", "This municipality has no data file with deadline rules."];
    }
  }
  if (Object.keys(problems).length > 0) throw fieldErrors(problems);
}

function storedDue(due) {
  return due ? due + " 12:00:00.000Z" : "";
}

function newMilestone(app, plan, milestone) {
  const record = new Record(app.findCollectionByNameOrId("milestones"));
  record.set("plan", plan.id);
  record.set("kind", milestone.kind);
  record.set("due", storedDue(milestone.due));
  record.set("status", "open");
  app.save(record);
  return record;
}

function createMilestones(app, plan) {
  const rules = domain().rulesForMunicipality(municipalitySlug(app, plan));
  for (const milestone of domain().computeMilestones(planFacts(plan), rules)) newMilestone(app, plan, milestone);
}

function storedMilestones(app, plan) {
  const records = app.findRecordsByFilter("milestones", "plan = {:plan}", "created", 0, 0, { plan: plan.id });
  return {
    records: records,
    stored: records.map((record) => ({ kind: record.getString("kind"), due: dateOnly(record.getString("due")) || null, status: record.getString("status") })),
  };
}

/** When T0 or arrival moves, open milestones move with it; done and skipped ones keep their dates. */
function moveOpenMilestones(app, plan) {
  const rules = domain().rulesForMunicipality(municipalitySlug(app, plan));
  const { records, stored } = storedMilestones(app, plan);
  const moved = domain().moveMilestones(stored, planFacts(plan), rules);
  records.forEach((record, index) => {
    const newDue = moved[index].newDue;
    if (record.getString("status") === "open" && newDue !== stored[index].due) {
      record.set("due", storedDue(newDue));
      app.save(record);
    }
  });
}

const NO_LONGER_APPLIES_NOTE = "Gælder ikke længere for denne plan efter de gældende regler (genberegnet {date}).";

/**
 * Recomputes a plan's OPEN milestones under today's rules, when a caseworker asks: moves their dates, adds
 * the milestones the plan lacks (new kinds such as the § 17 visitation, further § 20 follow-ups) and marks
 * open ones the rules no longer give this person as skipped, with a note. Done and skipped ones stay. Every
 * change writes an audit_log row in the same transaction; nothing is written on a dry run.
 */
function recomputePlanMilestones(app, plan, actor, dryRun) {
  const { recordAudit } = require(`${__hooks}/lib/audit.js`);
  const rules = domain().rulesForMunicipality(municipalitySlug(app, plan));
  const { records, stored } = storedMilestones(app, plan);
  const result = domain().recomputeMilestones(stored, planFacts(plan), rules);
  const summary = {
    plan: plan.id,
    dry_run: dryRun === true,
    moved: result.moved.map((change) => ({ milestone: records[change.index].id, kind: stored[change.index].kind, from: change.from, to: change.to })),
    added: result.added.map((milestone) => ({ milestone: "", kind: milestone.kind, due: milestone.due })),
    skipped: result.noLongerApplies.map((index) => ({ milestone: records[index].id, kind: stored[index].kind })),
  };
  if (dryRun === true) return summary;
  const municipality = plan.getString("municipality");
  app.runInTransaction((txApp) => {
    const audit = (action, collection, record) => recordAudit(txApp, { actor: actor, action: action, collection: collection, record: record, plan: plan.id, municipality: municipality });
    for (const change of result.moved) {
      const record = txApp.findRecordById("milestones", records[change.index].id);
      record.set("due", storedDue(change.to));
      txApp.save(record);
      audit("recompute_move", "milestones", record.id);
    }
    result.added.forEach((milestone, index) => {
      const record = newMilestone(txApp, plan, milestone);
      summary.added[index].milestone = record.id;
      audit("recompute_add", "milestones", record.id);
    });
    const today = new Date().toISOString().slice(0, 10);
    for (const index of result.noLongerApplies) {
      const record = txApp.findRecordById("milestones", records[index].id);
      const note = NO_LONGER_APPLIES_NOTE.replace("{date}", today);
      const earlier = record.getString("note");
      record.set("status", "skipped");
      record.set("note", (earlier ? earlier + "\n" + note : note).slice(0, 2000));
      txApp.save(record);
      audit("recompute_skip", "milestones", record.id);
    }
    audit("recompute", "plans", plan.id);
  });
  return summary;
}

/** POST /api/velkommen/plans/{id}/recompute-milestones {dry_run?}: a caseworker of the plan's municipality, or a superuser. */
function recomputeRequest(e) {
  const { bodyOf, fieldErrors, findOrNull } = require(`${__hooks}/lib/errors.js`);
  const { actorOf } = require(`${__hooks}/lib/audit.js`);
  const auth = e.auth;
  const isSuperuser = auth.collection().name === "_superusers";
  const plan = findOrNull(() => e.app.findRecordById("plans", e.request.pathValue("id")));
  const allowed = isSuperuser || (auth.getString("role") === "caseworker" && auth.getString("municipality") !== "" &&
    plan !== null && plan.getString("municipality") === auth.getString("municipality"));
  if (!plan || !allowed) throw new NotFoundError("No such plan.");
  const body = bodyOf(e);
  if (body.dry_run !== undefined && typeof body.dry_run !== "boolean") {
    throw fieldErrors({ dry_run: ["validation_invalid_dry_run", "Must be true or false."] });
  }
  return e.json(200, recomputePlanMilestones(e.app, plan, actorOf(auth), body.dry_run === true));
}

module.exports = { validatePlan, createMilestones, moveOpenMilestones, recomputePlanMilestones, recomputeRequest, dateOnly };
