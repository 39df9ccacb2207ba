// Retention with a fixed clock (VELKOMMEN_FIXED_CLOCK, ten days from now): the nightly job deletes shares and
// activation codes that stopped working, plans whose programme ended longer ago than the municipality's period,
// trims request logs, and audits every deletion. What is still in use stays (the positive controls).
import { randomBytes } from "node:crypto";
import type { RecordModel } from "pocketbase";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../support/fixtures";
import { startTestServer, type TestServer } from "../support/pocketbase";
import { buildWorld, createShare, isoDaysFromNow, type World } from "../support/world";

const fixedClock = new Date(Date.now() + 10 * 86_400_000).toISOString();
let server: TestServer;
let world: World;
let shareExpiringIn5Days: RecordModel;
let codeExpiringIn5Days: RecordModel;
let codeExpiringIn60Days: RecordModel;
let oldPlan: RecordModel;
let oldRefugee: RecordModel;

async function activationCode(user: RecordModel, expiresInDays: number) {
  return server.admin.collection("activation_codes").create({ user: user.id, code_hash: randomBytes(32).toString("hex"), expires: isoDaysFromNow(expiresInDays) });
}

async function exists(collection: string, id: string) {
  return server.admin.collection(collection).getOne(id).then(() => true, () => false);
}

async function runRetentionNow(): Promise<RecordModel> {
  const runsBefore = (await server.admin.collection("audit_log").getFullList({ filter: 'action = "retention_run"' })).length;
  // PocketBase runs the job in the background and answers 204 at once; the job's last act is its audit row.
  await server.admin.send("/api/crons/velkommenRetention", { method: "POST" });
  for (let attempt = 0; attempt < 100; attempt++) {
    const runs = await server.admin.collection("audit_log").getFullList({ filter: 'action = "retention_run"', sort: "-at" });
    if (runs.length > runsBefore) return runs[0]!;
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  throw new Error("The retention job did not finish within 10 s.");
}

beforeAll(async () => {
  server = await startTestServer({ env: { VELKOMMEN_FIXED_CLOCK: fixedClock } });
  world = await buildWorld(server.admin);
  shareExpiringIn5Days = (await createShare(server.admin, world.plan, world.users.refugee, { expiresInDays: 5 })).share;
  codeExpiringIn5Days = await activationCode(world.users.otherRefugee, 5);
  codeExpiringIn60Days = await activationCode(world.users.refugee, 60);
  // A programme that ended in 2020 (responsibility 2015 + 5 years): past Glostrup's 5-year period.
  oldRefugee = await createUser(server.admin, { email: "old-refugee@world.test", role: "refugee", municipality: world.municipality.id, language: "ar" });
  oldPlan = await server.admin.collection("plans").create({
    refugee: oldRefugee.id, municipality: world.municipality.id, caseworker: world.users.caseworker.id,
    arrival_date: "2015-01-01 00:00:00.000Z", responsibility_date: "2015-01-08 00:00:00.000Z", language: "ar",
    household: { adults: 1, children: 0, unaccompanied_minor: false },
  });
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe("retention job (fixed clock)", () => {
  it("is registered as a PocketBase cron job", async () => {
    const jobs = await server.admin.send<Array<{ id: string; expression: string }>>("/api/crons", {});
    expect(jobs.find((job) => job.id === "velkommenRetention")?.expression).toBe("17 3 * * *");
  });

  it("deletes what stopped working, keeps what still works, and audits each deletion", async () => {
    expect(await exists("plans", oldPlan.id)).toBe(true);
    const oldMilestones = await server.admin.collection("milestones").getFullList({ filter: server.admin.filter("plan = {:plan}", { plan: oldPlan.id }) });
    expect(oldMilestones.length).toBeGreaterThan(0);

    const run = await runRetentionNow();
    expect(run.actor).toBe("system:retention");

    // Gone: expired (by the fixed clock) and revoked shares, the expired code, the ended plan with its refugee.
    expect(await exists("shares", world.shares.expired.id)).toBe(false);
    expect(await exists("shares", world.shares.revoked.id)).toBe(false);
    expect(await exists("shares", shareExpiringIn5Days.id)).toBe(false);
    expect(await exists("activation_codes", codeExpiringIn5Days.id)).toBe(false);
    expect(await exists("plans", oldPlan.id)).toBe(false);
    expect(await exists("users", oldRefugee.id)).toBe(false);
    for (const milestone of oldMilestones) expect(await exists("milestones", milestone.id)).toBe(false);

    // Kept: a share and a code still valid at the fixed clock, and the plan whose programme runs until 2031.
    expect(await exists("shares", world.shares.valid.id)).toBe(true);
    expect(await exists("activation_codes", codeExpiringIn60Days.id)).toBe(true);
    expect(await exists("plans", world.plan.id)).toBe(true);
    expect(await exists("users", world.users.refugee.id)).toBe(true);

    const deletions = await server.admin.collection("audit_log").getFullList({ filter: 'action = "retention_delete"' });
    const deleted = (collection: string) => deletions.filter((row) => row.collection === collection).map((row) => row.record);
    expect(deleted("shares").sort()).toEqual([world.shares.expired.id, world.shares.revoked.id, shareExpiringIn5Days.id].sort());
    expect(deleted("activation_codes")).toEqual([codeExpiringIn5Days.id]);
    expect(deleted("plans")).toHaveLength(1);
    expect(deleted("plans")[0]).toMatch(/^erased-/);
    // The audit log no longer names the erased plan or person anywhere.
    const remaining = await server.admin.collection("audit_log").getFullList({
      filter: server.admin.filter("plan = {:plan} || record = {:plan} || record = {:refugee} || actor = {:refugee}", { plan: oldPlan.id, refugee: oldRefugee.id }),
    });
    expect(remaining).toEqual([]);
  });

  it("a second run deletes nothing more", async () => {
    const before = (await server.admin.collection("audit_log").getFullList({ filter: 'action = "retention_delete"' })).length;
    const run = await runRetentionNow();
    expect(run.record).toMatch(/^s0 c0 p0 /);
    expect((await server.admin.collection("audit_log").getFullList({ filter: 'action = "retention_delete"' })).length).toBe(before);
  });
});
