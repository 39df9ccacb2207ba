/// <reference path="../pb_data/types.d.ts" />
// Issue 14, step 2: the editor/translator workflow (docs/architecture.md, "Content store").
// - content_versions.status gains `conflict`: a save refused with 409 is still stored, so nothing is lost. It never
//   moves a pointer; only the hooks write one (the create rule refuses it from clients, like `upstream`).
// - content_entries gains `checked_on` (the checked date read from the live body: a guide's `checked:`, a hub's
//   `lastChecked`; empty for other texts) and `published_at` (when the live version was published), for the
//   editors' list of stale texts.
// The create rule lets every active editor and translator through; the hook (lib/content.js prepareVersion,
// lib/content-access.js mayWrite) then decides the exact text with a 403 that says why ("the server refuses"),
// instead of the rule's bare 400. Reading drafts stays with the rule's writer test (list/view rules).
const WORKFLOW_CREATE_RULE = '@request.auth.id != "" && @request.auth.deactivated != true' +
  ' && (@request.auth.role = "editor" || @request.auth.role = "translator")' +
  ' && @request.body.status != "upstream" && @request.body.status != "conflict"' +
  ' && (@request.body.translation_status != "reviewed" || @request.auth.role = "translator")';

migrate((app) => {
  const versions = app.findCollectionByNameOrId("content_versions");
  versions.fields.getByName("status").values = ["draft", "published", "upstream", "conflict"];
  versions.createRule = WORKFLOW_CREATE_RULE;
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
  // The step-1 rule: writers of the entry (as in 1764500000_content_store.js), never the import's `upstream`.
  const editorMayWrite = '@request.auth.role = "editor" && entry.locale = "da" && (entry.kind = "guide" || entry.kind = "glossary"' +
    ' || (entry.kind = "municipality" && @request.auth.municipality != "" && entry.municipality = @request.auth.municipality))';
  const translatorMayWrite = '@request.auth.role = "translator" && entry.locale != "da" && entry.locale != ""' +
    ' && (entry.kind = "guide" || entry.kind = "glossary" || entry.kind = "namespace") && @request.auth.languages ~ entry.locale';
  const mayWrite = `@request.auth.id != "" && @request.auth.deactivated != true && ((${editorMayWrite}) || (${translatorMayWrite}))`;
  versions.createRule = `(${mayWrite}) && @request.body.status != "upstream"` +
    ' && (@request.body.translation_status != "reviewed" || @request.auth.role = "translator")';
  app.save(versions);
});
