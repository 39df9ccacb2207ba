// The two work lists of the content workflow: an editor's texts by how long ago they were checked (GET stale),
// and a translator's queue of texts to translate or review (GET queue). Both name the import's "the national
// text changed" flag (upstream_changed) and give the bodies to diff, so the browser needs no second request.

function danishDayOf(dateTimeText) {
  const { danishToday } = require(`${__hooks}/generated/domain.js`);
  if (!dateTimeText) return "";
  const time = Date.parse(String(dateTimeText).replace(" ", "T"));
  return isNaN(time) ? "" : danishToday(new Date(time));
}

/** Months after which a text is stale: ?months=, else VELKOMMEN_STALE_MONTHS, else 6. A 400 for a bad value. */
function staleMonthsOf(e) {
  const { fieldErrors } = require(`${__hooks}/lib/errors.js`);
  const asked = e.request.url.query().get("months");
  const raw = asked !== "" ? asked : ($os.getenv("VELKOMMEN_STALE_MONTHS") || "6");
  const months = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
  if (!(months >= 1 && months <= 120)) throw fieldErrors({ months: ["validation_months", "months is a whole number from 1 to 120."] });
  return months;
}

/** GET stale?months=6: the editor's texts (Danish guides and glossary, their hub), stale first, then oldest checked. */
function stale(e) {
  const { requireWriter, mayWrite } = require(`${__hooks}/lib/content-access.js`);
  const { bodyOfVersion } = require(`${__hooks}/lib/content-source.js`);
  const { addOffset, danishToday } = require(`${__hooks}/generated/domain.js`);
  const auth = requireWriter(e, ["editor"]);
  const months = staleMonthsOf(e);
  const cutoff = addOffset(danishToday(new Date()), { months: -months });
  const entries = e.app.findRecordsByFilter("content_entries", 'locale = "da" && (kind = "guide" || kind = "glossary" || kind = "municipality")', "path", 0, 0);
  const items = entries.filter((entry) => mayWrite(auth, entry)).map((entry) => {
    const publishedAt = entry.getString("published_at");
    // A text without a checked date of its own (the glossary) counts from its last publish.
    const basis = entry.getString("checked_on") || danishDayOf(publishedAt);
    const upstreamChanged = entry.getBool("upstream_changed");
    return {
      id: entry.id, path: entry.getString("path"), kind: entry.getString("kind"), key: entry.getString("key"),
      checked_on: entry.getString("checked_on"), stale: basis === "" || basis < cutoff, published_at: publishedAt,
      upstream_changed: upstreamChanged, upstream_version: entry.getString("upstream_version"),
      // The diff basis of "the national text changed": the new national text beside the live one.
      upstream_body: upstreamChanged ? bodyOfVersion(e.app, entry.getString("upstream_version")) : "",
      published_body: upstreamChanged ? bodyOfVersion(e.app, entry.getString("published_version")) : "",
      basis,
    };
  });
  items.sort((left, right) => (left.stale === right.stale ? 0 : left.stale ? -1 : 1) ||
    (left.basis < right.basis ? -1 : left.basis > right.basis ? 1 : 0) || (left.path < right.path ? -1 : 1));
  for (const item of items) delete item.basis;
  return e.json(200, { months, cutoff, items });
}

/** locales/fallbacks.json's namespacesOnlyIn (texts that exist only in some languages on purpose). */
function namespacesOnlyIn(app) {
  const { findByPath, bodyOfVersion, parseOrNull } = require(`${__hooks}/lib/content-source.js`);
  const entry = findByPath(app, "locales/fallbacks.json");
  const parsed = entry ? parseOrNull(bodyOfVersion(app, entry.getString("published_version"))) : null;
  return (parsed && parsed.namespacesOnlyIn) || {};
}

/** Each Danish source once: its live body and hash, and its versions' hashes (for "made from" and "changed on"). */
function danishSources(app) {
  const { currentDanishSource, hashOfDanishBody } = require(`${__hooks}/lib/content-source.js`);
  const sources = [];
  const entries = app.findRecordsByFilter("content_entries", 'locale = "da" && (kind = "guide" || kind = "namespace" || kind = "glossary")', "path", 0, 0);
  const hasHubs = app.findRecordsByFilter("content_entries", 'kind = "municipality" && published_version != ""', "", 1, 0).length > 0;
  const keys = entries.map((entry) => ({ kind: entry.getString("kind"), key: entry.getString("key") }));
  if (hasHubs) keys.push({ kind: "namespace", key: "municipalities" });
  for (const { kind, key } of keys) {
    const current = currentDanishSource(app, kind, key);
    const history = [];
    if (current.entry) {
      const versions = app.findRecordsByFilter("content_versions", 'entry = {:entry} && (status = "published" || status = "draft")', "-created", 0, 0, { entry: current.entry.id });
      for (const version of versions) {
        history.push({
          hash: hashOfDanishBody(kind, key, version.getString("body")).hash, body: version.getString("body"),
          status: version.getString("status"), origin: version.getString("origin"), created: version.getString("created"),
        });
      }
    }
    sources.push({ kind, key, current, history, changedOn: changedOnOf(kind, current, history) });
  }
  return sources;
}

/** The day the Danish text took its current form: the guide's `changed:`, else the first publish with this hash. */
function changedOnOf(kind, current, history) {
  const { frontMatterValue } = require(`${__hooks}/lib/content-texts.js`);
  if (kind === "guide") {
    const changed = frontMatterValue(current.body, "changed");
    if (changed) return changed;
  }
  let oldest = null;
  for (const version of history) if (version.status === "published" && version.hash === current.hash) oldest = version;
  // The first import of a text says nothing about when it was written: unknown ("").
  if (!oldest || (oldest === history[history.length - 1] && oldest.origin === "import")) return "";
  return danishDayOf(oldest.created);
}

function glossaryStatusOf(body) {
  const { parseOrNull } = require(`${__hooks}/lib/content-source.js`);
  const parsed = parseOrNull(body);
  return parsed && parsed.translation === "reviewed" ? "reviewed" : "machine";
}

const QUEUE_ORDER = { outdated: 0, missing: 1, machine: 2, reviewed: 3 };

/** GET queue[?locale=ar]: per language of the translator, each Danish guide, namespace and glossary. */
function queue(e) {
  const { requireWriter, languagesOf } = require(`${__hooks}/lib/content-access.js`);
  const { findByPath, translationPathOf, recordedHashOf, bodyOfVersion } = require(`${__hooks}/lib/content-source.js`);
  const { findOrNull } = require(`${__hooks}/lib/errors.js`);
  const auth = requireWriter(e, ["translator"]);
  const asked = e.request.url.query().get("locale");
  const languages = languagesOf(auth).filter((locale) => asked === "" || locale === asked);
  if (asked !== "" && languages.length === 0) throw new ForbiddenError("You review other languages than " + asked + ".");
  const onlyIn = namespacesOnlyIn(e.app);
  const sources = danishSources(e.app);
  const items = [];
  for (const locale of languages) {
    for (const source of sources) {
      if (source.kind === "namespace" && onlyIn[source.key] && onlyIn[source.key].indexOf(locale) === -1) continue;
      const path = translationPathOf(source.kind, source.key, locale);
      const entry = findByPath(e.app, path);
      const head = entry && entry.getString("head_version") ? findOrNull(() => e.app.findRecordById("content_versions", entry.getString("head_version"))) : null;
      const recorded = head ? recordedHashOf(source.kind, head) : "";
      const translated = head ? (source.kind === "glossary" ? glossaryStatusOf(head.getString("body")) : head.getString("translation_status")) : "";
      const status = !head ? "missing" : recorded !== source.current.hash ? "outdated" : translated === "reviewed" ? "reviewed" : "machine";
      const madeFrom = recorded === "" ? null : source.history.find((version) => version.hash === recorded);
      const upstreamChanged = entry ? entry.getBool("upstream_changed") : false;
      items.push({
        entry: entry ? entry.id : "", danish_entry: source.current.entry ? source.current.entry.id : "", path, locale,
        kind: source.kind, key: source.key, status, head_version: head ? head.id : "", body: head ? head.getString("body") : "",
        translation_status: translated, danish_now: source.current.body,
        danish_then: recorded !== "" && recorded === source.current.hash ? source.current.body : madeFrom ? madeFrom.body : "",
        danish_changed_on: source.changedOn, danish_hash: source.current.hash, recorded_hash: recorded,
        upstream_changed: upstreamChanged, upstream_version: entry ? entry.getString("upstream_version") : "",
        upstream_body: upstreamChanged ? bodyOfVersion(e.app, entry.getString("upstream_version")) : "",
      });
    }
  }
  items.sort((left, right) => QUEUE_ORDER[left.status] - QUEUE_ORDER[right.status] ||
    (left.locale < right.locale ? -1 : left.locale > right.locale ? 1 : 0) || (left.path < right.path ? -1 : 1));
  return e.json(200, { languages, items });
}

module.exports = { stale, queue, staleMonthsOf };
