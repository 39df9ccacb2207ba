/// <reference path="../../.cache/pocketbase-types/types.d.ts" />
// Plans: checked against the shared deadline rules; milestones follow from them, in the same transaction.

onRecordValidate((e) => {
  require(`${__hooks}/lib/plans.js`).validatePlan(e.app, e.record);
  e.next();
}, "plans");

onRecordCreate((e) => {
  // The data contract's default: a plan made without a residence basis is a refugee's.
  if (e.record.getString("basis") === "") e.record.set("basis", "refugee");
  e.app.runInTransaction((txApp) => {
    e.app = txApp;
    e.next();
    require(`${__hooks}/lib/plans.js`).createMilestones(txApp, e.record);
  });
}, "plans");

onRecordUpdate((e) => {
  const original = e.record.original();
  const datesChanged = original.getString("responsibility_date") !== e.record.getString("responsibility_date") ||
    original.getString("arrival_date") !== e.record.getString("arrival_date") ||
    original.getString("household") !== e.record.getString("household");
  e.app.runInTransaction((txApp) => {
    e.app = txApp;
    e.next();
    if (datesChanged) require(`${__hooks}/lib/plans.js`).moveOpenMilestones(txApp, e.record);
  });
}, "plans");

// Existing plans are not silently changed by new rules: the caseworker asks for a recomputation.
routerAdd("POST", "/api/velkommen/plans/{id}/recompute-milestones",
  (e) => require(`${__hooks}/lib/plans.js`).recomputeRequest(e), $apis.requireAuth("users", "_superusers"));

// done_at is the server's clock, never the client's.
onRecordUpdate((e) => {
  const original = e.record.original();
  if (e.record.getString("status") === "done" && original.getString("status") !== "done") {
    e.record.set("done_at", new DateTime());
  } else if (e.record.getString("status") !== "done") {
    e.record.set("done_at", "");
  }
  e.next();
}, "milestones");
