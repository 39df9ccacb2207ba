// Activation codes: a caseworker issues one for the welcome letter of an account that was never activated; the
// refugee trades it once for a password. Recovering an ACTIVE account is a separate act (lib/accounts.js).
function domain() {
  return require(`${__hooks}/generated/domain.js`);
}

/**
 * HMAC-SHA256 of the code with a key from the environment (VELKOMMEN_ACTIVATION_KEY), never stored in pb_data:
 * a leaked backup holds only keyed hashes, which cannot be brute-forced offline without the key.
 */
function codeHash(code) {
  const key = $os.getenv("VELKOMMEN_ACTIVATION_KEY");
  if (!key || key.length < domain().ACTIVATION_KEY_MIN_LENGTH) {
    throw new ApiError(503, "Activation codes are not configured on this server (VELKOMMEN_ACTIVATION_KEY).");
  }
  return $security.hs256(code, key);
}

/** The plan when the signed-in person is a caseworker of its municipality (or a superuser); null otherwise. */
function planOfMunicipality(e) {
  const { findOrNull } = require(`${__hooks}/lib/errors.js`);
  const plan = findOrNull(() => e.app.findRecordById("plans", e.request.pathValue("id")));
  if (!plan) return null;
  if (e.hasSuperuserAuth()) return plan;
  const auth = e.auth;
  const ok = auth && auth.getString("role") === "caseworker" && !auth.getBool("deactivated") && auth.getString("municipality") !== "" &&
    auth.getString("municipality") === plan.getString("municipality");
  return ok ? plan : null;
}

/** Replaces the refugee's codes with a fresh one, in the caller's transaction. Returns the endpoint's answer. */
function replaceCode(txApp, e, plan) {
  const d = domain();
  const code = $security.randomStringWithAlphabet(d.ACTIVATION_CODE_LENGTH, d.ACTIVATION_ALPHABET);
  const issuedAt = new Date();
  const expires = new Date(issuedAt.getTime() + d.ACTIVATION_VALID_DAYS * 86400000).toISOString().replace("T", " ");
  const refugeeId = plan.getString("refugee");
  for (const old of txApp.findRecordsByFilter("activation_codes", "user = {:user}", "", 0, 0, { user: refugeeId })) txApp.delete(old);
  const row = new Record(txApp.findCollectionByNameOrId("activation_codes"));
  row.set("user", refugeeId);
  row.set("code_hash", codeHash(code));
  row.set("expires", expires);
  row.set("created_by", e.hasSuperuserAuth() ? "" : e.auth.id);
  txApp.save(row);
  return { code: d.formatActivationCode(code), expires: expires, path: d.activationUrl("", plan.getString("language"), code),
    issued_at: issuedAt.toISOString().replace("T", " ") };
}

/** POST /api/velkommen/plans/{id}/activation-code: only for an account that was never activated; else 409. */
function issueCode(e) {
  const { recordAudit, actorOf } = require(`${__hooks}/lib/audit.js`);
  const plan = planOfMunicipality(e);
  if (!plan) throw new NotFoundError("The plan was not found.");
  const refugee = e.app.findRecordById("users", plan.getString("refugee"));
  if (refugee.getString("activated_at") !== "") {
    return e.json(409, { code: "already_active", message: "This person already has access. Use recover-access if they lost it." });
  }
  let answer = null;
  e.app.runInTransaction((txApp) => {
    answer = replaceCode(txApp, e, plan);
    recordAudit(txApp, { actor: actorOf(e.auth), action: "issue_activation_code", collection: "users", record: refugee.id,
      plan: plan.id, municipality: plan.getString("municipality") });
  });
  return e.json(200, answer);
}

/** POST /api/velkommen/activate {code, password}: sets the password, signs the refugee in, burns the code. */
function activate(e) {
  const { bodyOf, findOrNull, throwIfAny, fieldErrors } = require(`${__hooks}/lib/errors.js`);
  const { recordAudit } = require(`${__hooks}/lib/audit.js`);
  const d = domain();
  const body = bodyOf(e);
  const code = d.normalizeActivationCode(body.code);
  const passwordProblem = d.validateNewPassword(body.password);
  const problems = {};
  if (!code) problems.code = ["validation_invalid_code", "The code has 10 letters and digits, like ABCDE-23456."];
  if (passwordProblem) problems.password = [passwordProblem, d.passwordProblemMessage(passwordProblem)];
  throwIfAny(problems);

  let user = null;
  e.app.runInTransaction((txApp) => {
    const row = findOrNull(() => txApp.findFirstRecordByData("activation_codes", "code_hash", codeHash(code)));
    if (!row || row.getDateTime("expires").unix() <= Math.floor(Date.now() / 1000)) return;
    user = txApp.findRecordById("users", row.getString("user"));
    user.setPassword(body.password); // also rotates the token key: every older session ends
    user.setVerified(true);
    if (user.getString("activated_at") === "") user.set("activated_at", new DateTime());
    txApp.save(user);
    for (const old of txApp.findRecordsByFilter("activation_codes", "user = {:user}", "", 0, 0, { user: user.id })) txApp.delete(old);
    recordAudit(txApp, { actor: user.id, action: "activate", collection: "users", record: user.id,
      municipality: user.getString("municipality") });
  });
  // Unknown, used and expired codes get the same answer.
  if (!user) throw fieldErrors({ code: ["validation_code_not_valid", "This code does not work (any more). Ask your caseworker for a new one."] });
  return $apis.recordAuthResponse(e, user, "password", null);
}

module.exports = { issueCode, activate, replaceCode, planOfMunicipality, codeHash };
