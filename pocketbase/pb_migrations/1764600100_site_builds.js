/// <reference path="../pb_data/types.d.ts" />
// Issue 14, "Publish to live": one row per site build. A published content version queues a build
// (pb_hooks/site-builds.pb.js); the site builder (scripts/site-builder.mjs, as superuser) takes it, builds the
// site from the published content and swaps it in. Editors and translators read the rows to see "live on the
// site since 14:02" and a failed build's error in words; only a superuser (the builder) writes them.
// Not audited: a build row holds no personal data and no content, only times and a build's error.
migrate((app) => {
  const users = app.findCollectionByNameOrId("users");
  const staffOfContent = '@request.auth.collectionName = "users" && @request.auth.deactivated != true' +
    ' && (@request.auth.role = "editor" || @request.auth.role = "translator")';
  const builds = new Collection({
    type: "base",
    name: "site_builds",
    listRule: staffOfContent,
    viewRule: staffOfContent,
    createRule: null,
    updateRule: null,
    deleteRule: null,
    fields: [
      { type: "select", name: "status", required: true, maxSelect: 1, values: ["queued", "building", "live", "failed"] },
      { type: "date", name: "requested_at" },
      { type: "date", name: "started_at" },
      { type: "date", name: "finished_at" },
      // Words for an editor: what went wrong, first lines of the build's own error.
      { type: "text", name: "error", max: 2000 },
      { type: "text", name: "log_tail", max: 20000 },
      { type: "relation", name: "requested_by", collectionId: users.id, maxSelect: 1, cascadeDelete: false },
      { type: "number", name: "duration_ms", min: 0, onlyInt: true },
      { type: "autodate", name: "created", onCreate: true },
      { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
    ],
    indexes: [
      // Coalescing in the database itself: at most one queued build, whoever enqueues.
      "CREATE UNIQUE INDEX idx_site_builds_one_queued ON site_builds (status) WHERE status = 'queued'",
      "CREATE INDEX idx_site_builds_status_finished ON site_builds (status, finished_at)",
    ],
  });
  app.save(builds);
}, (app) => {
  app.delete(app.findCollectionByNameOrId("site_builds"));
});
