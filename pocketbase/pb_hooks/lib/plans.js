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
  };
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
  const errors = domain().validatePlanFacts(planFacts(record));
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

function createMilestones(app, plan) {
  const rules = domain().rulesForMunicipality(municipalitySlug(app, plan));
  const collection = app.findCollectionByNameOrId("milestones");
  for (const milestone of domain().computeMilestones(planFacts(plan), rules)) {
    const record = new Record(collection);
    record.set("plan", plan.id);
    record.set("kind", milestone.kind);
    record.set("due", milestone.due ? milestone.due + " 12:00:00.000Z" : "");
    record.set("status", "open");
    app.save(record);
  }
}

/** When T0 or arrival moves, open milestones move with it; done and skipped ones keep their dates. */
function moveOpenMilestones(app, plan) {
  const rules = domain().rulesForMunicipality(municipalitySlug(app, plan));
  const existing = app.findRecordsByFilter("milestones", "plan = {:plan}", "", 0, 0, { plan: plan.id });
  const moved = domain().moveMilestones(
    existing.map((record) => ({ kind: record.getString("kind"), due: dateOnly(record.getString("due")) || null, status: record.getString("status") })),
    planFacts(plan),
    rules,
  );
  existing.forEach((record, index) => {
    const newDue = moved[index].newDue;
    if (record.getString("status") === "open" && newDue !== (dateOnly(record.getString("due")) || null)) {
      record.set("due", newDue ? newDue + " 12:00:00.000Z" : "");
      app.save(record);
    }
  });
}

module.exports = { validatePlan, createMilestones, moveOpenMilestones, dateOnly };
