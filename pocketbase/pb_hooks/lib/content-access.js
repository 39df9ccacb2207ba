// Who may use the content workflow endpoints, and which entry a person may write. The same decision as
// content_versions.createRule (migration 1764500000_content_store.js), written out in JS because the endpoints
// write versions themselves. Editors and translators only; deactivated accounts and everyone else get a 403.

/** The signed-in editor or translator, or a 403. `roles` narrows it (e.g. ["editor"] for the stale list). */
function requireWriter(e, roles) {
  const auth = e.auth;
  const allowed = roles || ["editor", "translator"];
  if (!auth || auth.collection().name !== "users" || auth.getBool("deactivated") || allowed.indexOf(auth.getString("role")) === -1) {
    throw new ForbiddenError(allowed.length === 1 && allowed[0] === "editor" ? "Only editors use this." :
      allowed.length === 1 ? "Only translators use this." : "Only editors and translators use this.");
  }
  return auth;
}

function languagesOf(auth) {
  const raw = auth.getString("languages").trim();
  return raw === "" ? [] : raw.split(/\s+/);
}

/** Exactly the create rule: editors Danish guides/glossary and their own hub; translators their languages' texts. */
function mayWrite(auth, entry) {
  const kind = entry.getString("kind");
  const locale = entry.getString("locale");
  const role = auth.getString("role");
  if (role === "editor") {
    if (locale !== "da") return false;
    if (kind === "guide" || kind === "glossary") return true;
    return kind === "municipality" && auth.getString("municipality") !== "" && entry.getString("municipality") === auth.getString("municipality");
  }
  if (role === "translator") {
    return locale !== "da" && locale !== "" && (kind === "guide" || kind === "glossary" || kind === "namespace") && languagesOf(auth).indexOf(locale) !== -1;
  }
  return false;
}

/** The entry named in the path, when the person may write it; 404 for an unknown id, 403 for someone else's text. */
function requireWritableEntry(e, auth) {
  const { findOrNull } = require(`${__hooks}/lib/errors.js`);
  const entry = findOrNull(() => e.app.findRecordById("content_entries", e.request.pathValue("entry")));
  if (!entry) throw new NotFoundError("No such text.");
  if (!mayWrite(auth, entry)) throw new ForbiddenError("You may not change this text.");
  return entry;
}

module.exports = { requireWriter, languagesOf, mayWrite, requireWritableEntry };
