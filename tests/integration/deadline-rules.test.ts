// The deadline rules on a real PocketBase: plans created through POST /api/velkommen/plans get the milestones
// the law and the municipality give each kind of newcomer; the residence basis is validated per field; the
// schema's select values equal the domain's; and the recomputation (endpoint and command) changes only open
// milestones, adds the new kinds and writes the audit log.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runRecompute } from "../../scripts/plans-recompute.mjs";
import { MILESTONE_KINDS, RESIDENCE_BASES } from "../../src/domain/rules";
import { createMunicipality, createUser, password } from "../support/fixtures";
import { startTestServer, type TestServer } from "../support/pocketbase";

// The superuser that tests/support/pocketbase.ts creates; the command signs in with it like an operator would.
const superuser = { email: "admin@test.local", password: "test-superuser-password" };

let server: TestServer;
const municipalities: Record<string, RecordModel> = {};
const caseworkers: Record<string, PocketBase> = {};

beforeAll(async () => {
  server = await startTestServer();
  for (const slug of ["gladsaxe", "glostrup", "gentofte"]) {
    municipalities[slug] = await createMunicipality(server.admin, slug);
    await createUser(server.admin, { email: `caseworker-${slug}@rules.test`, role: "caseworker", municipality: municipalities[slug]!.id });
    caseworkers[slug] = await server.signIn(`caseworker-${slug}@rules.test`, password);
  }
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

async function call(path: string, client: PocketBase | null, body: unknown) {
  const response = await fetch(`${server.url}/api/velkommen/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(client ? { authorization: client.authStore.token } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json().catch(() => null) };
}

let emailCounter = 0;
async function createPlan(municipality: string, fields: Record<string, unknown>) {
  const body = { name: "Ny Borger", email: `person-${++emailCounter}@rules.test`, language: "ar", ...fields };
  return call("plans", caseworkers[municipality]!, body);
}

async function milestonesOf(planId: string) {
  const records = await server.admin.collection("milestones").getFullList({ filter: server.admin.filter("plan = {:plan}", { plan: planId }), sort: "due,created" });
  return records.map((record) => ({ id: record.id, kind: record.kind as string, due: (record.due as string).slice(0, 10) || null, status: record.status as string }));
}

const single = { adults: 1, children: 0, unaccompanied_minor: false };
const minor = { adults: 0, children: 1, unaccompanied_minor: true };
const adultMilestones = (t0Month: string, visitation: string, followUps: string[], programEnd: string) => [
  ["intro_internship", t0Month], ["integration_program_start", t0Month], ["integration_contract", t0Month], ["danish_lessons_start", t0Month],
  ["visitation", visitation], ...followUps.map((due) => ["contract_follow_up", due]), ["program_end", programEnd],
];
const followUps2026 = ["2026-06-13", "2026-07-25", "2026-09-05", "2026-10-17"];

describe("plans created through POST /api/velkommen/plans", () => {
  it.each([
    // case, municipality, request fields, expected [kind, due] (sorted by kind, then due)
    ["an adult refugee", "gladsaxe", { basis: "refugee", arrival_date: "2026-01-31", responsibility_date: "2026-02-02", household: single },
      [...adultMilestones("2026-03-02", "2026-05-02", followUps2026, "2031-02-02"), ["health_assessment_offer", "2026-08-02"], ["digital_denmark", null]]],
    ["a quota refugee", "gladsaxe", { basis: "quota_refugee", arrival_date: "2026-01-31", responsibility_date: "2026-02-02", household: single },
      [...adultMilestones("2026-03-02", "2026-05-02", followUps2026, "2031-02-02"), ["health_assessment_offer", "2026-08-02"], ["digital_denmark", null]]],
    ["an adult reunified with a refugee", "gladsaxe", { basis: "family_reunified_to_refugee", arrival_date: "2026-01-31", responsibility_date: "2026-02-02", household: single },
      [...adultMilestones("2026-03-02", "2026-05-02", followUps2026, "2031-02-02"), ["health_assessment_offer", "2026-08-02"], ["digital_denmark", null]]],
    ["an adult reunified with someone else (no § 15 d offer)", "gladsaxe", { basis: "family_reunified_other", arrival_date: "2026-01-31", responsibility_date: "2026-02-02", household: single },
      [...adultMilestones("2026-03-02", "2026-05-02", followUps2026, "2031-02-02"), ["digital_denmark", null]]],
    ["an unaccompanied minor", "gentofte", { arrival_date: "2026-01-31", responsibility_date: "2026-02-02", household: minor },
      [["health_assessment_offer", "2026-08-02"], ["digital_denmark", null], ["children_school_daycare", null], ["volunteer_guardian", null]]],
    ["a Glostrup adult who arrives weeks after T0 (the legal month wins over A + 14 days)", "glostrup", { arrival_date: "2026-03-25", responsibility_date: "2026-03-02", household: single },
      [["welcome_letter", "2026-04-08"], ["intro_internship", "2026-04-02"], ["integration_program_start", "2026-04-02"], ["integration_contract", "2026-04-02"], ["danish_lessons_start", "2026-04-02"],
        ["visitation", "2026-06-02"], ["contract_follow_up", "2026-07-14"], ["contract_follow_up", "2026-08-25"], ["contract_follow_up", "2026-10-06"], ["contract_follow_up", "2026-11-17"],
        ["program_end", "2031-03-02"], ["health_assessment_offer", "2026-09-02"], ["digital_denmark", null], ["guided_tour", null], ["medical_check", null]]],
    ["a leap-year T0 on 31 January", "gladsaxe", { arrival_date: "2028-01-28", responsibility_date: "2028-01-31", household: single },
      [...adultMilestones("2028-02-29", "2028-04-30", ["2028-06-11", "2028-07-23", "2028-09-03", "2028-10-15"], "2033-01-31"), ["health_assessment_offer", "2028-07-31"], ["digital_denmark", null]]],
  ] as const)("%s gets the right milestone kinds and dates", async (_case, municipality, fields, expected) => {
    const made = await createPlan(municipality, fields);
    expect(made.status, JSON.stringify(made.json)).toBe(200);
    const plan = await server.admin.collection("plans").getOne(made.json.plan);
    expect(plan.basis).toBe((fields as { basis?: string }).basis ?? "refugee");
    const byKindThenDue = (a: readonly (string | null)[], b: readonly (string | null)[]) => `${a[0]} ${a[1]}`.localeCompare(`${b[0]} ${b[1]}`);
    const stored = (await milestonesOf(plan.id)).map((milestone) => [milestone.kind, milestone.due]);
    expect(stored.sort(byKindThenDue)).toEqual([...expected].map((pair) => [...pair]).sort(byKindThenDue));
  });

  it.each([
    ["an unknown word", "tourist"],
    ["a number", 7],
    ["a list", ["refugee"]],
  ])("refuses a basis that is %s with a message for that field, and writes nothing", async (_case, basis) => {
    const usersBefore = (await server.admin.collection("users").getList(1, 1)).totalItems;
    const refused = await createPlan("gladsaxe", { basis, arrival_date: "2026-01-31", responsibility_date: "2026-02-02", household: single });
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.json.data)).toEqual(["basis"]);
    expect(refused.json.data.basis.message).toMatch(/refugee, quota_refugee/);
    expect((await server.admin.collection("users").getList(1, 1)).totalItems).toBe(usersBefore);
  });

  it("names every bad field at once, the basis among them", async () => {
    const refused = await createPlan("gladsaxe", { basis: ["refugee"], arrival_date: "2026-02-30", responsibility_date: "2026-02-02", household: single });
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.json.data).sort()).toEqual(["arrival_date", "basis"]);
  });

  it("the schema's select values are the domain's (migrations and src/domain/rules.ts agree)", async () => {
    const plans = await server.admin.collections.getOne("plans");
    const milestones = await server.admin.collections.getOne("milestones");
    expect(plans.fields.find((field) => field.name === "basis")).toMatchObject({ type: "select", required: true, values: [...RESIDENCE_BASES] });
    expect(milestones.fields.find((field) => field.name === "kind")?.values).toEqual([...MILESTONE_KINDS]);
  });
});

describe("recomputing existing plans", () => {
  /** A plan as the old rules made it: one follow-up at T0 + 3 months, no visitation; a minor with adult milestones. */
  async function legacyPlan(municipality: string, household: typeof single, label: string) {
    const made = await createPlan(municipality, { arrival_date: "2026-01-31", responsibility_date: "2026-02-02", household });
    const planId = made.json.plan as string;
    for (const milestone of await milestonesOf(planId)) {
      if (milestone.kind === "visitation" || milestone.kind === "contract_follow_up") await server.admin.collection("milestones").delete(milestone.id);
    }
    if (household.unaccompanied_minor) {
      await server.admin.collection("milestones").create({ plan: planId, kind: "integration_contract", due: "2026-03-02 12:00:00.000Z", status: "open", note: label });
      await server.admin.collection("milestones").create({ plan: planId, kind: "danish_lessons_start", due: "2026-03-02 12:00:00.000Z", status: "done" });
    } else {
      await server.admin.collection("milestones").create({ plan: planId, kind: "contract_follow_up", due: "2026-05-02 12:00:00.000Z", status: "open" });
      const contract = (await milestonesOf(planId)).find((milestone) => milestone.kind === "integration_contract")!;
      await server.admin.collection("milestones").update(contract.id, { status: "done", due: "2026-02-20 12:00:00.000Z" });
    }
    return planId;
  }
  const auditRows = (planId: string) => server.admin.collection("audit_log").getFullList({ filter: server.admin.filter("plan = {:plan} && action ~ 'recompute'", { plan: planId }) });

  it("is only for a caseworker of the plan's municipality (positive control: that caseworker may)", async () => {
    const planId = await legacyPlan("gladsaxe", single, "access");
    await createUser(server.admin, { email: "refugee-access@rules.test", role: "refugee", municipality: municipalities.gladsaxe!.id });
    const refugee = await server.signIn("refugee-access@rules.test", password);
    expect((await call(`plans/${planId}/recompute-milestones`, caseworkers.glostrup!, { dry_run: true })).status).toBe(404);
    expect((await call(`plans/${planId}/recompute-milestones`, refugee, { dry_run: true })).status).toBe(404);
    expect((await call(`plans/${planId}/recompute-milestones`, null, { dry_run: true })).status).toBe(401);
    const bad = await call(`plans/${planId}/recompute-milestones`, caseworkers.gladsaxe!, { dry_run: "yes" });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.data)).toEqual(["dry_run"]);
    expect((await call(`plans/${planId}/recompute-milestones`, caseworkers.gladsaxe!, { dry_run: true })).status).toBe(200);
  });

  it("a dry run reports the changes and writes nothing; the real run makes them, audits each, and a second run finds nothing", async () => {
    const planId = await legacyPlan("gladsaxe", single, "adult");
    const before = await milestonesOf(planId);
    const lines: string[] = [];
    const [dry] = await runRecompute({ client: server.admin, plan: planId, dryRun: true, log: (line: string) => lines.push(line) });
    expect(dry.moved).toEqual([expect.objectContaining({ kind: "contract_follow_up", from: "2026-05-02", to: "2026-06-13" })]);
    expect(dry.added.map((addition: { kind: string; due: string }) => [addition.kind, addition.due])).toEqual([
      ["visitation", "2026-05-02"], ["contract_follow_up", "2026-07-25"], ["contract_follow_up", "2026-09-05"], ["contract_follow_up", "2026-10-17"],
    ]);
    expect(lines.join("\n")).toMatch(/\[1\/1\] .*1 moved, 4 added, 0 no longer apply/);
    expect(await milestonesOf(planId)).toEqual(before);
    expect(await auditRows(planId)).toHaveLength(0);

    await runRecompute({ client: server.admin, plan: planId, log: () => {} });
    const after = await milestonesOf(planId);
    expect(after.filter((milestone) => milestone.kind === "contract_follow_up").map((milestone) => milestone.due)).toEqual(followUps2026);
    expect(after.find((milestone) => milestone.kind === "visitation")).toMatchObject({ due: "2026-05-02", status: "open" });
    // The done contract keeps its own date, though the rule would give 2026-03-02.
    expect(after.find((milestone) => milestone.kind === "integration_contract")).toMatchObject({ due: "2026-02-20", status: "done" });
    const actions = (await auditRows(planId)).map((row) => row.action).sort();
    expect(actions).toEqual(["recompute", "recompute_add", "recompute_add", "recompute_add", "recompute_add", "recompute_move"]);
    expect((await auditRows(planId)).every((row) => row.actor.startsWith("superuser:") && row.municipality === municipalities.gladsaxe!.id)).toBe(true);

    const [again] = await runRecompute({ client: server.admin, plan: planId, log: () => {} });
    expect([again.moved, again.added, again.skipped]).toEqual([[], [], []]);
  });

  it("marks an unaccompanied minor's open adult milestone as skipped with a note, and keeps the done one", async () => {
    const planId = await legacyPlan("gentofte", minor, "caseworker's own note");
    const [result] = await runRecompute({ client: server.admin, municipality: "gentofte", log: () => {} }).then((all) => all.filter((one: { plan: string }) => one.plan === planId));
    expect(result.skipped.map((skip: { kind: string }) => skip.kind)).toEqual(["integration_contract"]);
    const contract = await server.admin.collection("milestones").getOne(result.skipped[0].milestone);
    expect(contract.status).toBe("skipped");
    expect(contract.note).toMatch(/^caseworker's own note\nGælder ikke længere/);
    const lessons = (await milestonesOf(planId)).find((milestone) => milestone.kind === "danish_lessons_start");
    expect(lessons).toMatchObject({ status: "done" });
    expect((await auditRows(planId)).map((row) => row.action).sort()).toEqual(["recompute", "recompute_skip"]);
  });

  it("the command prints progress, and clear errors for an unknown plan or municipality", () => {
    const env = { ...process.env, PB_URL: server.url, PB_SUPERUSER_EMAIL: superuser.email, PB_SUPERUSER_PASSWORD: superuser.password };
    const command = (...args: string[]) => spawnSync(process.execPath, [join(process.cwd(), "scripts", "plans-recompute.mjs"), ...args], { env, encoding: "utf8" });
    const dryRun = command("--municipality", "glostrup", "--dry-run");
    expect(dryRun.status, dryRun.stderr).toBe(0);
    expect(dryRun.stdout).toMatch(/dry run: nothing is written[\s\S]*\[1\/1\][\s\S]*would change/);
    const unknownPlan = command("--plan", "doesnotexist123");
    expect(unknownPlan.status).toBe(1);
    expect(unknownPlan.stderr).toContain('No plan with the id "doesnotexist123".');
    const unknownMunicipality = command("--municipality", "aarhus");
    expect(unknownMunicipality.status).toBe(1);
    expect(unknownMunicipality.stderr).toContain('No municipality with the slug "aarhus".');
    expect(command("--help").stdout).toContain("Usage: npm run plans:recompute");
  }, 60_000);
});
