// `npm start`: the quick start with DEMO data. Builds the site, applies migrations, seeds made-up people on first
// run, then serves the site and the API from one PocketBase process. The demo logins are printed once, on the
// first run, and kept in .cache/demo-logins/ (never in the data dir, so never in a backup). For production use
// `npm run serve`, which never seeds. PORT (8090) and PB_DATA (./pb_data) change the defaults.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseCommandLine } from "./lib/cli.mjs";
import { readDemoLogins, writeDemoLogins, demoLoginsFile } from "./lib/demo-logins.mjs";
import { projectRoot, startPocketBase, stopProcess, upsertSuperuser } from "./lib/pocketbase-server.mjs";
import { ensurePocketBase } from "./lib/pocketbase-binary.mjs";
import { randomPassword, seedDemo } from "./lib/seed-demo.mjs";
import { importPackIntoEmptyStore } from "./lib/content-pack.mjs";
import { ensureLiveSite } from "./lib/live-site.mjs";
import { startSiteBuilder } from "./lib/site-builder-process.mjs";
import PocketBase from "pocketbase";

const { values } = parseCommandLine({ options: { "show-logins": { type: "boolean" } }, usage: `
Usage: npm start [-- --show-logins]

The quick start with DEMO data (made-up caseworkers, refugees and volunteer links in three municipalities):
builds the site, starts PocketBase with the site and API on http://127.0.0.1:$PORT (default 8090), data in
$PB_DATA (default ./pb_data). The demo logins are printed on the first run only and kept in
.cache/demo-logins/ (mode 600, outside the data dir). Not for production: use npm run serve.

Options:
  --show-logins   print the demo logins again
  -h, --help      print this and exit` });

const port = Number(process.env.PORT ?? 8090);
const dataDirectory = resolve(process.env.PB_DATA ?? join(projectRoot, "pb_data"));
// The live link (.cache/site/live): the site builder swaps it to each build from the content store; until the
// first build it points to dist/, which this script builds.
let publicDirectory;

function step(message) {
  console.log(`\n▶ ${message}`);
}

function fail(message) {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}

if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT must be a number from 1 to 65535, not "${process.env.PORT}".`);

step("Getting PocketBase");
try {
  await ensurePocketBase();
} catch (error) {
  fail(error.message);
}

step("Building the site");
const build = spawnSync("npm", ["run", "build"], { cwd: projectRoot, stdio: "inherit" });
if (build.status !== 0) fail("The site build failed (see above).");
publicDirectory = ensureLiveSite();

const firstRun = !existsSync(join(dataDirectory, "data.db"));
mkdirSync(dataDirectory, { recursive: true });
let superuser;
if (firstRun) {
  superuser = { email: "admin@velkommen.local", password: randomPassword() };
  await upsertSuperuser(dataDirectory, superuser.email, superuser.password);
}

step(`Starting PocketBase on http://127.0.0.1:${port} (data: ${dataDirectory})`);
let server;
try {
  // Same origin only, as in production: no other web page may call this API from a visitor's browser.
  server = await startPocketBase({ dataDirectory, port, publicDirectory, quiet: false,
    extraArgs: ["--origins", `http://127.0.0.1:${port},http://localhost:${port}`] });
} catch (error) {
  fail(`${error.message}\nIs port ${port} already in use? Try PORT=8091 npm start.`);
}

if (firstRun) {
  step("First run: seeding demo data");
  let seeded;
  try {
    seeded = await seedDemo(server.url, superuser);
  } catch (error) {
    await stopProcess(server.process);
    fail(`Seeding the demo data failed: ${error.message} ${JSON.stringify(error.data?.data ?? {})} (${error.url ?? ""}).\n` +
      `Delete ${dataDirectory} and run npm start again.`);
  }
  const { logins, links } = seeded;
  writeDemoLogins(dataDirectory, { superuser, logins, links });
}

const demo = readDemoLogins(dataDirectory);
// Publish to live: rebuilds the site from the content store after each publish (scripts/site-builder.mjs). It
// starts once the first import is done, so its first build has the whole pack; until then dist/ is served.
let builder;
const importing = demo?.superuser ? importContentOnce(demo.superuser) : Promise.resolve();
importing.then(() => {
  if (stopping) return;
  builder = startSiteBuilder({ url: server.url, dataDirectory, onUnexpectedExit: (code) => console.error(`\n✖ The site builder stopped (exit code ${code}); publishes no longer reach the site until npm start runs again.`) });
});
console.log("\n┃ DEMO DATA: every person, address and phone number here is made up (e-mails end in .demo).");
console.log("┃ Not for real people's data: production is `npm run serve` (docs/deploy.md).");
if (demo && (firstRun || values["show-logins"])) {
  const { superuser: admin, logins, links = [] } = demo;
  console.log(`\nDemo logins (kept in ${demoLoginsFile(dataDirectory)}; printed again with npm start -- --show-logins):`);
  for (const login of logins) console.log(`  ${login.role.padEnd(11)} ${login.email.padEnd(28)} ${login.password}`);
  console.log(`  superuser   ${admin.email.padEnd(28)} ${admin.password}   (admin UI: ${server.url}/_/)`);
  for (const link of links) console.log(`  ${link.label}: ${server.url}${link.path}`);
} else if (demo) {
  console.log(`┃ Demo logins: ${demoLoginsFile(dataDirectory)} (or npm start -- --show-logins).`);
}
console.log(`\n✔ velkommen (demo) runs at ${server.url}/  (Arabic: ${server.url}/ar/). Press Ctrl-C to stop.`);

/**
 * The content pack goes into the content store once, when the store is empty (a fresh data dir, or one made
 * before the store existed): in the background, so the site is up at once (the pages are built from the files
 * today). Later packs come in with `npm run content:import`. Test servers never import (they start PocketBase
 * directly), so they stay fast.
 */
async function importContentOnce(credentials) {
  try {
    const admin = new PocketBase(server.url);
    admin.autoCancellation(false);
    await admin.collection("_superusers").authWithPassword(credentials.email, credentials.password);
    const imported = await importPackIntoEmptyStore(admin, projectRoot);
    if (!imported) return;
    const { counts, total } = imported;
    console.log(`\n✔ Content store: imported ${total} texts of the content pack (${counts.created} new).`);
  } catch (error) {
    console.error(`\n✖ Importing the content pack failed: ${error.message}. Run npm run content:import to try again.`);
  }
}

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the site builder and PocketBase…`);
  await builder?.stop();
  await stopProcess(server.process);
  console.log("Stopped.");
  process.exit(0);
}
process.on("SIGINT", () => shutdown("SIGINT"));
process.on("SIGTERM", () => shutdown("SIGTERM"));
server.process.on("exit", (code) => {
  if (!stopping) fail(`PocketBase stopped unexpectedly (exit code ${code}).`);
});
