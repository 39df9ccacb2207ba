// api: a real PocketBase seeded with 5,000 plans, loaded with wrk (a C load generator, one thread) on 127.0.0.1
// for a fixed time: first a trivial GET /api/health at 100 connections (the machine's ceiling in this same run),
// then the refugee dashboard and the caseworker's worklist at 10 and 100 connections. Every scenario's
// throughput is reported as a ratio to /api/health. wrk and PocketBase share the same cores (not pinned:
// pinning one of two cores to the client would halve the server), so the figures include the client's cost.
// Budgets (issue 16): dashboard @100 p95 ≤ 50 ms, worklist @10 p95 ≤ 50 ms, 0 errors everywhere.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PocketBase from "pocketbase";
import { hooksDirectory, projectRoot, startPocketBase, upsertSuperuser } from "../../scripts/lib/pocketbase-server.mjs";
import { progress } from "../lib/context.mjs";
import { round } from "../lib/timed-build.mjs";

const planCount = Number(process.env.BENCH_PLANS ?? 5000);
const seedChunk = 250;
const signedInRefugees = 20;
const durationSeconds = Number(process.env.BENCH_API_SECONDS ?? 10);
const warmUpSeconds = 2;
const password = "bench-password-123";
const superuser = { email: "bench@velkommen.local", password: "bench-superuser-password" };
const wrkScript = join(projectRoot, "bench", "lib", "wrk-report.lua");
// The first page of the worklist exactly as the staff page asks for it (WORKLIST_PAGE_SIZE = 500 in
// src/islands/staff/plans-list.ts; the server's cap, pocketbase/server/velkommen/worklist.go).
const worklistPath = "/api/velkommen/worklist?page=1&limit=500";

export async function run() {
  const wrk = wrkBinary();
  const world = await startSeededServer();
  try {
    const { server, root, dashboardTokens, caseworkerToken } = world;
    await checkResponses(server.url, dashboardTokens[0], caseworkerToken);
    const dashboardFile = join(root, "refugee-tokens.txt");
    writeFileSync(dashboardFile, `${dashboardTokens.join("\n")}\n`);
    const caseworkerFile = join(root, "caseworker-token.txt");
    writeFileSync(caseworkerFile, `${caseworkerToken}\n`);

    const plan = [
      ["health (ceiling)", "-", "/api/health", [100]],
      ["refugee dashboard", dashboardFile, "/api/velkommen/me/dashboard", [10, 100]],
      ["caseworker worklist", caseworkerFile, worklistPath, [10, 100]],
    ];
    const scenarios = [];
    for (const [name, tokenFile, path, connectionCounts] of plan) {
      for (const connections of connectionCounts) {
        await loadWithWrk(wrk, server.url, tokenFile, path, connections, warmUpSeconds);
        const measured = await loadWithWrk(wrk, server.url, tokenFile, path, connections, durationSeconds);
        scenarios.push({ name, connections, ...measured });
        progress(`${name} @ ${connections}: p50 ${measured.p50} ms, p95 ${measured.p95} ms, p99 ${measured.p99} ms, ${measured.requestsPerSecond} req/s, ${measured.errors} errors`);
      }
    }
    const ceiling = scenarios[0].requestsPerSecond;
    for (const scenario of scenarios) scenario.ratioToHealth = round(scenario.requestsPerSecond / ceiling, 2);
    const find = (name, connections) => scenarios.find((scenario) => scenario.name === name && scenario.connections === connections);
    const dashboard100 = find("refugee dashboard", 100);
    const worklist10 = find("caseworker worklist", 10);
    const budgets = [
      { name: "refugee dashboard @100: p95", measured: dashboard100.p95, budget: 50, unit: "ms", pass: dashboard100.p95 <= 50 },
      { name: "caseworker worklist @10: p95", measured: worklist10.p95, budget: 50, unit: "ms", pass: worklist10.p95 <= 50 },
      ...scenarios.map((scenario) => ({ name: `${scenario.name} @${scenario.connections}: errors`, measured: scenario.errors, budget: 0, unit: "", pass: scenario.errors === 0 })),
    ];
    return { plans: planCount, seedSeconds: world.seedSeconds, durationSeconds, loadGenerator: wrkVersion(wrk), scenarios, budgets };
  } finally {
    await world.stop();
  }
}

/** A PocketBase in a temp dir with the project's hooks plus the bench seed route, seeded and signed in. */
export async function startSeededServer({ serverOptions = {} } = {}) {
  const root = mkdtempSync(join(tmpdir(), "velkommen-api-bench-"));
  const dataDirectory = join(root, "pb_data");
  const benchHooks = join(root, "pb_hooks");
  cpSync(hooksDirectory, benchHooks, { recursive: true });
  cpSync(join(projectRoot, "bench", "fixtures", "bench-seed.pb.js"), join(benchHooks, "bench-seed.pb.js"));
  await upsertSuperuser(dataDirectory, superuser.email, superuser.password);
  const server = await startPocketBase({ dataDirectory, hooksDirectory: benchHooks, ...serverOptions });
  const stop = async () => {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  };
  try {
    const admin = new PocketBase(server.url);
    admin.autoCancellation(false);
    await admin.collection("_superusers").authWithPassword(superuser.email, superuser.password);
    const seedStarted = Date.now();
    const { caseworker } = await seedPlans(admin);
    const seedSeconds = round((Date.now() - seedStarted) / 1000, 1);
    progress(`seeded ${planCount} plans in ${seedSeconds} s`);
    // The sign-in limit (10 a minute per IP) would stop the bench signing in its 20 refugees from one address;
    // it is off while they sign in and on again for the load, as in production.
    await admin.settings.update({ rateLimits: { enabled: false } });
    const dashboardTokens = [];
    for (let index = 0; index < signedInRefugees; index += 1) {
      dashboardTokens.push(await signIn(server.url, `bench-refugee-${index * 97}@bench.local`));
    }
    const caseworkerToken = await signIn(server.url, caseworker.email);
    // For the load the limiter stays on (its work is part of every request), but every rule gets a ceiling no
    // bench reaches: all load comes from 127.0.0.1, where in production each refugee has an address of their own.
    const { rateLimits } = await admin.settings.getAll();
    const rules = rateLimits.rules.map((rule) => ({ ...rule, maxRequests: 1_000_000_000 }));
    await admin.settings.update({ rateLimits: { enabled: true, rules } });
    return { server, root, dataDirectory, seedSeconds, dashboardTokens, caseworkerToken, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function signIn(url, email) {
  const client = new PocketBase(url);
  client.autoCancellation(false);
  await client.collection("users").authWithPassword(email, password);
  return client.authStore.token;
}

/** The first requests prove both endpoints answer with real content (not an empty 200). */
async function checkResponses(url, refugeeToken, caseworkerToken) {
  const dashboard = await fetch(`${url}/api/velkommen/me/dashboard`, { headers: { authorization: refugeeToken } }).then((response) => response.json());
  if (!dashboard.plan || dashboard.milestones.length === 0 || dashboard.appointments.length === 0) throw new Error(`The dashboard came back without a plan: ${JSON.stringify(dashboard).slice(0, 200)}`);
  const worklist = await fetch(url + worklistPath, { headers: { authorization: caseworkerToken } }).then((response) => response.json());
  const rows = worklist.items ?? worklist;
  if (!Array.isArray(rows) || rows.length === 0) throw new Error(`The worklist came back empty: ${JSON.stringify(worklist).slice(0, 200)}`);
  progress(`dashboard: ${dashboard.milestones.length} milestones, ${dashboard.appointments.length} appointments; worklist: ${rows.length} plans, ${rows.filter((row) => row.overdue > 0).length} with overdue milestones`);
}

async function seedPlans(admin) {
  const municipality = (await admin.collection("municipalities").create({ slug: "glostrup", name: "Glostrup Kommune" })).id;
  const caseworker = await admin.collection("users").create({
    email: "bench-caseworker@bench.local", password, passwordConfirm: password, name: "Bench Caseworker",
    role: "caseworker", municipality, language: "da", verified: true,
  });
  for (let start = 0; start < planCount; start += seedChunk) {
    const count = Math.min(seedChunk, planCount - start);
    await admin.send("/api/bench/seed", { method: "POST", body: { start, count, municipality, caseworker: caseworker.id, password } });
    if ((start / seedChunk) % 4 === 3) progress(`  ${start + count} / ${planCount} plans`);
  }
  return { municipality, caseworker };
}

function wrkBinary() {
  const binary = process.env.WRK_BIN ?? "wrk";
  const probe = spawnSync(binary, ["--version"], { encoding: "utf8" });
  if (probe.error) {
    throw new Error("The api bench needs wrk (a C load generator), which is not on PATH. Install it with `sudo apt-get install wrk` (Debian/Ubuntu) or `brew install wrk`, or point WRK_BIN at it.");
  }
  return binary;
}

function wrkVersion(binary) {
  const output = spawnSync(binary, ["--version"], { encoding: "utf8" });
  return `${output.stdout}${output.stderr}`.split("\n")[0].replace(/ Copyright.*/, "").trim();
}

/** One wrk run (one thread); resolves with latencies in ms, req/s and errors (connect, read, write, timeout, non-2xx). */
function loadWithWrk(binary, url, tokenFile, path, connections, seconds) {
  const args = ["-t1", `-c${connections}`, `-d${seconds}s`, "--timeout", "10s", "-s", wrkScript, url, "--", tokenFile, path];
  return new Promise((resolveLoad, rejectLoad) => {
    const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => { output += chunk; });
    child.stderr.on("data", (chunk) => { output += chunk; });
    child.on("error", rejectLoad);
    child.on("exit", (code) => {
      const line = output.split("\n").find((text) => text.startsWith("BENCH "));
      if (code !== 0 || !line) return rejectLoad(new Error(`wrk ${args.join(" ")} failed (${code}):\n${output}`));
      const figures = JSON.parse(line.slice("BENCH ".length));
      const milliseconds = (microseconds) => round(microseconds / 1000, 1);
      resolveLoad({
        requests: figures.requests,
        requestsPerSecond: Math.round(figures.requests / (figures.durationMicroseconds / 1e6)),
        p50: milliseconds(figures.p50), p95: milliseconds(figures.p95), p99: milliseconds(figures.p99),
        errors: figures.connect + figures.read + figures.write + figures.timeout + figures.status,
      });
    });
  });
}

export function table(result) {
  return [
    `${result.plans} plans seeded (in ${result.seedSeconds} s); each run ${result.durationSeconds} s after a ${warmUpSeconds} s warm-up, ` +
    `load from ${result.loadGenerator ?? "wrk"} (one thread, Accept-Encoding: gzip like a browser) on 127.0.0.1. ` +
    "Client and server share the same cores (not pinned), so req/s is what is left after the client's own cost; " +
    "the ratio column compares each scenario with a trivial `GET /api/health` at 100 connections in the same run.", "",
    "| scenario | connections | p50 ms | p95 ms | p99 ms | req/s | ratio to health | errors |", "|---|--:|--:|--:|--:|--:|--:|--:|",
    ...result.scenarios.map((scenario) => `| ${scenario.name} | ${scenario.connections} | ${scenario.p50} | ${scenario.p95} | ${scenario.p99} | ${scenario.requestsPerSecond} | ${scenario.ratioToHealth ?? ""} | ${scenario.errors} |`),
  ].join("\n");
}
