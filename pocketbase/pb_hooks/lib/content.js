// The content store (docs/architecture.md, "Content store"): checks and bookkeeping for content_versions.
// The API rules decide who may write which entry; this module checks what the rules cannot express (the exact
// language, the base version, well-formed JSON), sets who and when, moves the entry's pointers and audits it.

/** users.languages: known locale codes, never Danish, only on translators; returns the canonical "ar fa" form. */
function validateLanguages(record) {
  const { isKnownLocale } = require(`${__hooks}/lib/registry.js`);
  const raw = record.getString("languages").trim();
  if (raw === "") return { errors: {}, canonical: "" };
  const codes = raw.split(/\s+/);
  const errors = {};
  if (record.getString("role") !== "translator") {
    errors.languages = ["validation_languages_translator_only", "Only a translator has review languages."];
  } else if (codes.indexOf("da") !== -1) {
    errors.languages = ["validation_languages_danish", "Danish is the source language; editors write it, not translators."];
  } else {
    for (const code of codes) {
      if (!isKnownLocale(code)) {
        errors.languages = ["validation_unknown_locale", "Unknown language code: " + code + "."];
        break;
      }
    }
  }
  const unique = codes.filter((code, index) => codes.indexOf(code) === index).sort();
  return { errors, canonical: unique.join(" ") };
}

function isSuperuser(e) {
  return e.hasSuperuserAuth();
}

/**
 * Checks a new version and fills in author, origin and review fields. Throws a 400 or 403; returns the entry and,
 * when the save started from an older version than the latest, the conflict ({base, head}) instead of throwing.
 */
function prepareVersion(e) {
  const { fieldErrors, findOrNull } = require(`${__hooks}/lib/errors.js`);
  const record = e.record;
  const entry = findOrNull(() => e.app.findRecordById("content_entries", record.getString("entry")));
  if (!entry) throw fieldErrors({ entry: ["validation_unknown_entry", "No such text."] });
  const locale = entry.getString("locale");
  const errors = {};
  const auth = e.auth;
  const superuser = isSuperuser(e);

  if (!superuser) {
    // The create rule lets any active editor or translator through; which text is theirs is decided here.
    const { mayWrite } = require(`${__hooks}/lib/content-access.js`);
    if (!mayWrite(auth, entry)) {
      const role = auth.getString("role");
      throw new ForbiddenError(role === "translator"
        ? (locale === "da" ? "Danish is written by editors; you review " + auth.getString("languages") + "." : "You review other languages than " + (locale || "this text's") + ".")
        : "Editors write the Danish guides and glossary and their own municipality's hub, not this text.");
    }
    record.set("origin", "edit");
    record.set("author", auth.id);
  } else if (record.getString("origin") === "") {
    record.set("origin", "import");
  }

  const isTranslation = locale !== "" && locale !== "da" && entry.getString("kind") !== "pack" && entry.getString("kind") !== "municipality";
  const translationStatus = record.getString("translation_status");
  if (!isTranslation && translationStatus !== "") {
    errors.translation_status = ["validation_not_a_translation", "Only translations have a translation status."];
  }
  if (isTranslation && translationStatus === "") record.set("translation_status", "machine");
  if (record.getString("translation_status") === "reviewed" && !superuser) {
    record.set("reviewed_by", auth.id);
    record.set("reviewed_at", new DateTime());
  } else if (!superuser) {
    record.set("reviewed_by", "");
    record.set("reviewed_at", "");
  }

  const body = record.getString("body");
  if (body.trim() === "") errors.body = ["validation_required", "The text is empty."];
  else if (entry.getString("path").slice(-5) === ".json") {
    try {
      const parsed = JSON.parse(body);
      if (parsed === null || typeof parsed !== "object") throw new Error("not an object");
    } catch (notJson) {
      errors.body = ["validation_json", "The text is not a JSON object: " + String(notJson.message || notJson).slice(0, 200)];
    }
  } else if (entry.getString("path").slice(-3) === ".md" && body.indexOf("---\n") !== 0) {
    errors.body = ["validation_front_matter", "A guide starts with its front matter (a line ---)."];
  }
  if (Object.keys(errors).length > 0) throw fieldErrors(errors);

  // Two people editing the same text: the second save started from an older version and is refused. The refused
  // text is still stored, as a `conflict` version (keepConflict), so nothing is lost. (Imports decide for
  // themselves; see the command.)
  if (!superuser) {
    const head = entry.getString("head_version");
    const base = record.getString("base_version");
    if (head !== "" && base !== head) return { entry, conflict: { base, head } };
  }
  return { entry, conflict: null };
}

/**
 * The 409 of a refused save, written as the response itself: PocketBase would turn a thrown error's messages into
 * sentences ("Abc123." for the id "abc123"), and `conflict_version.message` must be the exact version id.
 */
function conflictResponse(e, base, head, keptId, message) {
  return e.json(409, {
    status: 409,
    message: message || ("Someone else saved this text after you opened it. Your text is kept as version " + keptId +
      "; reload, compare both and save again."),
    data: {
      base_version: { code: "edit_conflict", message: "The text changed since version " + (base || "(none)") + "; the latest is " + head + "." },
      conflict_version: { code: "kept", message: keptId },
    },
  });
}

/**
 * Stores a refused save as a `conflict` version, in its own transaction (the refused one was rolled back), with
 * its audit row. It moves no pointer and only writers of the entry see it (status is not `published`).
 */
function keepConflict(app, entry, refused, auth) {
  const { actorOf, recordAudit } = require(`${__hooks}/lib/audit.js`);
  let keptId = "";
  app.runInTransaction((txApp) => {
    const kept = new Record(txApp.findCollectionByNameOrId("content_versions"));
    for (const field of ["body", "base_version", "translation_status", "source_hash"]) kept.set(field, refused.getString(field));
    kept.set("entry", entry.id);
    kept.set("status", "conflict");
    kept.set("origin", "edit");
    kept.set("author", auth.id);
    txApp.save(kept);
    keptId = kept.id;
    recordAudit(txApp, {
      actor: actorOf(auth), action: "content_conflict", collection: "content_versions", record: kept.id,
      municipality: entry.getString("municipality"), detail: entry.getString("path"),
    });
  });
  return keptId;
}

/** After the version is stored (same transaction): move the entry's pointers. */
function moveEntryPointers(app, entry, version) {
  const status = version.getString("status");
  const origin = version.getString("origin");
  if (status === "upstream") {
    entry.set("upstream_version", version.id);
    entry.set("import_version", version.id);
    entry.set("upstream_changed", true);
  } else if (status !== "conflict") {
    entry.set("head_version", version.id);
    if (status === "published") {
      const { checkedOnOf } = require(`${__hooks}/lib/content-bookkeeping.js`);
      entry.set("published_version", version.id);
      entry.set("published_at", new DateTime());
      entry.set("checked_on", checkedOnOf(entry, version.getString("body")));
    }
    if (origin === "import") {
      entry.set("import_version", version.id);
      entry.set("upstream_changed", false);
      entry.set("upstream_version", "");
    }
  }
  app.save(entry);
}

module.exports = { validateLanguages, prepareVersion, conflictResponse, keepConflict, moveEntryPointers };
