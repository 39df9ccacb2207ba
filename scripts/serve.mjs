// `npm run serve`: production. Serves the built site and the API from one PocketBase on 127.0.0.1, behind a reverse
// proxy (deploy/Caddyfile). Never seeds demo data and refuses a data dir that holds some. The superuser comes from
// the environment; nothing secret is printed or written by this script. Staff and superusers sign in with password
// plus an e-mailed one-time code, so SMTP must be configured. See docs/deploy.md.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { adminClient, superuserPasswordFromEnvironment } from "./lib/admin-client.mjs";
import { importPackIntoEmptyStore } from "./lib/content-pack.mjs";
import { parseCommandLine } from "./lib/cli.mjs";
import { ensurePocketBase } from "./lib/pocketbase-binary.mjs";
import { hooksDirectory, projectRoot, startPocketBase, stopProcess } from "./lib/pocketbase-server.mjs";
import { ensureLiveSite } from "./lib/live-site.mjs";
import { startSiteBuilder } from "./lib/site-builder-process.mjs";

export const usage = `
Usage: npm run serve [-- --origin https://velkommen.example.dk] [--port 8090] [--data-dir <dir>]

Production: the built site and the API on http://127.0.0.1:<port>, for a reverse proxy in front
(deploy/Caddyfile). No demo data, ever. The site is $VELKOMMEN_SITE_DIR/live (default .cache/site/live): the site
builder, started beside PocketBase, swaps it to a new build after each publish; until its first build it is
dist/ (run npm run build first). Settings come from the environment (an EnvironmentFile in
deploy/velkommen.service):

  PB_SUPERUSER_EMAIL            the superuser's e-mail (required)
  PB_SUPERUSER_PASSWORD         its password, at least 16 characters (required, or:)
  PB_SUPERUSER_PASSWORD_FILE    a file holding it (systemd LoadCredential, a Docker secret)
  VELKOMMEN_ORIGIN              the public https:// origin; CORS allows only it (or --origin)
  VELKOMMEN_SMTP_HOST, VELKOMMEN_SMTP_PORT (587), VELKOMMEN_SMTP_USERNAME, VELKOMMEN_SMTP_PASSWORD(_FILE),
  VELKOMMEN_SMTP_TLS (true for implicit TLS, port 465), VELKOMMEN_MAIL_FROM (required: one-time codes are e-mailed)
  VELKOMMEN_TRUSTED_PROXY_HEADER  the proxy's client-address header (default X-Forwarded-For; "none" when no proxy)
  VELKOMMEN_SETTINGS_KEY        optional 32 characters: encrypts the stored settings (SMTP password) at rest
  PB_DATA                       the data directory (default ./pb_data; docs/deploy.md uses /var/lib/velkommen/pb_data)
  PORT                          the port on 127.0.0.1 (default 8090)
  VELKOMMEN_SITE_DIR            where the site builder keeps builds and the live link (default .cache/site)

Options:
  --origin <url>     the public origin (overrides VELKOMMEN_ORIGIN)
  --port <n>         the port on 127.0.0.1 (overrides PORT)
  --data-dir <dir>   the data directory (overrides PB_DATA)
  --no-builder       do not start the site builder (publishes then wait for npm run site:builder)
  --check            check the settings, print what would run, and exit
  -h, --help         print this and exit`;

const MINIMUM_PASSWORD_CHARACTERS = 16;
const commonPasswords = ["password", "changeme", "velkommen", "admin", "123456", "qwerty", "letmein"];

/** Returns a list of problems, each saying what to set; empty when the settings are usable. */
export function productionProblems(environment, origin) {
  const problems = [];
  const email = environment.PB_SUPERUSER_EMAIL ?? "";
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) problems.push("Set PB_SUPERUSER_EMAIL to the superuser's e-mail address.");
  let password = "";
  try {
    password = superuserPasswordFromEnvironment();
  } catch (error) {
    problems.push(error.message);
  }
  const lowered = password.toLowerCase();
  if (!password) {
    problems.push(`Set PB_SUPERUSER_PASSWORD, or PB_SUPERUSER_PASSWORD_FILE to a file holding it (at least ${MINIMUM_PASSWORD_CHARACTERS} characters; e.g. openssl rand -base64 24).`);
  } else if ([...password].length < MINIMUM_PASSWORD_CHARACTERS || Buffer.byteLength(password) > 71 || new Set(password).size < 6 ||
    commonPasswords.some((common) => lowered.includes(common)) || (email && lowered.includes(email.split("@")[0].toLowerCase()))) {
    problems.push(`The superuser password is weak: set PB_SUPERUSER_PASSWORD (or PB_SUPERUSER_PASSWORD_FILE) to at least ${MINIMUM_PASSWORD_CHARACTERS} characters (at most 71 bytes), not a common word or the e-mail name; e.g. openssl rand -base64 24.`);
  }
  if (!origin || !/^https:\/\/[^/\s]+$/.test(origin)) problems.push("Set VELKOMMEN_ORIGIN (or --origin) to the site's public origin, e.g. https://velkommen.glostrup.dk (https, no path).");
  if (!environment.VELKOMMEN_SMTP_HOST || !environment.VELKOMMEN_MAIL_FROM) {
    problems.push("Set VELKOMMEN_SMTP_HOST and VELKOMMEN_MAIL_FROM (and VELKOMMEN_SMTP_PORT, _USERNAME, _PASSWORD as your mail relay needs): staff sign in with a one-time code sent by e-mail.");
  }
  if (environment.VELKOMMEN_SETTINGS_KEY && environment.VELKOMMEN_SETTINGS_KEY.length !== 32) problems.push("VELKOMMEN_SETTINGS_KEY must be exactly 32 characters (or unset).");
  return problems;
}

/** The environment PocketBase gets: only what it needs, never the test clock. */
export function serverEnvironment(environment, origin) {
  const passed = {};
  for (const [name, value] of Object.entries(environment)) {
    if (value === undefined || name === "VELKOMMEN_FIXED_CLOCK") continue;
    if (name.startsWith("VELKOMMEN_") || name.startsWith("PB_SUPERUSER_PASSWORD") || ["PATH", "HOME", "TZ", "LANG"].includes(name)) passed[name] = value;
  }
  const proxyHeader = environment.VELKOMMEN_TRUSTED_PROXY_HEADER ?? "X-Forwarded-For";
  return {
    ...passed,
    VELKOMMEN_MODE: "production",
    VELKOMMEN_ORIGIN: origin,
    VELKOMMEN_STAFF_MFA: "1",
    VELKOMMEN_SUPERUSER_EMAIL: environment.PB_SUPERUSER_EMAIL,
    VELKOMMEN_TRUSTED_PROXY_HEADER: proxyHeader === "none" ? "" : proxyHeader,
  };
}

const { values } = parseCommandLine({ usage, options: {
  origin: { type: "string" }, port: { type: "string" }, "data-dir": { type: "string" }, check: { type: "boolean" },
  "no-builder": { type: "boolean" },
} });

const origin = (values.origin ?? process.env.VELKOMMEN_ORIGIN ?? "").replace(/\/$/, "");
const port = Number(values.port ?? process.env.PORT ?? 8090);
const dataDirectory = resolve(values["data-dir"] ?? process.env.PB_DATA ?? join(projectRoot, "pb_data"));
const builtDirectory = join(projectRoot, "dist");

const problems = productionProblems(process.env, origin);
if (!Number.isInteger(port) || port < 1 || port > 65535) problems.push(`PORT must be a number from 1 to 65535, not "${values.port ?? process.env.PORT}".`);
if (problems.length > 0) {
  for (const problem of problems) console.error(`✖ ${problem}`);
  console.error("\nnpm run serve -- --help lists every setting.");
  process.exit(1);
}

const extraArgs = ["--origins", origin];
if (process.env.VELKOMMEN_SETTINGS_KEY) extraArgs.push("--encryptionEnv", "VELKOMMEN_SETTINGS_KEY");
console.log(`▶ velkommen (production) on http://127.0.0.1:${port} for ${origin}; data: ${dataDirectory}`);
if (values.check) {
  console.log("✔ Settings are complete (--check: nothing started).");
  process.exit(0);
}
if (!existsSync(join(builtDirectory, "index.html")) || !existsSync(join(hooksDirectory, "generated", "domain.js"))) {
  console.error("✖ No built site in dist/ (or no hooks bundle): run npm run build first.");
  process.exit(1);
}
let publicDirectory;
try {
  publicDirectory = ensureLiveSite(builtDirectory);
} catch (error) {
  console.error(`✖ ${error.message}`);
  process.exit(1);
}

let server;
try {
  await ensurePocketBase();
  server = await startPocketBase({ dataDirectory, port, publicDirectory, quiet: false, extraArgs,
    env: serverEnvironment(process.env, origin), replaceEnv: true, rebuildHooks: false });
} catch (error) {
  console.error(`✖ ${error.message}`);
  process.exit(1);
}
// Publish to live, with the superuser of this environment (PB_SUPERUSER_*; the one-time code from the data dir).
const builder = values["no-builder"] ? null : startSiteBuilder({ url: server.url, dataDirectory,
  onUnexpectedExit: (code) => console.error(`✖ The site builder stopped (exit code ${code}); publishes no longer reach the site until npm run serve restarts.`) });
importContentOnce();
console.log(`✔ Serving. Health: ${server.url}/api/health. Admin UI only from this machine: ${server.url}/_/ (ssh -L ${port}:127.0.0.1:${port}).`);

/**
 * On the first start the content pack (this checkout's src/content/ and locales/) goes into the empty content store,
 * in the background: the site from dist/ is up meanwhile, and the import's publishes queue one build. Later packs
 * come in with `npm run content:import` (texts editors changed are kept and flagged).
 */
async function importContentOnce() {
  try {
    const admin = await adminClient(server.url, { directory: dataDirectory });
    const imported = await importPackIntoEmptyStore(admin, projectRoot);
    if (imported) console.log(`✔ Content store: imported ${imported.total} texts of the content pack (${imported.counts.created} new).`);
  } catch (error) {
    console.error(`✖ Importing the content pack failed: ${error.message}. Run npm run content:import to try again.`);
  }
}

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping the site builder and PocketBase…`);
  await builder?.stop();
  await stopProcess(server.process);
  process.exit(0);
}
process.on("SIGINT", () => shutdown("SIGINT"));
process.on("SIGTERM", () => shutdown("SIGTERM"));
server.process.on("exit", (code) => {
  if (!stopping) {
    console.error(`✖ PocketBase stopped unexpectedly (exit code ${code}).`);
    process.exit(1);
  }
});
