/// <reference path="../pb_data/types.d.ts" />
// PocketBase checks create rules before field validation, and a rule that compares a missing body field fails
// with a bare 400. A caseworker who forgets a field should be told which one. So the create rules accept a
// missing or empty relation, which is safe: the field is `required`, and validation then refuses it by name.
migrate((app) => {
  const isCaseworker = '@request.auth.role = "caseworker" && @request.auth.municipality != ""';
  const missing = (field) => `@request.body.${field}:isset = false || @request.body.${field} = ""`;

  const plans = app.findCollectionByNameOrId("plans");
  plans.createRule = `${isCaseworker}` +
    ` && (${missing("municipality")} || @request.body.municipality = @request.auth.municipality)` +
    ` && (${missing("refugee")} || (@request.body.refugee.role = "refugee" && @request.body.refugee.municipality = @request.auth.municipality))` +
    ` && (${missing("caseworker")} || (@request.body.caseworker.role = "caseworker" && @request.body.caseworker.municipality = @request.auth.municipality))`;
  app.save(plans);

  for (const name of ["milestones", "appointments", "contacts"]) {
    const collection = app.findCollectionByNameOrId(name);
    collection.createRule = `${isCaseworker} && (${missing("plan")} || @request.body.plan.municipality = @request.auth.municipality)`;
    app.save(collection);
  }
}, (app) => {
  const isCaseworker = '@request.auth.role = "caseworker" && @request.auth.municipality != ""';
  const plans = app.findCollectionByNameOrId("plans");
  plans.createRule = `${isCaseworker} && @request.body.municipality = @request.auth.municipality` +
    ' && @request.body.refugee.role = "refugee" && @request.body.refugee.municipality = @request.auth.municipality' +
    ' && (@request.body.caseworker:isset = false || @request.body.caseworker = "" || (@request.body.caseworker.role = "caseworker" && @request.body.caseworker.municipality = @request.auth.municipality))';
  app.save(plans);
  for (const name of ["milestones", "appointments", "contacts"]) {
    const collection = app.findCollectionByNameOrId(name);
    collection.createRule = `${isCaseworker} && @request.body.plan.municipality = @request.auth.municipality`;
    app.save(collection);
  }
});
