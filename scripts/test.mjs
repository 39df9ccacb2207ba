// `npm test`: type checks, then a fresh site build, then unit, integration and end-to-end tests.
// Each stage prints a header; the first failure stops the run with its exit code.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCommandLine } from "./lib/cli.mjs";
import { ensurePocketBase } from "./lib/pocketbase-binary.mjs";
import { projectRoot } from "./lib/pocketbase-server.mjs";
import { ensureLitestream, ensureSmtpServer, missingPrerequisites } from "./lib/tools.mjs";

parseCommandLine({ usage: `
Usage: npm test

Checks the prerequisites first (Chromium at CHROMIUM_PATH or /usr/bin/chromium, pdftotext, Caddy, python3),
then: municipality index, astro check, tsc, the site build, and Vitest (unit, integration with a real
PocketBase, Caddy, SMTP server and Litestream, end-to-end in Chromium). The first failure stops the run.
Run one project alone with npm run test:unit, test:integration or test:e2e.

Options:
  -h, --help   print this and exit` });

const started = Date.now();

// Before anything is built: a missing browser or tool stops the run at once, with the line that fixes it.
const missing = missingPrerequisites();
if (missing.length > 0) {
  for (const line of missing) console.error(`✖ ${line}`);
  process.exit(1);
}

function stage(title, command, args) {
  const stageStarted = Date.now();
  console.log(`\n━━ ${title} ━━  (${command} ${args.join(" ")})`);
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: "inherit" });
  const seconds = ((Date.now() - stageStarted) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed after ${seconds} s.`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${title} (${seconds} s)`);
}

try {
  await ensurePocketBase();
  ensureLitestream();
  ensureSmtpServer();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

stage("Municipality index", "node", ["scripts/lib/municipalities.mjs"]);
stage("Type check (astro check)", "astro", ["check"]);
stage("Type check (tsc)", "tsc", ["--noEmit"]);
stage("Build the site", "npm", ["run", "build", "--silent"]);
// The Go half of the server (pocketbase/server: the /64 limiter, headers, dashboard, worklist) has its own tests.
stage("Go tests of the project's PocketBase (go test)", "go", ["-C", "pocketbase/server", "test", "-mod=readonly", "./..."]);
const reportFile = join(projectRoot, ".cache", "vitest-report.json");
mkdirSync(join(projectRoot, ".cache"), { recursive: true });
stage("Unit, integration (real PocketBase) and end-to-end (system Chromium) tests", "vitest",
  ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${reportFile}`]);

const report = JSON.parse(readFileSync(reportFile, "utf8"));
if (report.numTotalTests === 0) {
  console.error("✖ No test ran.");
  process.exit(1);
}
console.log(`\nAll stages passed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
