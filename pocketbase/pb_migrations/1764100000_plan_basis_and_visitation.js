/// <reference path="../pb_data/types.d.ts" />
// Issue 11. plans.basis: the residence basis (data contract), which decides rules whose audience differs
// (e.g. the health assessment, integrationsloven § 15 d). milestones.kind: the § 17 `visitation`.
// Both value lists must equal RESIDENCE_BASES and MILESTONE_KINDS in src/domain/rules.ts; a test pins them.
// Existing plans get basis "refugee" (the default); their milestones are not touched here: a caseworker
// recomputes them when asked (POST /api/velkommen/plans/{id}/recompute-milestones, npm run plans:recompute).
migrate((app) => {
  const residenceBases = ["refugee", "quota_refugee", "family_reunified_to_refugee", "family_reunified_other"];
  const milestoneKinds = [
    "welcome_letter", "intro_internship", "guided_tour", "medical_check", "jobcenter_meeting",
    "integration_program_start", "integration_contract", "danish_lessons_start", "visitation", "health_assessment_offer",
    "contract_follow_up", "digital_denmark", "children_school_daycare", "family_support", "volunteer_guardian",
    "program_end",
  ];

  const plans = app.findCollectionByNameOrId("plans");
  plans.fields.add(new SelectField({ name: "basis", required: true, maxSelect: 1, values: residenceBases }));
  app.save(plans);
  app.db().newQuery("UPDATE plans SET basis = 'refugee' WHERE basis = '' OR basis IS NULL").execute();

  const milestones = app.findCollectionByNameOrId("milestones");
  milestones.fields.getByName("kind").values = milestoneKinds;
  app.save(milestones);
}, (app) => {
  app.db().newQuery("DELETE FROM milestones WHERE kind = 'visitation'").execute();
  const milestones = app.findCollectionByNameOrId("milestones");
  const kind = milestones.fields.getByName("kind");
  kind.values = kind.values.filter((value) => value !== "visitation");
  app.save(milestones);

  const plans = app.findCollectionByNameOrId("plans");
  plans.fields.removeByName("basis");
  app.save(plans);
});
