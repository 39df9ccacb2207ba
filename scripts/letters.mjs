// `npm run letters -- --plans <id,id,…|due> --out <dir> [--origin https://velkommen.example.dk]`
// Prints one bilingual welcome letter PDF per plan (the refugee's language + Danish) through the system
// Chromium. Each letter gets a fresh activation code (the old one stops working). Talks to the running server
// as superuser (see scripts/lib/admin-client.mjs). `due` = every plan whose welcome-letter milestone is open.
// Checks every plan before printing any, and writes all PDFs or none.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { adminClient, serverUrl } from "./lib/admin-client.mjs";
import { parseCommandLine, usageError } from "./lib/cli.mjs";
import { letterDocument } from "./lib/letter-document.mjs";
import { printLetters } from "./lib/letter-pdf.mjs";
import { chromiumPath } from "./lib/chromium.mjs";
import { isLocale } from "../src/i18n/locales.ts";
import { issueActivation, letterInputFromPlan } from "../src/letter/from-plan.ts";

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
  log("▶ Issuing activation codes (older codes of these refugees stop working) …");
  const letters = [];
  for (const { planId, input } of prepared) {
    const activation = await issueActivation(client, planId, origin);
    letters.push({ fileName: `letter-${planId}-${input.language}.pdf`, html: await letterDocument({ ...input, activation }) });
  }
  log(`▶ Printing ${letters.length} PDF(s) through ${chromiumPath} …`);
  const started = Date.now();
  const written = await printLetters(letters, outDirectory, (done, total, fileName) => log(`  [${done}/${total}] ${fileName}`));
  log(`✔ Wrote ${written.length} letter(s) to ${outDirectory} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const usage = `
Usage: npm run letters -- --plans <id,id,…|due> --out <dir> [--origin <public site URL>]

Prints one bilingual welcome letter PDF per plan through the system Chromium (CHROMIUM_PATH). Each letter gets
a fresh activation code, so older letters of these refugees stop working. Checks every plan first and writes
all PDFs or none. Talks to the running server as superuser (see npm run backup -- --help).

Options:
  --plans <ids|due>   plan ids separated by commas, or "due" (every plan whose welcome letter is open)
  --out <dir>         where to write the PDFs
  --origin <url>      the public site address printed in the letter (default: the server's URL)
  -h, --help          print this and exit`;
  const { values: options } = parseCommandLine({ usage, options: { plans: { type: "string" }, out: { type: "string" }, origin: { type: "string" } } });
  if (!options.plans || !options.out) usageError("--plans and --out are required.", usage);
  try {
    const client = await adminClient();
    await runLetters({ client, planSelector: options.plans, outDirectory: resolve(options.out), origin: options.origin ?? serverUrl() });
  } catch (error) {
    console.error(`✖ ${error.message}\nNothing was written.`);
    process.exit(1);
  }
}
