/// <reference path="../pb_data/types.d.ts" />
// Issue 12 (security review 2026-12-01): accounts, sessions and locked fields.
// - users: activated_at (codes only for never-activated accounts), access_reset_at (recovery), deactivated (staff
//   are deactivated by a superuser instead of erasing themselves); no avatar upload; one password rule.
// - auth: a deactivated account cannot sign in (authRule), and every API rule refuses it.
// - rate limits: PocketBase's defaults stay, the project's rules are added.
migrate((app) => {
  const users = app.findCollectionByNameOrId("users");
  users.fields.add(new DateField({ name: "activated_at" }));
  users.fields.add(new DateField({ name: "access_reset_at" }));
  users.fields.add(new BoolField({ name: "deactivated" }));
  users.fields.removeByName("avatar");
  const passwordField = users.fields.getByName("password");
  passwordField.min = 10;
  passwordField.max = 71; // PocketBase's cap; the hooks also refuse more than 72 UTF-8 bytes (bcrypt).
  users.authRule = "deactivated != true";
  // Token lifetimes are set per role by pb_hooks/lib/sessions.js; this is only the ceiling (SESSION_HOURS_REFUGEE).
  users.authToken.duration = 12 * 3600;

  const self = "id = @request.auth.id";
  const caseworkerOfSameMunicipality =
    '@request.auth.role = "caseworker" && @request.auth.municipality != "" && municipality = @request.auth.municipality';
  const unchanged = (fields) => fields.map((field) => `@request.body.${field}:changed = false`).join(" && ");
  // Nobody but a superuser changes these. A refugee changes only language (and the own password, with oldPassword).
  const lockedForEveryone = unchanged(["role", "municipality", "deactivated", "activated_at", "access_reset_at"]);
  const lockedForRefugee = unchanged(["name", "emailVisibility"]);
  users.updateRule = `${lockedForEveryone} && ((${self} && (@request.auth.role != "refugee" || (${lockedForRefugee})))` +
    ` || (${caseworkerOfSameMunicipality} && role = "refugee" && @request.body.emailVisibility:changed = false))`;
  users.createRule = `${users.createRule} && (@request.body.deactivated:isset = false || @request.body.deactivated = false)` +
    " && @request.body.activated_at:isset = false && @request.body.access_reset_at:isset = false";
  app.save(users);

  // Audit rows may carry a short detail (the reason of an access recovery, a count of aggregated uses).
  const auditLog = app.findCollectionByNameOrId("audit_log");
  auditLog.fields.add(new TextField({ name: "detail", max: 600 }));
  app.save(auditLog);

  // Every rule (except public ones) refuses a deactivated account, on top of the authRule and the token rotation.
  const notDeactivated = "@request.auth.deactivated != true";
  for (const name of ["users", "plans", "milestones", "appointments", "contacts", "shares", "audit_log"]) {
    const collection = app.findCollectionByNameOrId(name);
    for (const rule of ["listRule", "viewRule", "createRule", "updateRule", "deleteRule"]) {
      const current = collection[rule];
      if (current !== null && current !== undefined && current !== "" && !current.includes(notDeactivated)) {
        collection[rule] = `(${current}) && ${notDeactivated}`;
      }
    }
    app.save(collection);
  }

  // Codes were stored as plain SHA-256; the HMAC key cannot apply to them, so unused ones are withdrawn.
  for (const row of app.findAllRecords("activation_codes")) app.delete(row);
  // Accounts that were activated before activated_at existed.
  for (const row of app.findRecordsByFilter("audit_log", 'action = "activate"', "at", 0, 0)) {
    const user = (() => { try { return app.findRecordById("users", row.getString("record")); } catch (gone) { return null; } })();
    if (user && user.getString("activated_at") === "") {
      user.set("activated_at", row.getString("at"));
      app.saveNoValidate(user);
    }
  }

  const settings = app.settings();
  settings.rateLimits.enabled = true;
  settings.rateLimits.rules = [
    // PocketBase's defaults (core/settings_model.go), kept.
    { label: "*:auth", maxRequests: 2, duration: 3, audience: "" },
    { label: "*:create", maxRequests: 20, duration: 5, audience: "" },
    { label: "/api/batch", maxRequests: 3, duration: 1, audience: "" },
    { label: "/api/", maxRequests: 300, duration: 10, audience: "" },
    // The project's own.
    { label: "users:auth", maxRequests: 10, duration: 60, audience: "" },
    { label: "/api/velkommen/activate", maxRequests: 5, duration: 60, audience: "" },
    { label: "/api/velkommen/shared", maxRequests: 30, duration: 60, audience: "" },
    { label: "POST /api/velkommen/shares", maxRequests: 10, duration: 60, audience: "" },
    { label: "POST /api/velkommen/plans", maxRequests: 20, duration: 60, audience: "" },
    { label: "/api/velkommen/me/export", maxRequests: 5, duration: 60, audience: "" },
    { label: "/api/velkommen/plans/", maxRequests: 30, duration: 60, audience: "" },
  ];
  // Request logs keep URLs for a few days; client addresses are not needed for anything we do.
  settings.logs.logIP = false;
  app.save(settings);
}, (app) => {
  const users = app.findCollectionByNameOrId("users");
  for (const name of ["activated_at", "access_reset_at", "deactivated"]) users.fields.removeByName(name);
  users.authRule = "";
  app.save(users);
  const auditLog = app.findCollectionByNameOrId("audit_log");
  auditLog.fields.removeByName("detail");
  app.save(auditLog);
});
