/// <reference path="../../.cache/pocketbase-types/types.d.ts" />
// The custom endpoints of the data contract, all under /api/velkommen/. Each handler lives in lib/.
// (Handlers run in their own JS runtime, so each one requires what it needs.)

routerAdd("POST", "/api/velkommen/activate", (e) => require(`${__hooks}/lib/activation.js`).activate(e));

routerAdd("POST", "/api/velkommen/plans/{id}/activation-code",
  (e) => require(`${__hooks}/lib/activation.js`).issueCode(e), $apis.requireAuth("users", "_superusers"));

routerAdd("POST", "/api/velkommen/shares", (e) => require(`${__hooks}/lib/shares.js`).createShare(e), $apis.requireAuth("users"));

routerAdd("POST", "/api/velkommen/shared", (e) => require(`${__hooks}/lib/shares.js`).openShare(e));

routerAdd("GET", "/api/velkommen/me/export", (e) => require(`${__hooks}/lib/me.js`).exportMe(e), $apis.requireAuth("users"));

routerAdd("DELETE", "/api/velkommen/me", (e) => require(`${__hooks}/lib/me.js`).deleteMe(e), $apis.requireAuth("users"));

routerAdd("GET", "/api/velkommen/plans/{id}/calendar.ics", (e) => require(`${__hooks}/lib/calendar.js`).planCalendar(e));

routerAdd("POST", "/api/velkommen/plans", (e) => require(`${__hooks}/lib/new-plan.js`).createPlanWithRefugee(e), $apis.requireAuth("users"));

routerAdd("GET", "/api/velkommen/me/dashboard", (e) => require(`${__hooks}/lib/dashboard.js`).dashboard(e), $apis.requireAuth("users"));

routerAdd("GET", "/api/velkommen/worklist", (e) => require(`${__hooks}/lib/worklist.js`).worklist(e), $apis.requireAuth("users"));
