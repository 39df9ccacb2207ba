// `npm run plans:recompute -- --plan <id>[,<id>…] | --municipality <slug> [--dry-run]`
// Recomputes the OPEN milestones of existing plans under today's deadline rules: moves their dates, adds the
// milestones they lack (e.g. the § 17 visitation and the § 20 follow-ups) and marks open ones the rules no
// longer give the person as skipped, with a note. Done and skipped milestones stay as they are. New rules
// never change a plan by themselves: this command (or the caseworker's button, which calls the same endpoint,
// POST /api/velkommen/plans/{id}/recompute-milestones) does, and every change is in the audit log.
// Talks to the running server as superuser (see scripts/lib/admin-client.mjs).
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { adminClient, serverUrl } from "./lib/admin-client.mjs";

const usage = `Usage: npm run plans:recompute -- (--plan <id>[,<id>…] | --municipality <slug>) [--dry-run]

Recomputes the open milestones of the plans asked for under today's deadline rules.
  --plan <ids>            one plan id, or several separated by commas
  --municipality <slug>   every plan of that municipality (e.g. glostrup)
  --dry-run               show what would change; write nothing
  --help                  show this text

The server: PB_URL (default http://127.0.0.1:$PORT, PORT default 8090); superuser from PB_SUPERUSER_EMAIL and
PB_SUPERUSER_PASSWORD, or from the demo logins that \`npm start\` wrote.`;

export const recomputeOptions = {
  plan: { type: "string" },
  municipality: { type: "string" },
  "dry-run": { type: "boolean", default: false },
  help: { type: "boolean", default: false },
};

async function planIdsFor(client, { plan, municipality }) {
  if (plan) return plan.split(",").map((id) => id.trim()).filter(Boolean);
  let found;
  try {
    found = await client.collection("municipalities").getFirstListItem(client.filter("slug = {:slug}", { slug: municipality }));
  } catch (error) {
    if (error?.status === 404) throw new Error(`No municipality with the slug "${municipality}".`);
    throw error;
  }
  const plans = await client.collection("plans").getFullList({ filter: client.filter("municipality = {:id}", { id: found.id }), fields: "id", sort: "created" });
  return plans.map((record) => record.id);
}

function describe(result) {
  const parts = [`${result.moved.length} moved`, `${result.added.length} added`, `${result.skipped.length} no longer apply`];
  const details = [
    ...result.moved.map((change) => `    move ${change.kind}: ${change.from ?? "no date"} → ${change.to ?? "no date"}`),
    ...result.added.map((addition) => `    add  ${addition.kind}: ${addition.due ?? "no date"}`),
    ...result.skipped.map((skip) => `    skip ${skip.kind} (no longer applies)`),
  ];
  return { line: parts.join(", "), details };
}

/**
 * Recomputes the plans asked for; returns one summary per plan. Throws on the first plan it cannot recompute.
 * @param {{ client: import("pocketbase").default, plan?: string, municipality?: string, dryRun?: boolean, log?: (line: string) => unknown }} options
 */
export async function runRecompute({ client, plan, municipality, dryRun = false, log = console.log }) {
  const planIds = await planIdsFor(client, { plan, municipality });
  if (planIds.length === 0) {
    log("No plans to recompute.");
    return [];
  }
  log(`▶ ${dryRun ? "Checking" : "Recomputing"} ${planIds.length} plan(s)${dryRun ? " (dry run: nothing is written)" : ""} …`);
  const results = [];
  for (const [index, planId] of planIds.entries()) {
    let result;
    try {
      result = await client.send(`/api/velkommen/plans/${encodeURIComponent(planId)}/recompute-milestones`, { method: "POST", body: { dry_run: dryRun } });
    } catch (error) {
      if (error?.status === 404) throw new Error(`No plan with the id "${planId}".`);
      throw new Error(`Plan "${planId}": ${error?.message ?? error}`);
    }
    const { line, details } = describe(result);
    log(`  [${index + 1}/${planIds.length}] ${planId}: ${line}`);
    for (const detail of details) log(detail);
    results.push(result);
  }
  const changed = results.filter((result) => result.moved.length + result.added.length + result.skipped.length > 0).length;
  log(`✔ ${changed} of ${results.length} plan(s) ${dryRun ? "would change" : "changed"}.`);
  return results;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let options;
  try {
    ({ values: options } = parseArgs({ options: recomputeOptions }));
  } catch (error) {
    console.error(`✖ ${error.message}\n\n${usage}`);
    process.exit(2);
  }
  if (options.help) {
    console.log(usage);
    process.exit(0);
  }
  if (Boolean(options.plan) === Boolean(options.municipality)) {
    console.error(`✖ Give either --plan or --municipality.\n\n${usage}`);
    process.exit(2);
  }
  try {
    const client = await adminClient(serverUrl());
    await runRecompute({ client, plan: options.plan, municipality: options.municipality, dryRun: options["dry-run"] });
  } catch (error) {
    console.error(`✖ ${error.message}`);
    process.exit(1);
  }
}
