// `npm start`: build the site, apply migrations, seed demo data on first run, then serve the site and
// the API from one PocketBase process. PORT (8090) and PB_DATA (./pb_data) change the defaults.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { projectRoot, startPocketBase, stopProcess, upsertSuperuser } from "./lib/pocketbase-server.mjs";
import { ensurePocketBase } from "./lib/pocketbase-binary.mjs";
import { randomPassword, seedDemo } from "./lib/seed-demo.mjs";

const port = Number(process.env.PORT ?? 8090);
const dataDirectory = resolve(process.env.PB_DATA ?? join(projectRoot, "pb_data"));
const publicDirectory = join(projectRoot, "dist");
const loginsFile = join(dataDirectory, "demo-logins.json");

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
  server = await startPocketBase({ dataDirectory, port, publicDirectory, quiet: false });
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
  writeFileSync(loginsFile, JSON.stringify({ superuser, logins, links }, null, 2), { mode: 0o600 });
}

if (existsSync(loginsFile)) {
  const { superuser: admin, logins, links = [] } = JSON.parse(readFileSync(loginsFile, "utf8"));
  console.log("\nDemo logins (stored in " + loginsFile + "):");
  for (const login of logins) console.log(`  ${login.role.padEnd(11)} ${login.email.padEnd(28)} ${login.password}`);
  console.log(`  superuser   ${admin.email.padEnd(28)} ${admin.password}   (admin UI: ${server.url}/_/)`);
  for (const link of links) console.log(`  ${link.label}: ${server.url}${link.path}`);
}
console.log(`\n✔ velkommen runs at ${server.url}/  (Arabic: ${server.url}/ar/). Press Ctrl-C to stop.`);

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping PocketBase…`);
  await stopProcess(server.process);
  console.log("Stopped.");
  process.exit(0);
}
process.on("SIGINT", () => shutdown("SIGINT"));
process.on("SIGTERM", () => shutdown("SIGTERM"));
server.process.on("exit", (code) => {
  if (!stopping) fail(`PocketBase stopped unexpectedly (exit code ${code}).`);
});
