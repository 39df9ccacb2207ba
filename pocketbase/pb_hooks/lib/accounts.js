// Account access as the caseworker sees it, deliberate recovery of an active account, the cooldown after it,
// and signing out on the server.
function domain() {
  return require(`${__hooks}/generated/domain.js`);
}

/** GET /api/velkommen/plans/{id}/access: whether the refugee activated, and when codes and resets happened. */
function access(e) {
  const { planOfMunicipality } = require(`${__hooks}/lib/activation.js`);
  const { recordAudit, actorOf } = require(`${__hooks}/lib/audit.js`);
  const plan = planOfMunicipality(e);
  if (!plan) throw new NotFoundError("The plan was not found.");
  const refugee = e.app.findRecordById("users", plan.getString("refugee"));
  const codes = e.app.findRecordsByFilter("activation_codes", "user = {:user}", "-created", 1, 0, { user: refugee.id });
  const orNull = (value) => (value ? value : null);
  recordAudit(e.app, { actor: actorOf(e.auth), action: "view", collection: "users", record: refugee.id, plan: plan.id,
    municipality: plan.getString("municipality"), detail: "access" });
  return e.json(200, {
    activated: refugee.getString("activated_at") !== "",
    activated_at: orNull(refugee.getString("activated_at")),
    code_issued_at: codes.length ? codes[0].getString("created") : null,
    code_expires: codes.length ? codes[0].getString("expires") : null,
    access_reset_at: orNull(refugee.getString("access_reset_at")),
    assigned_to_me: !e.hasSuperuserAuth() && plan.getString("caseworker") === e.auth.id,
  });
}

/**
 * POST /api/velkommen/plans/{id}/recover-access {reason}: only the plan's assigned caseworker. Ends every session
 * of the refugee, makes the old password unusable, records the reason, and returns a new code. For
 * RECOVERY_COOLDOWN_HOURS the account cannot share, export or erase (see inRecoveryCooldown).
 */
function recoverAccess(e) {
  const { bodyOf, throwIfAny } = require(`${__hooks}/lib/errors.js`);
  const { recordAudit } = require(`${__hooks}/lib/audit.js`);
  const { replaceCode, planOfMunicipality } = require(`${__hooks}/lib/activation.js`);
  const plan = e.hasSuperuserAuth() ? null : planOfMunicipality(e);
  if (!plan) throw new NotFoundError("The plan was not found.");
  if (plan.getString("caseworker") !== e.auth.id) {
    return e.json(403, { code: "not_assigned", message: "Only the plan's assigned caseworker can reset access." });
  }
  const reason = bodyOf(e).reason;
  const problem = domain().validateRecoveryReason(reason);
  throwIfAny(problem ? { reason: ["validation_invalid_reason", problem] } : {});
  let answer = null;
  e.app.runInTransaction((txApp) => {
    const refugee = txApp.findRecordById("users", plan.getString("refugee"));
    refugee.setPassword($security.randomString(40)); // the old password stops working; so does every token
    refugee.refreshTokenKey();
    refugee.set("access_reset_at", new DateTime());
    txApp.save(refugee);
    answer = replaceCode(txApp, e, plan);
    recordAudit(txApp, { actor: e.auth.id, action: "recover_access", collection: "users", record: refugee.id,
      plan: plan.id, municipality: plan.getString("municipality"), detail: String(reason).trim() });
  });
  return e.json(200, answer);
}

/** The 403 body while the account is in the cooldown after a recovery, or null. (The caller answers with it.) */
function recoveryCooldownRefusal(e) {
  const resetAt = e.auth.getString("access_reset_at");
  if (!domain().isInRecoveryCooldown(resetAt, new Date())) return null;
  return { code: "recently_reset", message: "Your caseworker reset your access recently. This is possible again later." };
}

/** POST /api/velkommen/sign-out: ends every session of the signed-in person on the server (rotates the token key). */
function signOut(e) {
  const { recordAudit, actorOf } = require(`${__hooks}/lib/audit.js`);
  e.app.runInTransaction((txApp) => {
    const me = txApp.findRecordById(e.auth.collection().id, e.auth.id);
    me.refreshTokenKey();
    txApp.save(me);
    recordAudit(txApp, { actor: actorOf(e.auth), action: "sign_out", collection: e.auth.collection().name, record: e.auth.id,
      municipality: e.auth.getString("municipality") });
  });
  return e.noContent(204);
}

module.exports = { access, recoverAccess, recoveryCooldownRefusal, signOut };
