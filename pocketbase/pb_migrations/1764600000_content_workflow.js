/// <reference path="../pb_data/types.d.ts" />
// Issue 14, step 2: the editor/translator workflow (docs/architecture.md, "Content store").
// - content_versions.status gains `conflict`: a save refused with 409 is still stored, so nothing is lost. It never
//   moves a pointer; only the hooks write one (the create rule refuses it from clients, like `upstream`).
// - content_entries gains `checked_on` (the checked date read from the live body: a guide's `checked:`, a hub's
//   `lastChecked`; empty for other texts) and `published_at` (when the live version was published), for the
//   editors' list of stale texts.
const OLD_CREATE_GUARD = '@request.body.status != "upstream"';
const NEW_CREATE_GUARD = '@request.body.status != "upstream" && @request.body.status != "conflict"';

migrate((app) => {
  const versions = app.findCollectionByNameOrId("content_versions");
  versions.fields.getByName("status").values = ["draft", "published", "upstream", "conflict"];
  versions.createRule = versions.createRule.replace(OLD_CREATE_GUARD, NEW_CREATE_GUARD);
  app.save(versions);

  const entries = app.findCollectionByNameOrId("content_entries");
  entries.fields.add(new TextField({ name: "checked_on", max: 10, pattern: "^(\\d{4}-\\d{2}-\\d{2})?$" }));
  entries.fields.add(new DateField({ name: "published_at" }));
  app.save(entries);
}, (app) => {
  const entries = app.findCollectionByNameOrId("content_entries");
  entries.fields.removeByName("checked_on");
  entries.fields.removeByName("published_at");
  app.save(entries);

  const versions = app.findCollectionByNameOrId("content_versions");
  // Conflict versions cannot stay with a status the field no longer knows.
  app.db().newQuery("DELETE FROM content_versions WHERE status = 'conflict'").execute();
  versions.fields.getByName("status").values = ["draft", "published", "upstream"];
  versions.createRule = versions.createRule.replace(NEW_CREATE_GUARD, OLD_CREATE_GUARD);
  app.save(versions);
});
