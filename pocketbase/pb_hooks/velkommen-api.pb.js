/// <reference path="../../.cache/pocketbase-types/types.d.ts" />
// The custom endpoints of the data contract, all under /api/velkommen/. Each handler lives in lib/ (the two hot
// reads in Go, see the end).
// (Handlers run in their own JS runtime, so each one requires what it needs.)
// Every route takes at most 64 KB of body (PocketBase's default is 32 MB).
routerAdd("POST", "/api/velkommen/activate", (e) => require(`${__hooks}/lib/activation.js`).activate(e), $apis.bodyLimit(65536));

// Only ever on an explicit POST: opening a page issues nothing.
routerAdd("POST", "/api/velkommen/plans/{id}/activation-code",
  (e) => require(`${__hooks}/lib/activation.js`).issueCode(e), $apis.requireAuth("users", "_superusers"), $apis.bodyLimit(65536));

routerAdd("GET", "/api/velkommen/plans/{id}/access",
  (e) => require(`${__hooks}/lib/accounts.js`).access(e), $apis.requireAuth("users", "_superusers"));

routerAdd("POST", "/api/velkommen/plans/{id}/recover-access",
  (e) => require(`${__hooks}/lib/accounts.js`).recoverAccess(e), $apis.requireAuth("users"), $apis.bodyLimit(65536));

routerAdd("POST", "/api/velkommen/shares", (e) => require(`${__hooks}/lib/shares.js`).createShare(e), $apis.requireAuth("users"), $apis.bodyLimit(65536));

routerAdd("POST", "/api/velkommen/shared", (e) => require(`${__hooks}/lib/shares.js`).openShare(e), $apis.bodyLimit(65536));

routerAdd("GET", "/api/velkommen/me/export", (e) => require(`${__hooks}/lib/me.js`).exportMe(e), $apis.requireAuth("users"));

routerAdd("DELETE", "/api/velkommen/me", (e) => require(`${__hooks}/lib/me.js`).deleteMe(e), $apis.requireAuth("users"), $apis.bodyLimit(65536));

routerAdd("GET", "/api/velkommen/plans/{id}/calendar.ics", (e) => require(`${__hooks}/lib/calendar.js`).planCalendar(e));

routerAdd("POST", "/api/velkommen/plans", (e) => {
  const body = e.requestInfo().body || {};
  require(`${__hooks}/lib/email-guard.js`).refuseUnusableEmail(e.app, body.email);
  return require(`${__hooks}/lib/new-plan.js`).createPlanWithRefugee(e);
}, $apis.requireAuth("users"), $apis.bodyLimit(65536));

// GET me/dashboard and GET worklist are the hot reads: native Go handlers (pocketbase/server/velkommen), which
// read the worklist's "soon" window from here, the hooks bundle of src/domain, when the hooks load.
$app.store().set("velkommen.worklistSoonDays", require(`${__hooks}/generated/domain.js`).WORKLIST_SOON_DAYS);
