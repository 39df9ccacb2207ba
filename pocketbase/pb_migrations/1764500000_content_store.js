/// <reference path="../pb_data/types.d.ts" />
// Issue 14, step 1: the content store. Every text of the content pack (src/content/, locales/) is a
// content_entries row; every save of it is an immutable content_versions row. See docs/architecture.md,
// "Content store". Users gain the `translator` role and `languages` (the locales a translator reviews).
migrate((app) => {
  const users = app.findCollectionByNameOrId("users");
  const role = users.fields.getByName("role");
  role.values = ["refugee", "caseworker", "volunteer", "editor", "translator"];
  // Space-separated locale codes, e.g. "ar fa"; pb_hooks/users.pb.js checks each against the locale registry
  // (never "da") and writes them sorted. Only a superuser sets it (the update rule below).
  users.fields.add(new TextField({ name: "languages", max: 100, pattern: "^([a-z]{2,3}( [a-z]{2,3})*)?$" }));
  users.updateRule = `@request.body.languages:changed = false && (${users.updateRule})`;
  users.createRule = `@request.body.languages:isset = false && (${users.createRule})`;
  app.save(users);

  const municipalities = app.findCollectionByNameOrId("municipalities");
  const entries = new Collection({
    type: "base",
    name: "content_entries",
    // Which texts exist and which version is live is public (it is what the site shows); changes go through
    // content_versions (the hooks keep the pointers) or a superuser.
    listRule: "",
    viewRule: "",
    createRule: null,
    updateRule: null,
    deleteRule: null,
    fields: [
      // The file's path inside the pack, e.g. src/content/guides/da/health.md: the export writes it back there.
      { type: "text", name: "path", required: true, max: 200, pattern: "^(src/content|locales)/[A-Za-z0-9._/-]+$" },
      // pack = files no person edits in the browser (rules, locales/fallbacks.json, the municipality index).
      { type: "select", name: "kind", required: true, maxSelect: 1, values: ["guide", "glossary", "namespace", "municipality", "pack"] },
      { type: "text", name: "key", required: true, max: 100 },
      { type: "text", name: "locale", max: 8, pattern: "^[a-z]{2,3}$" },
      { type: "relation", name: "municipality", collectionId: municipalities.id, maxSelect: 1, cascadeDelete: false },
      // Set when an import brought a newer national text while an editor's own text is live: both are kept.
      { type: "bool", name: "upstream_changed" },
      { type: "autodate", name: "created", onCreate: true },
      { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
    ],
    indexes: ["CREATE UNIQUE INDEX idx_content_entries_path ON content_entries (path)",
      "CREATE INDEX idx_content_entries_kind_locale ON content_entries (kind, locale)"],
  });
  app.save(entries);

  // Who may write a text: an editor writes Danish guides and glossary and their own municipality's hub; a translator
  // writes guides, glossary and UI strings in a language of theirs (the hook checks the exact code), never Danish.
  const editorMayWrite = '@request.auth.role = "editor" && entry.locale = "da" && (entry.kind = "guide" || entry.kind = "glossary"' +
    ' || (entry.kind = "municipality" && @request.auth.municipality != "" && entry.municipality = @request.auth.municipality))';
  const translatorMayWrite = '@request.auth.role = "translator" && entry.locale != "da" && entry.locale != ""' +
    ' && (entry.kind = "guide" || entry.kind = "glossary" || entry.kind = "namespace") && @request.auth.languages ~ entry.locale';
  const mayWrite = `@request.auth.id != "" && @request.auth.deactivated != true && ((${editorMayWrite}) || (${translatorMayWrite}))`;

  const versions = new Collection({
    type: "base",
    name: "content_versions",
    listRule: `status = "published" || (${mayWrite})`,
    viewRule: `status = "published" || (${mayWrite})`,
    // A review is a translator's, never an editor's. Versions are never changed or deleted.
    // Any status but the import's `upstream` (an unknown value then gets the select field's own 400 per field).
    createRule: `(${mayWrite}) && @request.body.status != "upstream"` +
      ' && (@request.body.translation_status != "reviewed" || @request.auth.role = "translator")',
    updateRule: null,
    deleteRule: null,
    fields: [
      { type: "relation", name: "entry", required: true, collectionId: entries.id, maxSelect: 1, cascadeDelete: true },
      // The complete file text (a guide with its front matter, a JSON file as written), so the export is exact.
      { type: "text", name: "body", required: true, max: 1000000 },
      { type: "select", name: "status", required: true, maxSelect: 1, values: ["draft", "published", "upstream"] },
      // import = written by `npm run content:import`; edit = saved by a person.
      { type: "select", name: "origin", required: true, maxSelect: 1, values: ["import", "edit"] },
      // Translations only (empty for Danish): machine until a translator marks the text reviewed.
      { type: "select", name: "translation_status", maxSelect: 1, values: ["machine", "reviewed"] },
      // The hash of the Danish source this translation was made from (README, "Translations").
      { type: "text", name: "source_hash", max: 64, pattern: "^[0-9a-f]*$" },
      { type: "relation", name: "author", collectionId: users.id, maxSelect: 1, cascadeDelete: false },
      { type: "relation", name: "reviewed_by", collectionId: users.id, maxSelect: 1, cascadeDelete: false },
      { type: "date", name: "reviewed_at" },
      { type: "autodate", name: "created", onCreate: true },
    ],
    indexes: ["CREATE INDEX idx_content_versions_entry_created ON content_versions (entry, created)"],
  });
  app.save(versions);
  // The self relation (base version: the version an edit started from, for conflict detection) needs the id.
  versions.fields.add(new RelationField({ name: "base_version", collectionId: versions.id, maxSelect: 1, cascadeDelete: false }));
  app.save(versions);

  // Pointers the hooks keep: the latest version (head), the live one, the last imported one, and a newer
  // national text kept beside an editor's (upstream).
  for (const name of ["head_version", "published_version", "import_version", "upstream_version"]) {
    entries.fields.add(new RelationField({ name, collectionId: versions.id, maxSelect: 1, cascadeDelete: false }));
  }
  app.save(entries);
}, (app) => {
  const entries = app.findCollectionByNameOrId("content_entries");
  for (const name of ["head_version", "published_version", "import_version", "upstream_version"]) entries.fields.removeByName(name);
  app.save(entries);
  app.delete(app.findCollectionByNameOrId("content_versions"));
  app.delete(app.findCollectionByNameOrId("content_entries"));
  const users = app.findCollectionByNameOrId("users");
  users.fields.removeByName("languages");
  users.fields.getByName("role").values = ["refugee", "caseworker", "volunteer", "editor"];
  users.updateRule = users.updateRule.replace("@request.body.languages:changed = false && (", "").replace(/\)$/, "");
  users.createRule = users.createRule.replace("@request.body.languages:isset = false && (", "").replace(/\)$/, "");
  app.save(users);
});
