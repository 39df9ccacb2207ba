// The caseworker's worklist as the native Go endpoint serves it (issue 16): pages of at most 500 that add up to
// the whole ordered list, an answer that follows every write at once (the ordered list is kept per municipality
// until a write), and the staff-read trace in the audit log once per caseworker and hour, however many pages.
import { beforeAll, describe, expect, it } from "vitest";
import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { createUser, password } from "../support/fixtures";
import { createPlanFor, isoDaysFromNow, useWorld } from "../support/world";

type Row = { plan: string; overdue: number; soon: number };

const context = useWorld();
let caseworker: PocketBase;

beforeAll(async () => {
  caseworker = await context.server.signIn(context.world.users.caseworker.email, password);
});

async function worklist(query = ""): Promise<Row[]> {
  const response = await fetch(`${context.server.url}/api/velkommen/worklist${query}`, { headers: { authorization: caseworker.authStore.token } });
  expect(response.status).toBe(200);
  return response.json() as Promise<Row[]>;
}

async function planWithoutOpenMilestones(label: string): Promise<RecordModel> {
  const { server, world } = context;
  const refugee = await createUser(server.admin, { email: `${label}-${Date.now()}@world.test`, role: "refugee", municipality: world.municipality.id, language: "ar" });
  const plan = await createPlanFor(server.admin, refugee, world.municipality, world.users.caseworker);
  for (const milestone of await server.admin.collection("milestones").getFullList({ filter: server.admin.filter("plan = {:plan}", { plan: plan.id }) })) {
    await server.admin.collection("milestones").update(milestone.id, { status: "done" });
  }
  return plan;
}

describe("worklist pages", () => {
  it("add up to the whole list in the same order, and a page is at most 500", async () => {
    await planWithoutOpenMilestones("paging-a");
    await planWithoutOpenMilestones("paging-b");
    const whole = await worklist();
    expect(whole.length).toBeGreaterThanOrEqual(3);
    const paged: Row[] = [];
    for (let page = 1; page <= whole.length + 1; page += 1) paged.push(...(await worklist(`?limit=1&page=${page}`)));
    expect(paged.map((row) => row.plan)).toEqual(whole.map((row) => row.plan));
    expect(await worklist(`?limit=1&page=${whole.length + 1}`)).toEqual([]);
    expect((await worklist("?limit=100000")).length).toBe(whole.length); // capped at 500, and there are fewer
    expect(await worklist("?limit=2")).toEqual(whole.slice(0, 2));
  });
});

describe("worklist paging input", () => {
  it.each([
    ["?limit=abc", ["limit"]], ["?limit=0", ["limit"]], ["?page=0", ["page"]], ["?page=-2&limit=1.5", ["limit", "page"]],
  ])("%s is a 400 naming %j (control: ?limit=1&page=1 is a 200)", async (query, fields) => {
    expect((await worklist("?limit=1&page=1")).length).toBe(1);
    const response = await fetch(`${context.server.url}/api/velkommen/worklist${query}`, { headers: { authorization: caseworker.authStore.token } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { data: Record<string, { code: string; message: string }> };
    expect(Object.keys(body.data).sort()).toEqual(fields);
    for (const field of fields) expect(body.data[field]?.message).toMatch(/whole number/);
  });
});

describe("worklist freshness", () => {
  it("shows a new overdue milestone at once, and drops it at once when it is done (control: before the write)", async () => {
    const plan = await planWithoutOpenMilestones("fresh");
    const before = (await worklist()).find((row) => row.plan === plan.id);
    expect(before).toMatchObject({ overdue: 0, soon: 0 });
    const milestone = await context.server.admin.collection("milestones").create({ plan: plan.id, kind: "guided_tour", status: "open", due: isoDaysFromNow(-40) });
    const after = await worklist();
    expect(after.find((row) => row.plan === plan.id)).toMatchObject({ overdue: 1 });
    const overdueCounts = after.map((row) => row.overdue);
    expect(overdueCounts).toEqual([...overdueCounts].sort((first, second) => second - first));
    await context.server.admin.collection("milestones").update(milestone.id, { status: "done" });
    expect((await worklist()).find((row) => row.plan === plan.id)).toMatchObject({ overdue: 0, soon: 0 });
  });
});

describe("worklist audit", () => {
  it("leaves one staff-read row per caseworker and hour, however many pages are read", async () => {
    const { server, world } = context;
    await worklist("?limit=1&page=1");
    await worklist("?limit=1&page=2");
    const rows = await server.admin.collection("audit_log").getFullList({
      filter: server.admin.filter("actor = {:actor} && action = 'list' && collection = 'plans' && detail = 'worklist'", { actor: world.users.caseworker.id }),
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ municipality: world.municipality.id, record: "", plan: "" });
  });
});
