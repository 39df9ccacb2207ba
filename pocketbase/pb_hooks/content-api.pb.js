/// <reference path="../../.cache/pocketbase-types/types.d.ts" />
// The editor/translator workflow endpoints, all under /api/velkommen/content/ (docs/architecture.md, "Content
// store"): editors and translators only (lib/content-access.js), every change one new version, audited in its
// transaction. Saving a text itself stays POST /api/collections/content_versions/records (content.pb.js).
// Bodies are whole files (a guide, a glossary): up to 1 MB, as content_versions.body allows.
routerAdd("POST", "/api/velkommen/content/{entry}/publish",
  (e) => require(`${__hooks}/lib/content-workflow.js`).publish(e), $apis.requireAuth("users"), $apis.bodyLimit(65536));

routerAdd("POST", "/api/velkommen/content/{entry}/restore",
  (e) => require(`${__hooks}/lib/content-workflow.js`).restore(e), $apis.requireAuth("users"), $apis.bodyLimit(65536));

routerAdd("POST", "/api/velkommen/content/{entry}/confirm",
  (e) => require(`${__hooks}/lib/content-workflow.js`).confirm(e), $apis.requireAuth("users"), $apis.bodyLimit(65536));

routerAdd("GET", "/api/velkommen/content/stale", (e) => require(`${__hooks}/lib/content-lists.js`).stale(e), $apis.requireAuth("users"));

routerAdd("GET", "/api/velkommen/content/queue", (e) => require(`${__hooks}/lib/content-lists.js`).queue(e), $apis.requireAuth("users"));

routerAdd("POST", "/api/velkommen/content/translations",
  (e) => require(`${__hooks}/lib/content-translations.js`).createTranslation(e), $apis.requireAuth("users"), $apis.bodyLimit(1100000));
