/// <reference path="../pb_data/types.d.ts" />
// Data contract: municipalities (public) and the role, municipality and language fields on users.
// Access rules live here, next to the schema; hooks only add what rules cannot express.
migrate((app) => {
  const municipalities = new Collection({
    type: "base",
    name: "municipalities",
    listRule: "",
    viewRule: "",
    createRule: null,
    updateRule: null,
    deleteRule: null,
    fields: [
      { type: "text", name: "slug", required: true, max: 64, pattern: "^[a-z0-9-]+$", presentable: true },
      { type: "text", name: "name", required: true, max: 200 },
      { type: "autodate", name: "created", onCreate: true },
      { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
    ],
    indexes: ["CREATE UNIQUE INDEX idx_municipalities_slug ON municipalities (slug)"],
  });
  app.save(municipalities);

  const users = app.findCollectionByNameOrId("users");
  users.fields.add(new SelectField({
    name: "role",
    required: true,
    maxSelect: 1,
    values: ["refugee", "caseworker", "volunteer", "editor"],
  }));
  users.fields.add(new RelationField({
    name: "municipality",
    collectionId: municipalities.id,
    maxSelect: 1,
    cascadeDelete: false,
  }));
  // A locale code from src/i18n/locales.json; the hook checks it against the registry.
  users.fields.add(new TextField({ name: "language", max: 8, pattern: "^[a-z]{2,3}$" }));

  const self = "id = @request.auth.id";
  const caseworkerOfSameMunicipality =
    '@request.auth.role = "caseworker" && @request.auth.municipality != "" && municipality = @request.auth.municipality';
  const keepsRoleAndMunicipality = "@request.body.role:changed = false && @request.body.municipality:changed = false";

  users.listRule = `${self} || (${caseworkerOfSameMunicipality} && role = "refugee")`;
  users.viewRule = users.listRule;
  // No open sign-up: only a caseworker creates refugees, in their own municipality. Superusers create staff.
  users.createRule =
    '@request.auth.role = "caseworker" && @request.auth.municipality != "" && @request.body.role = "refugee" && @request.body.municipality = @request.auth.municipality';
  users.updateRule = `(${self} || (${caseworkerOfSameMunicipality} && role = "refugee")) && ${keepsRoleAndMunicipality}`;
  users.deleteRule = null;
  users.indexes = [...users.indexes, "CREATE INDEX idx_users_municipality_role ON users (municipality, role)"];
  app.save(users);
}, (app) => {
  const users = app.findCollectionByNameOrId("users");
  for (const name of ["role", "municipality", "language"]) users.fields.removeByName(name);
  users.indexes = users.indexes.filter((index) => !index.includes("idx_users_municipality_role"));
  users.listRule = "id = @request.auth.id";
  users.viewRule = "id = @request.auth.id";
  users.createRule = "";
  users.updateRule = "id = @request.auth.id";
  users.deleteRule = "id = @request.auth.id";
  app.save(users);
  app.delete(app.findCollectionByNameOrId("municipalities"));
});
