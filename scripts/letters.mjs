// `npm run letters -- --plans <id,id,…|due> --out <dir> [--origin https://velkommen.example.dk]`
// Prints one bilingual welcome letter PDF per plan (the refugee's language + Danish) through the system
// Chromium. Each letter gets a fresh activation code (the old one stops working); an account already in use
// gets none, and its letter says where the person signs in. Talks to the running server
// as superuser (see scripts/lib/admin-client.mjs). `due` = every plan whose welcome-letter milestone is open.
// Checks every plan before printing any, and writes all PDFs or none.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { adminClient, serverUrl } from "./lib/admin-client.mjs";
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
  log("▶ Issuing activation codes (older codes of these refugees stop working; active accounts get none) …");
  const letters = [];
  for (const { planId, input } of prepared) {
    // The server refuses a code for an account already in use (409 already_active): that letter says where to sign in.
    const access = await issueActivation(client, planId, origin).then(
      (activation) => ({ activation }),
      (error) => {
        if (error?.status === 409 && error?.response?.code === "already_active") {
          return { activation: null, alreadyActive: true, signInUrl: signInUrl(origin, input.language) };
        }
        throw error;
      });
    letters.push({ fileName: `letter-${planId}-${input.language}.pdf`, html: await letterDocument({ ...input, ...access }) });
  }
  log(`▶ Printing ${letters.length} PDF(s) through ${chromiumPath} …`);
  const started = Date.now();
  const written = await printLetters(letters, outDirectory, (done, total, fileName) => log(`  [${done}/${total}] ${fileName}`));
  log(`✔ Wrote ${written.length} letter(s) to ${outDirectory} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let options;
  try {
    ({ values: options } = parseArgs({ options: { plans: { type: "string" }, out: { type: "string" }, origin: { type: "string" } } }));
  } catch (error) {
    console.error(`✖ ${error.message}`);
    process.exit(2);
  }
  if (!options.plans || !options.out) {
    console.error("Usage: npm run letters -- --plans <id,id,…|due> --out <dir> [--origin <public site URL>]");
    process.exit(2);
  }
  try {
    const client = await adminClient();
    await runLetters({ client, planSelector: options.plans, outDirectory: resolve(options.out), origin: options.origin ?? serverUrl() });
  } catch (error) {
    console.error(`✖ ${error.message}\nNothing was written.`);
    process.exit(1);
  }
}
