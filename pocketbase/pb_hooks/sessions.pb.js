/// <reference path="../../.cache/pocketbase-types/types.d.ts" />
// Sign-in, refresh and sign-out of users: per-role token lengths with an absolute limit (lib/sessions.js), and an
// audit row for each sign-in and each failed sign-in (the row names the account only when it exists).

onRecordAuthRequest((e) => {
  require(`${__hooks}/lib/sessions.js`).signSessionToken(e);
  // A pending second factor (MFA) makes e.next() throw: then nobody has signed in yet, and nothing is recorded.
  e.next();
  // A sign-in (not a refresh, not an activation, which audits itself).
  if (e.authMethod !== "" && e.requestInfo().body.code === undefined) {
    const { recordAudit } = require(`${__hooks}/lib/audit.js`);
    e.app.runInTransaction((txApp) => {
      // A refugee who can sign in with a password is active: no letter code may be issued for them any more.
      if (e.record.getString("role") === "refugee" && e.record.getString("activated_at") === "") {
        const fresh = txApp.findRecordById("users", e.record.id);
        fresh.set("activated_at", new DateTime());
        txApp.saveNoValidate(fresh);
      }
      recordAudit(txApp, { actor: e.record.id, action: "sign_in", collection: "users", record: e.record.id,
        municipality: e.record.getString("municipality") });
    });
  }
}, "users");

onRecordAuthWithPasswordRequest((e) => {
  try {
    e.next();
  } catch (failure) {
    const { recordAudit } = require(`${__hooks}/lib/audit.js`);
    recordAudit(e.app, { actor: "anonymous", action: "sign_in_failed", collection: "users", record: e.record ? e.record.id : "",
      municipality: e.record ? e.record.getString("municipality") : "" });
    throw failure;
  }
}, "users");

routerAdd("POST", "/api/velkommen/sign-out", (e) => require(`${__hooks}/lib/accounts.js`).signOut(e),
  $apis.requireAuth("users", "_superusers"), $apis.bodyLimit(65536));
