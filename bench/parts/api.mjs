// api: a real PocketBase seeded with 5,000 plans, loaded from this (second) process with autocannon on
// 127.0.0.1, bounded in time: the refugee dashboard requests and the caseworker's first page of at-risk plans,
// at 10 and 100 connections. Budget: p95 ≤ 50 ms at 100 connections, 0 errors.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import PocketBase from "pocketbase";
import { hooksDirectory, projectRoot, startPocketBase, upsertSuperuser } from "../../scripts/lib/pocketbase-server.mjs";
import { progress } from "../lib/context.mjs";
import { round } from "../lib/timed-build.mjs";

const planCount = Number(process.env.BENCH_PLANS ?? 5000);
const seedChunk = 250;
const signedInRefugees = 20;
const durationSeconds = Number(process.env.BENCH_API_SECONDS ?? 10);
const password = "bench-password-123";
const superuser = { email: "bench@velkommen.local", password: "bench-superuser-password" };

export async function run() {
  const root = mkdtempSync(join(tmpdir(), "velkommen-api-bench-"));
  const dataDirectory = join(root, "pb_data");
  const benchHooks = join(root, "pb_hooks");
  cpSync(hooksDirectory, benchHooks, { recursive: true });
  cpSync(join(projectRoot, "bench", "fixtures", "bench-seed.pb.js"), join(benchHooks, "bench-seed.pb.js"));
  await upsertSuperuser(dataDirectory, superuser.email, superuser.password);
  const server = await startPocketBase({ dataDirectory, hooksDirectory: benchHooks });
  try {
    const admin = new PocketBase(server.url);
    admin.autoCancellation(false);
    await admin.collection("_superusers").authWithPassword(superuser.email, superuser.password);
    const seedStarted = Date.now();
    const { municipality, caseworker } = await seedPlans(admin);
    const seedSeconds = round((Date.now() - seedStarted) / 1000, 1);
    progress(`seeded ${planCount} plans in ${seedSeconds} s`);

    // The sign-in limit (10 a minute per IP) would stop the bench signing in its 20 refugees from one address;
    // it is off while they sign in and on again for the load, as in production.
    await admin.settings.update({ rateLimits: { enabled: false } });
    const dashboardRequests = await refugeeDashboardRequests(server.url);
    const caseworkerClient = new PocketBase(server.url);
    await caseworkerClient.collection("users").authWithPassword(caseworker.email, password);
    // What /da/staff/ asks for: the worklist, most urgent first (see pb_hooks/lib/worklist.js); a first page of 50.
    const caseworkerRequests = [{ method: "GET", path: "/api/velkommen/worklist?limit=50", headers: { authorization: caseworkerClient.authStore.token } }];
    // The first request proves the query works and returns something (not an empty 200).
    const checkStarted = Date.now();
    const check = await fetch(server.url + caseworkerRequests[0].path, { headers: caseworkerRequests[0].headers }).then((response) => response.json());
    progress(`caseworker's first page: ${check.length ?? 0} plans, ${check.filter?.((row) => row.overdue > 0).length ?? 0} with overdue milestones, one request ${Date.now() - checkStarted} ms (municipality ${municipality})`);

    await admin.settings.update({ rateLimits: { enabled: true } });
    const scenarios = [];
    for (const [name, requests] of [["refugee dashboard", dashboardRequests], ["caseworker at-risk plans", caseworkerRequests]]) {
      for (const connections of [10, 100]) {
        const measured = await load(server.url, requests, connections);
        progress(`${name} @ ${connections}: p50 ${measured.p50} ms, p95 ${measured.p95} ms, p99 ${measured.p99} ms, ${measured.requestsPerSecond} req/s, ${measured.errors} errors`);
        scenarios.push({ name, connections, ...measured });
      }
    }
    const budgets = scenarios.filter((scenario) => scenario.connections === 100).flatMap((scenario) => [
      { name: `${scenario.name} @100: p95`, measured: scenario.p95, budget: 50, unit: "ms", pass: scenario.p95 <= 50 },
      { name: `${scenario.name} @100: errors`, measured: scenario.errors, budget: 0, unit: "", pass: scenario.errors === 0 },
    ]);
    return { plans: planCount, seedSeconds, durationSeconds, scenarios, budgets };
  } finally {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  }
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

/** Every signed-in refugee's dashboard: own plan, its milestones, upcoming appointments, contacts. */
async function refugeeDashboardRequests(url) {
  const requests = [];
  for (let index = 0; index < signedInRefugees; index += 1) {
    const client = new PocketBase(url);
    client.autoCancellation(false);
    await client.collection("users").authWithPassword(`bench-refugee-${index * 97}@bench.local`, password);
    const headers = { authorization: client.authStore.token };
    // What /<lang>/me/ asks for: the whole plan in one request (see pb_hooks/lib/dashboard.js).
    requests.push({ method: "GET", path: "/api/velkommen/me/dashboard", headers });
  }
  return requests;
}

async function load(url, requests, connections) {
  const latencies = [];
  const instance = autocannon({ url, connections, duration: durationSeconds, requests, timeout: 10 });
  instance.on("response", (_client, _statusCode, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const percentile = (share) => round(latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))] ?? 0, 1);
  return {
    requests: latencies.length,
    requestsPerSecond: round(result.requests.average, 0),
    p50: percentile(0.5), p95: percentile(0.95), p99: percentile(0.99),
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

export function table(result) {
  return [
    `${result.plans} plans seeded (in ${result.seedSeconds} s); each run ${result.durationSeconds} s from a second process on 127.0.0.1.`, "",
    "| scenario | connections | p50 ms | p95 ms | p99 ms | req/s | errors |", "|---|--:|--:|--:|--:|--:|--:|",
    ...result.scenarios.map((scenario) => `| ${scenario.name} | ${scenario.connections} | ${scenario.p50} | ${scenario.p95} | ${scenario.p99} | ${scenario.requestsPerSecond} | ${scenario.errors} |`),
  ].join("\n");
}
