/// <reference path="../../.cache/pocketbase-types/types.d.ts" />
// Publish to live (docs/architecture.md): every published content version queues a site build, coalesced into
// the one queued build; the site builder (scripts/site-builder.mjs) takes it. Editors read the status here.

// After success: the version is committed (also when it was saved inside a transaction), so a build that starts
// at once already reads it. A failure to queue never undoes the publish: it is logged, and the next publish queues.
onRecordAfterCreateSuccess((e) => {
  if (e.record.getString("status") === "published") {
    try {
      require(`${__hooks}/lib/site-builds.js`).enqueueBuild(e.app, e.record.getString("author"));
    } catch (error) {
      e.app.logger().error("Could not queue a site build", "error", String(error), "version", e.record.id);
    }
  }
  e.next();
}, "content_versions");

routerAdd("GET", "/api/velkommen/site/status", (e) => require(`${__hooks}/lib/site-builds.js`).siteStatus(e),
  $apis.requireAuth("users", "_superusers"));
