// `npm run letters -- --plans <id,id,…|due> --out <dir> [--origin https://velkommen.example.dk]`
// Prints one bilingual welcome letter PDF per plan (the refugee's language + Danish) through the system
// Chromium. A refugee who never activated gets a fresh activation code (the old one stops working); one who
// already has access gets a letter that says so (`alreadyActive`), and never a code: a batch print never resets an
// active account. Talks to the running server as superuser (see scripts/lib/admin-client.mjs). `due` = every plan
// whose welcome-letter milestone is open. Checks every plan before printing any, and writes all PDFs or none.
// The PDFs carry live codes: they are written readable by their owner only (mode 600, in a 700 directory).
import { chmodSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { adminClient, serverUrl } from "./lib/admin-client.mjs";
import { parseCommandLine, usageError } from "./lib/cli.mjs";
import { letterDocument } from "./lib/letter-document.mjs";
import { printLetters } from "./lib/letter-pdf.mjs";
import { chromiumPath } from "./lib/chromium.mjs";
import { isLocale } from "../src/i18n/locales.ts";
import { issueActivation, letterInputFromPlan, signInUrl } from "../src/letter/from-plan.ts";

async function resolvePlans(client, selector) {
  if (selector === "due") {
    const open = await client.collection("milestones").getFullList({ filter: 'kind = "welcome_letter" && status = "open"', fields: "plan" });
    return [...new Set(open.map((milestone) => milestone.plan))];
  }
  return selector.split(",").map((id) => id.trim()).filter(Boolean);
}

/**
 * Each letter's input with its activation: a new code only for an account that was never activated; otherwise
 * `alreadyActive: true` and no code (the server would refuse one with 409 anyway).
 */
export async function withActivation(client, prepared, origin) {
  const result = [];
  for (const { planId, input } of prepared) {
    const access = await client.send(`/api/velkommen/plans/${encodeURIComponent(planId)}/access`, { method: "GET" });
    if (access.activated) {
      result.push({ planId, input: { ...input, alreadyActive: true, activation: null, signInUrl: signInUrl(origin, input.language) } });
    } else {
      result.push({ planId, input: { ...input, alreadyActive: false, activation: await issueActivation(client, planId, origin) } });
    }
  }
  return result;
}

export async function runLetters({ client, planSelector, outDirectory, origin, log = console.log }) {
  const planIds = await resolvePlans(client, planSelector);
  if (planIds.length === 0) {
    log("No plans to print.");
    return [];
  }
  log(`▶ Checking ${planIds.length} plan(s) …`);
  const prepared = [];
  for (const planId of planIds) {
    const input = await letterInputFromPlan(client, planId);
    if (!isLocale(input.language)) throw new Error(`Plan "${planId}" has an unknown language "${input.language}".`);
    prepared.push({ planId, input });
  }
  log("▶ Issuing activation codes for accounts never activated (their older codes stop working) …");
  const letters = [];
  for (const { planId, input } of await withActivation(client, prepared, origin)) {
    letters.push({ fileName: `letter-${planId}-${input.language}.pdf`, html: await letterDocument(input) });
  }
  log(`▶ Printing ${letters.length} PDF(s) through ${chromiumPath} …`);
  const started = Date.now();
  mkdirSync(outDirectory, { recursive: true, mode: 0o700 });
  const written = await printLetters(letters, outDirectory, (done, total, fileName) => log(`  [${done}/${total}] ${fileName}`));
  for (const file of written) chmodSync(file, 0o600);
  log(`✔ Wrote ${written.length} letter(s) to ${outDirectory} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const usage = `
Usage: npm run letters -- --plans <id,id,…|due> --out <dir> [--origin <public site URL>]

Prints one bilingual welcome letter PDF per plan through the system Chromium (CHROMIUM_PATH). A refugee who
never activated gets a fresh activation code (older letters stop working); one who already has access gets a
letter that says so, without a code. Checks every plan first and writes all PDFs or none (mode 600). Talks
to the running server as superuser (see npm run backup -- --help).

Options:
  --plans <ids|due>   plan ids separated by commas, or "due" (every plan whose welcome letter is open)
  --out <dir>         where to write the PDFs
  --origin <url>      the public site address printed in the letter (default: the server's URL)
  -h, --help          print this and exit`;
  const { values: options } = parseCommandLine({ usage, options: { plans: { type: "string" }, out: { type: "string" }, origin: { type: "string" } } });
  if (!options.plans || !options.out) usageError("--plans and --out are required.", usage);
  process.umask(0o077); // letters and their temp files: owner only
  try {
    const client = await adminClient();
    await runLetters({ client, planSelector: options.plans, outDirectory: resolve(options.out), origin: options.origin ?? serverUrl() });
  } catch (error) {
    console.error(`✖ ${error.message}\nNothing was written.`);
    process.exit(1);
  }
}
