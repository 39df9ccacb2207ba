// Activation codes: a caseworker issues one for the welcome letter; the refugee trades it once for a password.
function domain() {
  return require(`${__hooks}/generated/domain.js`);
}

/** POST /api/velkommen/plans/{id}/activation-code: a fresh code; any older code of the refugee stops working. */
function issueCode(e) {
  const { findOrNull } = require(`${__hooks}/lib/errors.js`);
  const { recordAudit, actorOf } = require(`${__hooks}/lib/audit.js`);
  const auth = e.auth;
  const plan = findOrNull(() => e.app.findRecordById("plans", e.request.pathValue("id")));
  // A superuser may issue codes too: that is how `npm run letters` prints letters in a batch.
  const isSuperuser = e.hasSuperuserAuth();
  const allowed = plan && (isSuperuser || (auth.getString("role") === "caseworker" && auth.getString("municipality") !== "" &&
    auth.getString("municipality") === plan.getString("municipality")));
  if (!allowed) throw new NotFoundError("The plan was not found.");

  const code = $security.randomStringWithAlphabet(domain().ACTIVATION_CODE_LENGTH, domain().ACTIVATION_ALPHABET);
  const expires = new Date(Date.now() + domain().ACTIVATION_VALID_DAYS * 86400000).toISOString().replace("T", " ");
  const refugeeId = plan.getString("refugee");
  e.app.runInTransaction((txApp) => {
    for (const old of txApp.findRecordsByFilter("activation_codes", "user = {:user}", "", 0, 0, { user: refugeeId })) {
      txApp.delete(old);
    }
    const row = new Record(txApp.findCollectionByNameOrId("activation_codes"));
    row.set("user", refugeeId);
    row.set("code_hash", $security.sha256(code));
    row.set("expires", expires);
    row.set("created_by", isSuperuser ? "" : auth.id);
    txApp.save(row);
    recordAudit(txApp, { actor: actorOf(auth), action: "issue_activation_code", collection: "users", record: refugeeId,
      plan: plan.id, municipality: plan.getString("municipality") });
  });
  const language = plan.getString("language");
  return e.json(200, {
    code: domain().formatActivationCode(code),
    expires: expires,
    path: domain().activationUrl("", language, code),
  });
}

/** POST /api/velkommen/activate {code, password}: sets the password, signs the refugee in, burns the code. */
function activate(e) {
  const { bodyOf, findOrNull, throwIfAny, fieldErrors } = require(`${__hooks}/lib/errors.js`);
  const { recordAudit } = require(`${__hooks}/lib/audit.js`);
  const body = bodyOf(e);
  const code = domain().normalizeActivationCode(body.code);
  const passwordProblem = domain().validateNewPassword(body.password);
  const problems = {};
  if (!code) problems.code = ["validation_invalid_code", "The code has 10 letters and digits, like ABCDE-23456."];
  if (passwordProblem) problems.password = ["validation_weak_password", passwordProblem];
  throwIfAny(problems);

  let user = null;
  e.app.runInTransaction((txApp) => {
    const row = findOrNull(() => txApp.findFirstRecordByData("activation_codes", "code_hash", $security.sha256(code)));
    if (!row || row.getDateTime("expires").unix() <= Math.floor(Date.now() / 1000)) return;
    user = txApp.findRecordById("users", row.getString("user"));
    user.setPassword(body.password);
    user.setVerified(true);
    txApp.save(user);
    txApp.delete(row);
    recordAudit(txApp, { actor: user.id, action: "activate", collection: "users", record: user.id,
      municipality: user.getString("municipality") });
  });
  // Unknown, used and expired codes get the same answer.
  if (!user) throw fieldErrors({ code: ["validation_code_not_valid", "This code does not work (any more). Ask your caseworker for a new one."] });
  return $apis.recordAuthResponse(e, user, "password", null);
}

module.exports = { issueCode, activate };
