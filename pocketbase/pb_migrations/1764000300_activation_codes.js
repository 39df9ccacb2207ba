/// <reference path="../pb_data/types.d.ts" />
// One-time activation codes from the welcome letter. Only the hash is stored. No API rules: only the
// /api/velkommen/ endpoints (pb_hooks/lib/activation.js) read and write them.
migrate((app) => {
  const users = app.findCollectionByNameOrId("users");
  const activationCodes = new Collection({
    type: "base",
    name: "activation_codes",
    listRule: null,
    viewRule: null,
    createRule: null,
    updateRule: null,
    deleteRule: null,
    fields: [
      { type: "relation", name: "user", collectionId: users.id, required: true, maxSelect: 1, cascadeDelete: true },
      { type: "text", name: "code_hash", required: true, max: 64, hidden: true },
      { type: "date", name: "expires", required: true },
      { type: "relation", name: "created_by", collectionId: users.id, maxSelect: 1 },
      { type: "autodate", name: "created", onCreate: true },
    ],
    indexes: [
      "CREATE UNIQUE INDEX idx_activation_codes_hash ON activation_codes (code_hash)",
      "CREATE INDEX idx_activation_codes_user ON activation_codes (user)",
    ],
  });
  app.save(activationCodes);
}, (app) => {
  app.delete(app.findCollectionByNameOrId("activation_codes"));
});
