// Site builds (docs/architecture.md, "Publish to live"): the queue a publish writes to, and the status an editor
// reads. The builder (scripts/site-builder.mjs) does the building; this file only queues and reports.

/** Queues a build unless one is already queued (coalesced: the queued build will take this publish too). */
function enqueueBuild(app, requestedBy) {
  const queued = app.findRecordsByFilter("site_builds", "status = 'queued'", "", 1, 0);
  if (queued.length > 0) return queued[0];
  const build = new Record(app.findCollectionByNameOrId("site_builds"));
  build.set("status", "queued");
  build.set("requested_at", new DateTime());
  if (requestedBy) build.set("requested_by", requestedBy);
  try {
    app.save(build);
  } catch (alreadyQueued) {
    // Two publishes at the same moment: the unique index kept one queued build, which covers both.
    const again = app.findRecordsByFilter("site_builds", "status = 'queued'", "", 1, 0);
    if (again.length > 0) return again[0];
    throw alreadyQueued;
  }
  return build;
}

/** An ISO 8601 time ("2026-12-01T14:02:00.000Z") or "" for an empty date. */
function isoTime(record, field) {
  const value = record.getString(field);
  return value ? value.replace(" ", "T") : "";
}

function buildSummary(record) {
  if (!record) return null;
  return {
    id: record.id,
    status: record.getString("status"),
    requested_at: isoTime(record, "requested_at"),
    started_at: isoTime(record, "started_at"),
    finished_at: isoTime(record, "finished_at"),
    duration_ms: record.getInt("duration_ms"),
    error: record.getString("error"),
  };
}

// The builder writes a failed build's error in English (scripts/lib/site-build.mjs); editors read Danish by default.
// Its own sentences are translated here; the build tool's detail lines (file, field) stay as the tool wrote them.
const danishSentences = [
  ["The site was not rebuilt, so the site keeps the texts it showed before.", "Siden er ikke bygget igen, så den viser stadig de tekster, den viste før."],
  ["The published texts could not be read from the content store:", "De udgivne tekster kunne ikke læses fra indholdslageret:"],
  ["The builder could not finish:", "Byggeren kunne ikke gøre arbejdet færdigt:"],
  ["The site builder stopped during this build, so the site keeps the texts it showed before. The next publish builds again.",
    "Byggeren stoppede under denne bygning, så siden viser stadig de tekster, den viste før. Næste udgivelse bygger igen."],
];

function errorInLanguage(message, language) {
  if (language !== "da") return message;
  let danish = message;
  for (const [english, translated] of danishSentences) danish = danish.split(english).join(translated);
  return danish.replace(/The step "([^"]*)" failed:/, 'Trinnet "$1" fejlede:');
}

/** "en" when the reader's first language is English, else Danish (the default, as for the content endpoints). */
function languageOf(e) {
  const header = String((e.requestInfo().headers || {}).accept_language || "");
  return /^\s*en\b/i.test(header) ? "en" : "da";
}

function newest(app, filter, sort) {
  const rows = app.findRecordsByFilter("site_builds", filter, sort, 1, 0);
  return rows.length > 0 ? rows[0] : null;
}

/**
 * GET /api/velkommen/site/status: for editors and translators (and superusers); 403 for everyone else. The error
 * in words is Danish, or English with Accept-Language: en.
 */
function siteStatus(e) {
  const auth = e.auth;
  const isSuperuser = auth.collection().name === "_superusers";
  const role = isSuperuser ? "" : auth.getString("role");
  if (!isSuperuser && ((role !== "editor" && role !== "translator") || auth.getBool("deactivated"))) {
    throw new ForbiddenError("Only editors and translators see the site's build status.");
  }
  const live = newest(e.app, "status = 'live'", "-finished_at");
  const building = newest(e.app, "status = 'building'", "-started_at");
  const queued = newest(e.app, "status = 'queued'", "-requested_at");
  const lastFinished = newest(e.app, "status = 'live' || status = 'failed'", "-finished_at");
  // An error matters only while no later build went live.
  const failed = lastFinished && lastFinished.getString("status") === "failed" ? lastFinished : null;
  return e.json(200, {
    live_since: live ? isoTime(live, "finished_at") : "",
    building: buildSummary(building),
    queued: buildSummary(queued),
    last_error: failed ? { id: failed.id, message: errorInLanguage(failed.getString("error"), languageOf(e)), log_tail: failed.getString("log_tail"), finished_at: isoTime(failed, "finished_at") } : null,
    last_build: buildSummary(lastFinished),
  });
}

module.exports = { enqueueBuild, siteStatus };
