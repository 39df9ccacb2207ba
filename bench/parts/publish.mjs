// publish: publish-to-live time, the editor's wait (issue 14). A real PocketBase with the content pack imported and
// the site builder beside it (scripts/site-builder.mjs with its default look-up interval, as npm start runs it); each
// sample publishes a changed sentence in a Danish guide and times until the live site serves it. Median of 5 for
// today's corpus, then the same with the guides ×10 (generated copies in the store, as the build part does).
// Budgets: ≤ 30 s for today's corpus; with ×10 guides at most 10× that (linear or better).
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PocketBase from "pocketbase";
import { importPack } from "../../scripts/lib/content-pack.mjs";
import { projectRoot, startPocketBase, stopProcess, upsertSuperuser } from "../../scripts/lib/pocketbase-server.mjs";
import { progress } from "../lib/context.mjs";
import { multiplyGuides } from "../lib/corpus.mjs";
import { round } from "../lib/timed-build.mjs";

const samples = Number(process.env.BENCH_PUBLISH_SAMPLES ?? 5);
const tenfoldSamples = Number(process.env.BENCH_PUBLISH_TENFOLD_SAMPLES ?? 3);
const superuser = { email: "bench@velkommen.local", password: "bench-superuser-password" };
const guidePath = "src/content/guides/da/housing.md";
const budgetSeconds = 30;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** A copy of the content pack with every guide (all languages) copied `factor - 1` times under new names. */
function packWithGuidesTimes(factor) {
  const root = mkdtempSync(join(tmpdir(), `velkommen-pack-x${factor}-`));
  for (const entry of ["src/content", "locales"]) cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
  multiplyGuides(join(root, "src", "content", "guides"), factor);
  return root;
}

async function waitUntil(what, check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`);
}

/** One world: PocketBase, the pack in the store, the builder; returns the publish-to-live seconds of each sample. */
async function measure(label, packDirectory, count) {
  const dataDirectory = mkdtempSync(join(tmpdir(), "velkommen-bench-publish-"));
  const siteDirectory = mkdtempSync(join(tmpdir(), "velkommen-bench-site-"));
  await upsertSuperuser(dataDirectory, superuser.email, superuser.password);
  const server = await startPocketBase({ dataDirectory, publicDirectory: join(siteDirectory, "live") });
  let builder;
  let builderOutput = "";
  try {
    const admin = new PocketBase(server.url);
    admin.autoCancellation(false);
    await admin.collection("_superusers").authWithPassword(superuser.email, superuser.password);
    const imported = await importPack(admin, packDirectory);
    progress(`${label}: ${imported.total} texts imported; first build…`);
    builder = spawn(process.execPath, [join(projectRoot, "scripts", "site-builder.mjs"), "--site-dir", siteDirectory], {
      cwd: projectRoot, env: { ...process.env, PB_URL: server.url, PB_SUPERUSER_EMAIL: superuser.email, PB_SUPERUSER_PASSWORD: superuser.password, PB_SUPERUSER_PASSWORD_FILE: "" },
    });
    builder.stdout.on("data", (chunk) => { builderOutput += chunk; });
    builder.stderr.on("data", (chunk) => { builderOutput += chunk; });
    const idle = async () => (await admin.collection("site_builds").getFullList()).every((build) => build.status === "live" || build.status === "failed");
    await waitUntil("the first build", async () => (await admin.collection("site_builds").getFullList()).some((build) => build.status === "live") && idle(), 600_000);
    const seconds = [];
    for (let sample = 1; sample <= count; sample += 1) {
      const entry = await admin.collection("content_entries").getFirstListItem(admin.filter("path = {:path}", { path: guidePath }), { expand: "published_version" });
      const sentence = `Bench-sætning ${sample} ${Date.now()}.`;
      const started = performance.now();
      await admin.collection("content_versions").create({ entry: entry.id, status: "published", base_version: entry.head_version,
        body: `${entry.expand.published_version.body}\n${sentence}\n` });
      await waitUntil(`sample ${sample} on the site`, async () => (await (await fetch(`${server.url}/da/guides/housing/`)).text()).includes(sentence), 600_000);
      seconds.push(round((performance.now() - started) / 1000));
      progress(`${label}: publish ${sample}/${count} live in ${seconds.at(-1)} s`);
      await waitUntil("the builder to be idle", idle, 600_000);
    }
    const builds = await admin.collection("site_builds").getFullList({ filter: 'status = "live"', sort: "-finished_at" });
    return { texts: imported.total, seconds, median: round(median(seconds)), lastBuildSeconds: round((builds[0]?.duration_ms ?? 0) / 1000) };
  } catch (error) {
    throw new Error(`${error.message}\n${builderOutput.slice(-2000)}`);
  } finally {
    if (builder) await stopProcess(builder);
    await server.stop();
    rmSync(dataDirectory, { recursive: true, force: true });
    rmSync(siteDirectory, { recursive: true, force: true });
  }
}

export async function run() {
  const single = await measure("today's corpus", projectRoot, samples);
  let tenfold = null;
  if (tenfoldSamples > 0) {
    const pack = packWithGuidesTimes(10);
    try {
      tenfold = await measure("guides ×10", pack, tenfoldSamples);
    } finally {
      rmSync(pack, { recursive: true, force: true });
    }
  }
  const growth = tenfold ? round(tenfold.median / single.median) : null;
  const budgets = [{ name: `publish to live, median of ${samples}`, measured: single.median, budget: budgetSeconds, unit: "s", pass: single.median <= budgetSeconds }];
  if (tenfold) budgets.push({ name: "publish to live with guides ×10 vs ×1 (linear ≤ 10)", measured: growth, budget: 10, unit: "×", pass: growth <= 10 });
  return { single, tenfold, growth, budgets };
}

export function table(result) {
  const row = (label, world) => `| ${label} | ${world.texts} | ${world.seconds.join(", ")} | ${world.median} | ${world.lastBuildSeconds} |`;
  return [
    "| corpus | texts in the store | publish → live (s) | median (s) | last build (s) |", "|---|--:|---|--:|--:|",
    row("today's", result.single),
    result.tenfold ? row("guides ×10", result.tenfold) : "| guides ×10 | not measured (BENCH_PUBLISH_TENFOLD_SAMPLES=0) | | | |",
    "", result.tenfold ? `Growth: guides ×10 took ${result.growth}× the publish-to-live time of today's corpus.` : "",
  ].join("\n");
}
