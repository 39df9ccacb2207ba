// POST /api/velkommen/plans {name, email, language, arrival_date, responsibility_date, household, basis?}:
// a caseworker creates the refugee's account and the plan in ONE transaction, so a failed plan never leaves
// an orphan account. The refugee gets no usable password; they choose one with the letter's activation code.
function createPlanWithRefugee(e) {
  const { bodyOf } = require(`${__hooks}/lib/errors.js`);
  const { recordAudit } = require(`${__hooks}/lib/audit.js`);
  const auth = e.auth;
  const municipality = auth.getString("municipality");
  if (auth.getString("role") !== "caseworker" || municipality === "") {
    throw new ForbiddenError("Only a caseworker can create plans.");
  }
  const body = bodyOf(e);
  let planId = "";
  e.app.runInTransaction((txApp) => {
    const refugee = new Record(txApp.findCollectionByNameOrId("users"));
    refugee.set("name", typeof body.name === "string" ? body.name : "");
    refugee.set("email", typeof body.email === "string" ? body.email : "");
    refugee.set("role", "refugee");
    refugee.set("municipality", municipality);
    refugee.set("language", typeof body.language === "string" ? body.language : "");
    refugee.setPassword($security.randomString(40));
    txApp.save(refugee);

    const plan = new Record(txApp.findCollectionByNameOrId("plans"));
    plan.set("refugee", refugee.id);
    plan.set("municipality", municipality);
    plan.set("caseworker", auth.id);
    plan.set("language", body.language);
    plan.set("arrival_date", body.arrival_date);
    plan.set("responsibility_date", body.responsibility_date);
    plan.set("household", body.household);
    // Absent: the default ("refugee"). Anything else is checked by the plan's validation, which names the field
    // together with any other bad field. A list or number is passed as a word that no basis has, because the
    // select field would otherwise coerce ["refugee"] into a valid value.
    if (body.basis !== undefined && body.basis !== null) plan.set("basis", typeof body.basis === "string" ? body.basis : "(" + typeof body.basis + ")");
    txApp.save(plan);
    planId = plan.id;

    for (const [collection, record] of [["users", refugee.id], ["plans", plan.id]]) {
      recordAudit(txApp, { actor: auth.id, action: "create", collection: collection, record: record, plan: plan.id, municipality: municipality });
    }
  });
  return e.json(200, { plan: planId });
}

module.exports = { createPlanWithRefugee };
