// Shares: a refugee lets a volunteer see part of the plan until a date. The token is handed out once and only
// its SHA-256 is stored. Volunteers open it with POST /api/velkommen/shared {token}: the token never sits in a URL.
function domain() {
  return require(`${__hooks}/generated/domain.js`);
}

/** POST /api/velkommen/shares {expires, scope}: for the signed-in refugee's own plan. */
function createShare(e) {
  const { bodyOf, findOrNull, throwIfAny } = require(`${__hooks}/lib/errors.js`);
  const { recordAudit } = require(`${__hooks}/lib/audit.js`);
  const auth = e.auth;
  const plan = findOrNull(() => e.app.findFirstRecordByData("plans", "refugee", auth.id));
  if (!plan || auth.getString("role") !== "refugee") throw new ForbiddenError("Only a refugee can share their own plan.");
  const refused = require(`${__hooks}/lib/accounts.js`).recoveryCooldownRefusal(e);
  if (refused) return e.json(403, refused);
  const body = bodyOf(e);
  const errors = domain().validateShare({ expires: body.expires, scope: body.scope }, new Date());
  const problems = {};
  for (const field of Object.keys(errors)) problems[field] = ["validation_invalid_" + field, errors[field]];
  throwIfAny(problems);

  const now = new Date().toISOString().replace("T", " ");
  const active = e.app.findRecordsByFilter("shares", "plan = {:plan} && revoked = false && expires > {:now}", "", 0, 0, { plan: plan.id, now: now });
  if (active.length >= domain().MAX_ACTIVE_SHARES) {
    throwIfAny({ expires: ["validation_too_many_shares", "You already share your plan " + domain().MAX_ACTIVE_SHARES + " times. Stop one first."] });
  }
  const token = $security.randomString(32);
  const share = new Record(e.app.findCollectionByNameOrId("shares"));
  e.app.runInTransaction((txApp) => {
    share.set("plan", plan.id);
    share.set("created_by", auth.id);
    share.set("token_hash", $security.sha256(token));
    // The share lasts to the end of the chosen day in Denmark: 22:59:59Z in winter, 21:59:59Z in summer.
    share.set("expires", domain().endOfDanishDay(String(body.expires).slice(0, 10)));
    share.set("revoked", false);
    share.set("scope", body.scope);
    txApp.save(share);
    recordAudit(txApp, { actor: auth.id, action: "create", collection: "shares", record: share.id,
      plan: plan.id, municipality: plan.getString("municipality") });
  });
  return e.json(200, { id: share.id, token: token, expires: share.getString("expires"), scope: body.scope });
}

function pick(record, fields) {
  const picked = {};
  for (const field of fields) picked[field] = record.get(field);
  return picked;
}

/** POST /api/velkommen/shared {token}: the consented scope, read-only; one 404 for unknown, expired and revoked. */
function openShare(e) {
  const { bodyOf, findOrNull, throwIfAny } = require(`${__hooks}/lib/errors.js`);
  const { actorOf } = require(`${__hooks}/lib/audit.js`);
  const token = bodyOf(e).token;
  if (typeof token !== "string" || token.length === 0 || token.length > 200) {
    throwIfAny({ token: ["validation_required", "Send the share token in the body as {\"token\": \"…\"}."] });
  }
  const share = findOrNull(() => e.app.findFirstRecordByData("shares", "token_hash", $security.sha256(token)));
  const active = share && domain().isShareActive(
    { expires: share.getString("expires"), revoked: share.getBool("revoked") }, new Date());
  if (!active) throw new NotFoundError("This page is no longer shared.");

  const plan = e.app.findRecordById("plans", share.getString("plan"));
  const sharer = findOrNull(() => e.app.findRecordById("users", share.getString("created_by")));
  const scope = share.getStringSlice("scope");
  const result = {
    // Only the first name: the consent screen names it, and it is all a volunteer needs to greet the person.
    sharedBy: sharer ? domain().firstName(sharer.getString("name")) : "",
    expires: share.getString("expires"),
    language: plan.getString("language"),
    scope: scope,
  };
  // Appointments from the start of today in Denmark on (earlier ones are over).
  const startOfToday = domain().startOfDanishDay(domain().danishToday(new Date())).toISOString().replace("T", " ");
  if (scope.indexOf("appointments") !== -1) {
    result.appointments = e.app.findRecordsByFilter("appointments", "plan = {:plan} && starts >= {:from} && status != 'cancelled'",
      "starts", 50, 0, { plan: plan.id, from: startOfToday })
      .map((record) => pick(record, ["title", "starts", "ends", "place", "with", "interpreter", "status"]));
  }
  if (scope.indexOf("contacts") !== -1) {
    result.contacts = e.app.findRecordsByFilter("contacts", "plan = {:plan}", "role,name", 50, 0, { plan: plan.id })
      .map((record) => pick(record, ["role", "name", "organisation", "phone", "email"]));
  }
  if (scope.indexOf("milestones") !== -1) {
    result.milestones = e.app.findRecordsByFilter("milestones", "plan = {:plan}", "due", 50, 0, { plan: plan.id })
      .map((record) => pick(record, ["kind", "due", "status"]));
  }
  // One row per share and hour, however often the link is opened (a leaked link cannot flood the log).
  const { recordOncePerHour } = require(`${__hooks}/lib/audit.js`);
  recordOncePerHour(e.app, "share_use|" + share.id, { actor: actorOf(e.auth), action: "share_use", collection: "shares", record: share.id,
    plan: plan.id, municipality: plan.getString("municipality") });
  return e.json(200, result);
}

module.exports = { createShare, openShare };
