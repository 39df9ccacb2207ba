// `npm run site:builder`: publish to live (docs/architecture.md). A loop, as superuser: takes the queued site
// build (a publish queued it, pocketbase/pb_hooks/site-builds.pb.js), marks it building, builds the site from the
// published content (read over PocketBase's HTTP API, never the database file) and swaps `.cache/site/live` to it.
// A failed build leaves the old site live and stores the error in words. Publishes during a build wait, coalesced
// into one queued build. `npm start` and `npm run serve` run this beside PocketBase.
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import PocketBase from "pocketbase";
import { adminClient, serverUrl } from "./lib/admin-client.mjs";
import { parseCommandLine } from "./lib/cli.mjs";
import { lockSiteDirectory, siteDirectory as defaultSiteDirectory } from "./lib/live-site.mjs";
import { buildSite } from "./lib/site-build.mjs";

const usage = `
Usage: npm run site:builder [-- --once] [--no-initial-build] [--interval <ms>] [--site-dir <dir>]

Builds the site whenever a text is published, and swaps it in atomically: <site-dir>/live is a symlink to the
newest good build (PocketBase serves it; npm start and npm run serve start this builder beside it). A failed
build keeps the old site and stores the error for the editors (GET /api/velkommen/site/status).

Talks to PocketBase at $PB_URL (default http://127.0.0.1:$PORT, PORT 8090) as superuser:
  PB_SUPERUSER_TOKEN            a superuser token (e.g. an impersonation token), or else
  PB_SUPERUSER_EMAIL and PB_SUPERUSER_PASSWORD (or PB_SUPERUSER_PASSWORD_FILE), as npm run serve has them, or
  the demo superuser of npm start (kept in .cache/demo-logins/ for PB_DATA, default ./pb_data).
  With MFA on, the one-time code is made in the local data dir ($PB_DATA), as for npm run backup.
  VELKOMMEN_SITE_DIR            where builds and the live link are (default .cache/site)

Options:
  --once               build what is queued, then exit (0 when every build went live, 1 otherwise)
  --no-initial-build   do not queue a build at start (by default one is queued when the store has texts,
                       so the live site always comes from the current code and the current texts)
  --interval <ms>      how often to look for a queued build (default 500; one small indexed query)
  --site-dir <dir>     overrides VELKOMMEN_SITE_DIR
  -h, --help           print this and exit`;

const { values } = parseCommandLine({ usage, options: {
  once: { type: "boolean" }, "no-initial-build": { type: "boolean" }, interval: { type: "string" }, "site-dir": { type: "string" },
} });
const intervalMs = Number(values.interval ?? 500);
if (!Number.isInteger(intervalMs) || intervalMs < 50) {
  console.error(`✖ --interval must be a whole number of milliseconds, at least 50, not "${values.interval}".`);
  process.exit(2);
}
const siteDirectory = values["site-dir"] ? defaultSiteDirectory({ VELKOMMEN_SITE_DIR: values["site-dir"] }) : defaultSiteDirectory();
const url = serverUrl();
const clock = () => new Date().toISOString().slice(11, 19);
const log = (line) => console.log(`[${clock()}] ${line}`);

let admin;
/** A superuser client; signs in again when the token ran out (superuser tokens last an hour). */
async function connect() {
  if (admin?.authStore.isValid) return admin;
  if (process.env.PB_SUPERUSER_TOKEN) {
    admin = new PocketBase(url);
    admin.autoCancellation(false);
    admin.authStore.save(process.env.PB_SUPERUSER_TOKEN, null);
    if (!admin.authStore.isValid) throw new Error("PB_SUPERUSER_TOKEN is not a valid token or has expired: make a new one (or set PB_SUPERUSER_EMAIL and PB_SUPERUSER_PASSWORD).");
    return admin;
  }
  admin = await adminClient(url);
  return admin;
}

const builds = async () => (await connect()).collection("site_builds");

/** A build that was "building" when a builder stopped never finishes: say so, so nobody waits for it. */
async function failInterruptedBuilds() {
  for (const build of await (await builds()).getFullList({ filter: 'status = "building"' })) {
    await (await builds()).update(build.id, { status: "failed", finished_at: new Date().toISOString(),
      error: "The site builder stopped during this build, so the site keeps the texts it showed before. The next publish builds again." });
    log(`Build ${build.id} was interrupted earlier: marked failed.`);
  }
  for (const name of readdirSync(siteDirectory, { withFileTypes: true }).filter((entry) => entry.name.startsWith("staging-"))) {
    rmSync(join(siteDirectory, name.name), { recursive: true, force: true });
  }
}

async function queueInitialBuild() {
  const client = await connect();
  const published = await client.collection("content_entries").getList(1, 1, { filter: 'published_version != ""', fields: "id" });
  if (published.totalItems === 0) {
    log("The content store is empty: the live site stays the checkout's dist/ until the first publish.");
    return;
  }
  try {
    await client.collection("site_builds").create({ status: "queued", requested_at: new Date().toISOString() });
    log("Queued a build at start (current code, current texts).");
  } catch (error) {
    if (error?.status !== 400) throw error; // 400: one is queued already (unique index), which does the same
  }
}

/** Takes the oldest queued build, or returns null. */
async function claimQueuedBuild() {
  const queued = await (await builds()).getList(1, 1, { filter: 'status = "queued"', sort: "requested_at,created" });
  const build = queued.items[0];
  if (!build) return null;
  // From now on a publish queues a new build (coalesced), which runs after this one.
  return (await builds()).update(build.id, { status: "building", started_at: new Date().toISOString() });
}

async function runBuild(build) {
  const started = Date.now();
  log(`Build ${build.id}: started (queued ${build.requested_at || "at start"}).`);
  let result;
  try {
    result = await buildSite({ admin: await connect(), id: build.id, siteDirectory, log: (line) => log(`Build ${build.id}: ${line}`),
      onStep: (child) => { currentStep = child; } });
  } catch (error) {
    // Not the build's fault (the disk, the live link): still a failed build with a reason, never one left "building".
    result = { ok: false, error: `The site was not rebuilt, so the site keeps the texts it showed before. The builder could not finish: ${error.message}`, logTail: String(error?.stack ?? error) };
  }
  const duration = (result.liveAt ?? Date.now()) - started;
  await (await builds()).update(build.id, {
    status: result.ok ? "live" : "failed", finished_at: new Date().toISOString(), duration_ms: duration,
    error: result.ok ? "" : result.error.slice(0, 2000), log_tail: result.logTail.slice(-20000),
  });
  result.cleanUp?.();
  if (result.ok) log(`✔ Build ${build.id} is live (${(duration / 1000).toFixed(1)} s): ${join(siteDirectory, "live")}`);
  else log(`✖ Build ${build.id} failed after ${(duration / 1000).toFixed(1)} s; the old site stays live.\n${result.error}`);
  return result.ok;
}

let stopping = false;
/** The running step's process: stopped with the builder, so no half build goes on writing after we are gone. */
let currentStep = null;
function stop(signal) {
  stopping = true;
  if (currentStep && currentStep.exitCode === null) {
    currentStep.kill("SIGTERM");
    log(`${signal} during a build: stopped it; the old site stays live (the next start marks the build failed).`);
    process.exit(1);
  }
}
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));

try {
  mkdirSync(siteDirectory, { recursive: true });
  const release = lockSiteDirectory(siteDirectory);
  process.on("exit", release);
  await failInterruptedBuilds();
  if (!values["no-initial-build"]) await queueInitialBuild();
  log(`Site builder watching ${url} for publishes; builds in ${siteDirectory}.`);
  let allLive = true;
  let retrying = false;
  while (!stopping) {
    try {
      const build = await claimQueuedBuild();
      retrying = false;
      if (build) {
        allLive = (await runBuild(build)) && allLive;
        continue;
      }
      if (values.once) process.exit(allLive ? 0 : 1);
      await new Promise((resolveWait) => setTimeout(resolveWait, intervalMs));
    } catch (error) {
      // PocketBase restarting, a network hiccup: say it once, then keep trying (a stopped builder helps nobody).
      if (values.once) throw error;
      if (!retrying) log(`✖ ${error?.status === 0 ? `nothing answers at ${url}` : error.message}; trying again every 5 s.`);
      retrying = true;
      await new Promise((resolveWait) => setTimeout(resolveWait, 5000));
    }
  }
  log("Stopped.");
} catch (error) {
  const reason = error?.status === 0 ? `nothing answers at ${url}; is PocketBase running?` : error.message;
  console.error(`✖ Site builder: ${reason}`);
  process.exit(1);
}
