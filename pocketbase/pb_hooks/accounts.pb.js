/// <reference path="../../.cache/pocketbase-types/types.d.ts" />
// Accounts: one password rule, deactivated staff, no second recovery path by e-mail, and what a refugee may tick.

onRecordCreateRequest((e) => {
  const body = e.requestInfo().body || {};
  if (body.password !== undefined && body.password !== "") {
    const domain = require(`${__hooks}/generated/domain.js`);
    const problem = domain.validateNewPassword(body.password);
    if (problem) throw require(`${__hooks}/lib/errors.js`).fieldErrors({ password: [problem, domain.passwordProblemMessage(problem)] });
  }
  if (!e.hasSuperuserAuth()) require(`${__hooks}/lib/email-guard.js`).refuseUnusableEmail(e.app, body.email);
  e.next();
}, "users");
onRecordUpdateRequest((e) => {
  const body = e.requestInfo().body || {};
  if (body.password !== undefined && body.password !== "") {
    const domain = require(`${__hooks}/generated/domain.js`);
    const problem = domain.validateNewPassword(body.password);
    if (problem) throw require(`${__hooks}/lib/errors.js`).fieldErrors({ password: [problem, domain.passwordProblemMessage(problem)] });
    if (!e.hasSuperuserAuth()) {
      // A password change by the person is audited as what it is, not only as a generic update.
      require(`${__hooks}/lib/audit.js`).recordAudit(e.app, { actor: e.auth ? e.auth.id : "anonymous", action: "change_password",
        collection: "users", record: e.record.id, municipality: e.record.getString("municipality") });
    }
  }
  e.next();
}, "users");

// Deactivating an account ends its sessions at once (a superuser does it, e.g. in the dashboard).
onRecordUpdate((e) => {
  if (e.record.getBool("deactivated") && !e.record.original().getBool("deactivated")) e.record.refreshTokenKey();
  e.next();
}, "users");

// Third layer after the authRule and the token rotation: a deactivated account's token opens nothing, custom
// endpoints included. That check runs on every request, so it is native Go (pocketbase/server/velkommen).

// Password reset, verification and e-mail change by e-mail are a second recovery path outside the activation
// design (unaudited, and whoever controls a mistyped address could use it). They are off.
onRecordRequestPasswordResetRequest(() => {
  throw new ForbiddenError("Ask your caseworker to reset your access.");
}, "users");
onRecordConfirmPasswordResetRequest(() => {
  throw new ForbiddenError("Ask your caseworker to reset your access.");
}, "users");
onRecordRequestVerificationRequest(() => {
  throw new ForbiddenError("Accounts are verified by activation.");
}, "users");
onRecordRequestEmailChangeRequest(() => {
  throw new ForbiddenError("Ask your caseworker to change your e-mail address.");
}, "users");

// A refugee ticks off only their own tasks (REFUGEE_TASKS), and never a milestone the caseworker skipped.
onRecordUpdateRequest((e) => {
  const auth = e.auth;
  if (auth && !e.hasSuperuserAuth() && auth.getString("role") === "refugee") {
    const original = e.record.original();
    const { REFUGEE_TASKS } = require(`${__hooks}/generated/domain.js`);
    if (REFUGEE_TASKS.indexOf(original.getString("kind")) === -1 || original.getString("status") === "skipped") {
      throw new NotFoundError("The requested resource wasn't found.");
    }
  }
  e.next();
}, "milestones");
