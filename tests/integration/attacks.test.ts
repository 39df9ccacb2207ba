// What an attacker with the demo logins and the API docs would try beyond the plain access matrix:
// filters as an oracle, expand as a leak, forged relations, quiet edits of protected fields.
import { beforeAll, describe, expect, it } from "vitest";
import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import type { TestServer } from "../support/pocketbase";
import { password } from "../support/fixtures";
import { createPlanFor, isoDaysFromNow, useWorld, type World } from "../support/world";
import { createUser } from "../support/fixtures";

let server: TestServer;
let world: World;
let refugee: PocketBase;
let otherRefugee: PocketBase;
let caseworker: PocketBase;
let otherCaseworker: PocketBase;
let editor: PocketBase;
let strangerWithoutPlan: RecordModel;
let foreignPlan: RecordModel;

const context = useWorld();

beforeAll(async () => {
  ({ server, world } = context);
  refugee = await server.signIn(world.users.refugee.email, password);
  otherRefugee = await server.signIn(world.users.otherRefugee.email, password);
  caseworker = await server.signIn(world.users.caseworker.email, password);
  otherCaseworker = await server.signIn(world.users.otherCaseworker.email, password);
  editor = await server.signIn(world.users.editor.email, password);
  strangerWithoutPlan = await createUser(server.admin, { email: "stranger@world.test", role: "refugee", municipality: world.otherMunicipality.id });
  const strangerWithPlan = await createUser(server.admin, { email: "stranger-with-plan@world.test", role: "refugee", municipality: world.otherMunicipality.id });
  foreignPlan = await createPlanFor(server.admin, strangerWithPlan, world.otherMunicipality);
});


/** The ids a filtered list returns, or [] when the server refuses the filter. */
async function listIds(client: PocketBase, collection: string, filter: string): Promise<string[]> {
  const records = await client.collection(collection).getFullList({ filter }).catch(() => []);
  return records.map((record) => record.id);
}

describe("filters are no oracle", () => {
  it.each<[string, () => PocketBase, string, () => string, () => string]>([
    // [what, who, collection, a filter that is true for the victim, the same filter made false]
    ["another refugee's e-mail through users", () => otherRefugee, "users", () => `email = "${world.users.refugee.email}"`, () => `email = "nobody@world.test"`],
    ["the caseworker's name through the own plan", () => refugee, "plans", () => `caseworker.name = "${world.users.caseworker.name}"`, () => `caseworker.name = "not-the-name"`],
    ["the caseworker's e-mail through the own plan", () => refugee, "plans", () => `caseworker.email = "${world.users.caseworker.email}"`, () => `caseworker.email = "x@y.z"`],
    ["a share's token hash", () => refugee, "shares", () => `token_hash != ""`, () => `token_hash = "none"`],
    ["another municipality's plans through a relation", () => otherCaseworker, "municipalities", () => `@collection.plans.municipality ?= id`, () => `id = "none"`],
    ["the caseworker's e-mail through the own milestones", () => refugee, "milestones", () => `plan.caseworker.email = "${world.users.caseworker.email}"`, () => `plan.caseworker.email = "x@y.z"`],
    ["a stranger's plan through the users back-relation", () => otherCaseworker, "users", () => `plans_via_refugee.language ?= "ar"`, () => `id = "none"`],
  ])("%s", async (_what, who, collection, truthy, falsy) => {
    expect(await listIds(who(), collection, truthy())).toEqual(await listIds(who(), collection, falsy()));
  });
});

describe("sorting is no oracle", () => {
  it("refuses to sort shares by the hidden token hash", async () => {
    await expect(caseworker.collection("shares").getList(1, 50, { sort: "token_hash" })).rejects.toMatchObject({ status: 400 });
    await expect(caseworker.collection("shares").getList(1, 50, { sort: "-token_hash" })).rejects.toMatchObject({ status: 400 });
  });
});

describe("expand leaks nothing that view hides", () => {
  it("a refugee expanding the own plan sees no caseworker user record", async () => {
    const plan = await refugee.collection("plans").getOne(world.plan.id, { expand: "caseworker,municipality" });
    expect(plan.expand?.caseworker).toBeUndefined();
    expect(plan.expand?.municipality).toMatchObject({ slug: "glostrup" });
  });

  it("a caseworker expanding shares sees no token hash", async () => {
    const shares = await caseworker.collection("shares").getFullList({ expand: "plan,created_by" });
    expect(shares.length).toBeGreaterThan(0);
    for (const share of shares) expect(share.token_hash).toBeUndefined();
  });

  it("an editor expanding municipalities back to plans gets no plans", async () => {
    const municipalities = await editor.collection("municipalities").getFullList({ expand: "plans_via_municipality" });
    for (const municipality of municipalities) expect(municipality.expand?.plans_via_municipality).toBeUndefined();
  });
});

describe("forged relations and protected fields are refused, and nothing is written", () => {
  const counts = async () => Object.fromEntries(await Promise.all(
    ["plans", "milestones", "appointments", "contacts", "shares", "users", "audit_log"].map(async (name) =>
      [name, (await server.admin.collection(name).getList(1, 1)).totalItems] as const),
  ));
  const snapshot = async (collection: string, id: string) => server.admin.collection(collection).getOne(id);

  it.each<[string, () => Promise<unknown>, () => [string, string] | null]>([
    ["caseworker creates a plan in another municipality", async () =>
      caseworker.collection("plans").create({ refugee: strangerWithoutPlan.id, municipality: world.otherMunicipality.id, arrival_date: "2026-11-02", responsibility_date: "2026-11-09", language: "ar", household: { adults: 1, children: 0, unaccompanied_minor: false } }),
    () => null],
    ["caseworker creates a plan for a refugee of another municipality", async () =>
      caseworker.collection("plans").create({ refugee: strangerWithoutPlan.id, municipality: world.municipality.id, arrival_date: "2026-11-02", responsibility_date: "2026-11-09", language: "ar", household: { adults: 1, children: 0, unaccompanied_minor: false } }),
    () => null],
    ["caseworker makes a caseworker the refugee of a plan", async () =>
      caseworker.collection("plans").create({ refugee: world.users.editor.id, municipality: world.municipality.id, arrival_date: "2026-11-02", responsibility_date: "2026-11-09", language: "ar", household: { adults: 1, children: 0, unaccompanied_minor: false } }),
    () => null],
    ["other caseworker adds an appointment to a plan elsewhere", async () =>
      otherCaseworker.collection("appointments").create({ plan: world.plan.id, title: "x", starts: isoDaysFromNow(1), status: "planned" }),
    () => null],
    ["caseworker moves a plan to another municipality", async () =>
      caseworker.collection("plans").update(world.plan.id, { municipality: world.otherMunicipality.id }),
    () => ["plans", world.plan.id]],
    ["caseworker moves an appointment to a plan elsewhere", async () =>
      caseworker.collection("appointments").update(world.appointment.id, { plan: foreignPlan.id }),
    () => ["appointments", world.appointment.id]],
    ["refugee moves a milestone's due date", async () =>
      refugee.collection("milestones").update(world.milestone.id, { due: "2030-01-01 12:00:00.000Z" }), () => ["milestones", world.milestone.id]],
    ["refugee skips a milestone", async () =>
      refugee.collection("milestones").update(world.milestone.id, { status: "skipped" }), () => ["milestones", world.milestone.id]],
    ["refugee writes the caseworker's note", async () =>
      refugee.collection("milestones").update(world.milestone.id, { note: "done, trust me" }), () => ["milestones", world.milestone.id]],
    ["refugee un-revokes a share", async () =>
      refugee.collection("shares").update(world.shares.revoked.id, { revoked: false }), () => ["shares", world.shares.revoked.id]],
    ["refugee extends a share past its expiry", async () =>
      refugee.collection("shares").update(world.shares.valid.id, { revoked: true, expires: isoDaysFromNow(400) }), () => ["shares", world.shares.valid.id]],
    ["refugee gives a caseworker role to themselves", async () =>
      refugee.collection("users").update(world.users.refugee.id, { role: "caseworker" }), () => ["users", world.users.refugee.id]],
    ["caseworker creates a caseworker", async () =>
      caseworker.collection("users").create({ email: `cw-${Date.now()}@world.test`, password, passwordConfirm: password, role: "caseworker", municipality: world.municipality.id, language: "da" }),
    () => null],
    ["caseworker creates a refugee in another municipality", async () =>
      caseworker.collection("users").create({ email: `r-${Date.now()}@world.test`, password, passwordConfirm: password, role: "refugee", municipality: world.otherMunicipality.id, language: "ar" }),
    () => null],
    ["anonymous signs up", async () =>
      server.client().collection("users").create({ email: `anon-${Date.now()}@world.test`, password, passwordConfirm: password }),
    () => null],
  ])("%s", async (_what, attempt, protectedRecord) => {
    const target = protectedRecord();
    const before = target ? await snapshot(...target) : null;
    const countsBefore = await counts();
    await expect(attempt()).rejects.toMatchObject({ status: expect.any(Number) });
    if (target) expect(await snapshot(...target)).toEqual(before);
    expect(await counts()).toEqual(countsBefore);
  });
});
