/// <reference path="../pb_data/types.d.ts" />
// Data contract: plans and what hangs under them (milestones, appointments, contacts, shares) and the audit log.
// The access rules are here, next to the schema. Hooks (pb_hooks/) add only what rules cannot express.
migrate((app) => {
  const users = app.findCollectionByNameOrId("users");
  const municipalities = app.findCollectionByNameOrId("municipalities");

  const isCaseworker = '@request.auth.role = "caseworker" && @request.auth.municipality != ""';
  const timestamps = [
    { type: "autodate", name: "created", onCreate: true },
    { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
  ];

  const plans = new Collection({
    type: "base",
    name: "plans",
    fields: [
      { type: "relation", name: "refugee", collectionId: users.id, required: true, maxSelect: 1, cascadeDelete: true },
      { type: "relation", name: "municipality", collectionId: municipalities.id, required: true, maxSelect: 1 },
      { type: "relation", name: "caseworker", collectionId: users.id, maxSelect: 1 },
      { type: "date", name: "arrival_date", required: true },
      { type: "date", name: "responsibility_date", required: true },
      { type: "text", name: "language", required: true, max: 8, pattern: "^[a-z]{2,3}$" },
      { type: "json", name: "household", required: true, maxSize: 2000 },
      ...timestamps,
    ],
    indexes: [
      "CREATE UNIQUE INDEX idx_plans_refugee ON plans (refugee)",
      "CREATE INDEX idx_plans_municipality ON plans (municipality, created)",
    ],
  });
  const ownPlan = "refugee = @request.auth.id";
  const planInOwnMunicipality = `${isCaseworker} && municipality = @request.auth.municipality`;
  plans.listRule = `${ownPlan} || (${planInOwnMunicipality})`;
  plans.viewRule = plans.listRule;
  // The refugee and caseworker must belong to the caseworker's own municipality (no forged relations).
  plans.createRule = `${isCaseworker} && @request.body.municipality = @request.auth.municipality` +
    ' && @request.body.refugee.role = "refugee" && @request.body.refugee.municipality = @request.auth.municipality' +
    ' && (@request.body.caseworker:isset = false || @request.body.caseworker = "" || (@request.body.caseworker.role = "caseworker" && @request.body.caseworker.municipality = @request.auth.municipality))';
  plans.updateRule = `${planInOwnMunicipality} && @request.body.municipality:changed = false && @request.body.refugee:changed = false` +
    ' && (@request.body.caseworker:changed = false || @request.body.caseworker = "" || (@request.body.caseworker.role = "caseworker" && @request.body.caseworker.municipality = @request.auth.municipality))';
  plans.deleteRule = planInOwnMunicipality;
  app.save(plans);

  // Children of a plan: the refugee reads their own; a caseworker reads and writes their municipality's.
  const ownChild = "plan.refugee = @request.auth.id";
  const childInOwnMunicipality = `${isCaseworker} && plan.municipality = @request.auth.municipality`;
  const createInOwnMunicipality = `${isCaseworker} && @request.body.plan.municipality = @request.auth.municipality`;
  const updateInOwnMunicipality = `${childInOwnMunicipality} && @request.body.plan:changed = false`;
  const planRelation = { type: "relation", name: "plan", collectionId: plans.id, required: true, maxSelect: 1, cascadeDelete: true };

  const milestones = new Collection({
    type: "base",
    name: "milestones",
    fields: [
      planRelation,
      { type: "select", name: "kind", required: true, maxSelect: 1, values: [
        "welcome_letter", "intro_internship", "guided_tour", "medical_check", "jobcenter_meeting",
        "integration_program_start", "integration_contract", "danish_lessons_start", "health_assessment_offer",
        "contract_follow_up", "digital_denmark", "children_school_daycare", "family_support", "volunteer_guardian",
        "program_end",
      ] },
      { type: "date", name: "due" },
      { type: "select", name: "status", required: true, maxSelect: 1, values: ["open", "done", "skipped"] },
      { type: "date", name: "done_at" },
      { type: "text", name: "note", max: 2000 },
      ...timestamps,
    ],
    indexes: [
      "CREATE INDEX idx_milestones_plan_due ON milestones (plan, due)",
      "CREATE INDEX idx_milestones_status_due ON milestones (status, due)",
    ],
  });
  milestones.listRule = `${ownChild} || (${childInOwnMunicipality})`;
  milestones.viewRule = milestones.listRule;
  milestones.createRule = createInOwnMunicipality;
  // A refugee may only mark their own milestone open or done; everything else stays as it is.
  milestones.updateRule = `(${updateInOwnMunicipality}) || (${ownChild} && @request.body.plan:changed = false` +
    " && @request.body.kind:changed = false && @request.body.due:changed = false && @request.body.note:changed = false" +
    ' && @request.body.done_at:changed = false && (@request.body.status:isset = false || @request.body.status = "done" || @request.body.status = "open"))';
  milestones.deleteRule = childInOwnMunicipality;
  app.save(milestones);

  const appointments = new Collection({
    type: "base",
    name: "appointments",
    fields: [
      planRelation,
      { type: "text", name: "title", required: true, max: 200 },
      { type: "date", name: "starts", required: true },
      { type: "date", name: "ends" },
      { type: "text", name: "place", max: 300 },
      { type: "text", name: "with", max: 200 },
      { type: "bool", name: "interpreter" },
      { type: "select", name: "status", required: true, maxSelect: 1, values: ["planned", "cancelled", "done"] },
      ...timestamps,
    ],
    indexes: ["CREATE INDEX idx_appointments_plan_starts ON appointments (plan, starts)"],
  });
  appointments.listRule = `${ownChild} || (${childInOwnMunicipality})`;
  appointments.viewRule = appointments.listRule;
  appointments.createRule = createInOwnMunicipality;
  appointments.updateRule = updateInOwnMunicipality;
  appointments.deleteRule = childInOwnMunicipality;
  app.save(appointments);

  const contacts = new Collection({
    type: "base",
    name: "contacts",
    fields: [
      planRelation,
      { type: "select", name: "role", required: true, maxSelect: 1, values: ["caseworker", "volunteer", "guardian", "organisation", "other"] },
      { type: "text", name: "name", required: true, max: 200 },
      { type: "text", name: "organisation", max: 200 },
      { type: "text", name: "phone", max: 20, pattern: "^\\+?[0-9 ]{6,19}$" },
      { type: "email", name: "email" },
      { type: "text", name: "note", max: 1000 },
      ...timestamps,
    ],
    indexes: ["CREATE INDEX idx_contacts_plan ON contacts (plan)"],
  });
  contacts.listRule = appointments.listRule;
  contacts.viewRule = appointments.listRule;
  contacts.createRule = createInOwnMunicipality;
  contacts.updateRule = updateInOwnMunicipality;
  contacts.deleteRule = childInOwnMunicipality;
  app.save(contacts);

  const shares = new Collection({
    type: "base",
    name: "shares",
    fields: [
      planRelation,
      { type: "relation", name: "created_by", collectionId: users.id, required: true, maxSelect: 1, cascadeDelete: true },
      { type: "text", name: "token_hash", required: true, max: 64, hidden: true },
      { type: "date", name: "expires", required: true },
      { type: "bool", name: "revoked" },
      { type: "select", name: "scope", required: true, maxSelect: 3, values: ["appointments", "contacts", "milestones"] },
      ...timestamps,
    ],
    indexes: [
      "CREATE UNIQUE INDEX idx_shares_token_hash ON shares (token_hash)",
      "CREATE INDEX idx_shares_plan ON shares (plan)",
    ],
  });
  shares.listRule = `${ownChild} || (${childInOwnMunicipality})`;
  shares.viewRule = shares.listRule;
  // Created only through POST /api/velkommen/shares, which returns the token once and stores its hash.
  shares.createRule = null;
  // Revoking is the only change, and it cannot be undone.
  shares.updateRule = `(${ownChild} || (${childInOwnMunicipality})) && @request.body.revoked = true` +
    " && @request.body.plan:changed = false && @request.body.created_by:changed = false && @request.body.token_hash:changed = false" +
    " && @request.body.expires:changed = false && @request.body.scope:changed = false";
  shares.deleteRule = null;
  app.save(shares);

  // Append-only. Written by hooks through $app; nobody but a superuser changes or deletes it.
  const auditLog = new Collection({
    type: "base",
    name: "audit_log",
    fields: [
      { type: "text", name: "actor", required: true, max: 100 },
      { type: "text", name: "action", required: true, max: 50 },
      { type: "text", name: "collection", required: true, max: 50 },
      { type: "text", name: "record", max: 50 },
      { type: "autodate", name: "at", onCreate: true },
      // Not in the data contract's list: lets a caseworker see a plan's history and nothing else.
      { type: "text", name: "plan", max: 50 },
      { type: "text", name: "municipality", max: 50 },
    ],
    indexes: [
      "CREATE INDEX idx_audit_record ON audit_log (record, at)",
      "CREATE INDEX idx_audit_plan ON audit_log (plan, at)",
    ],
  });
  auditLog.listRule = `${isCaseworker} && municipality = @request.auth.municipality`;
  auditLog.viewRule = auditLog.listRule;
  auditLog.createRule = null;
  auditLog.updateRule = null;
  auditLog.deleteRule = null;
  app.save(auditLog);
}, (app) => {
  for (const name of ["audit_log", "shares", "contacts", "appointments", "milestones", "plans"]) {
    app.delete(app.findCollectionByNameOrId(name));
  }
});
