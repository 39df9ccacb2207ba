// The custom endpoints under /api/velkommen/: activation, shares, GDPR export and erasure, calendar.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type PocketBase from "pocketbase";
import { startTestServer, type TestServer } from "../support/pocketbase";
import { createUser, password } from "../support/fixtures";
import { createPlanFor, danishDateInDays, isoDaysFromNow, useWorld, type World } from "../support/world";

let server: TestServer;
let world: World;
let caseworker: PocketBase;

const context = useWorld();

beforeAll(async () => {
  ({ server, world } = context);
  caseworker = await server.signIn(world.users.caseworker.email, password);
});


async function call(path: string, options: { method?: string; body?: unknown; token?: string } = {}) {
  const response = await fetch(`${server.url}/api/velkommen/${path}`, {
    method: options.method ?? "POST",
    headers: { "content-type": "application/json", ...(options.token ? { authorization: options.token } : {}) },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  let json: any = null;
  try { json = JSON.parse(text); } catch { json = null; }
  return { status: response.status, headers: response.headers, text, json };
}

const dateInDays = danishDateInDays;

async function freshRefugeeWithPlan(label: string) {
  const refugee = await createUser(server.admin, { email: `${label}-${Date.now()}@world.test`, role: "refugee", municipality: world.municipality.id, language: "ar" });
  const plan = await createPlanFor(server.admin, refugee, world.municipality, world.users.caseworker);
  return { refugee, plan };
}

describe("activation codes", () => {
  it("are issued only by a caseworker of the plan's municipality", async () => {
    const { plan } = await freshRefugeeWithPlan("issue");
    const other = await server.signIn(world.users.otherCaseworker.email, password);
    const refugee = await server.signIn(world.users.refugee.email, password);
    expect((await call(`plans/${plan.id}/activation-code`, { token: other.authStore.token })).status).toBe(404);
    expect((await call(`plans/${plan.id}/activation-code`, { token: refugee.authStore.token })).status).toBe(404);
    expect((await call(`plans/${plan.id}/activation-code`)).status).toBe(401);
    const issued = await call(`plans/${plan.id}/activation-code`, { token: caseworker.authStore.token });
    expect(issued.status).toBe(200);
    expect(issued.json.code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    expect(issued.json.path).toBe(`/ar/me/#code=${issued.json.code}`);
  });

  it("sign the refugee in once, store only a hash, and stop working after use or reissue", async () => {
    const { refugee, plan } = await freshRefugeeWithPlan("activate");
    const first = (await call(`plans/${plan.id}/activation-code`, { token: caseworker.authStore.token })).json.code as string;
    const second = (await call(`plans/${plan.id}/activation-code`, { token: caseworker.authStore.token })).json.code as string;
    const stored = await server.admin.collection("activation_codes").getFullList({ filter: `user = "${refugee.id}"` });
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(second.replace("-", ""));

    const reissued = await call("activate", { body: { code: first, password: "a new long password" } });
    expect(reissued.status).toBe(400);
    expect(reissued.json.data.code.code).toBe("validation_code_not_valid");

    const activated = await call("activate", { body: { code: second.toLowerCase().replace("-", " "), password: "a new long password" } });
    expect(activated.status).toBe(200);
    expect(activated.json.record.id).toBe(refugee.id);
    expect(activated.json.token).toBeTruthy();
    await expect(server.signIn(refugee.email, "a new long password")).resolves.toBeTruthy();

    const reused = await call("activate", { body: { code: second, password: "another long password" } });
    expect(reused.json).toEqual(reissued.json);
    const audit = await server.admin.collection("audit_log").getFullList({ filter: `action = "activate" && record = "${refugee.id}"` });
    expect(audit).toHaveLength(1);
  });

  it("refuse an expired code like an unknown one", async () => {
    const { plan } = await freshRefugeeWithPlan("expired");
    const code = (await call(`plans/${plan.id}/activation-code`, { token: caseworker.authStore.token })).json.code as string;
    const row = await server.admin.collection("activation_codes").getFirstListItem(`user = "${plan.refugee}"`);
    await server.admin.collection("activation_codes").update(row.id, { expires: isoDaysFromNow(-1) });
    const expired = await call("activate", { body: { code, password: "a new long password" } });
    const unknown = await call("activate", { body: { code: "ABCDE-23456", password: "a new long password" } });
    expect(expired.status).toBe(400);
    expect(expired.json).toEqual(unknown.json);
  });

  it.each<[string, unknown, string[]]>([
    ["nothing", {}, ["code", "password"]],
    ["a short password", { code: "ABCDE-23456", password: "short" }, ["password"]],
    ["a code with wrong letters", { code: "OOOOO-11111", password: "a new long password" }, ["code"]],
    ["wrong types", { code: 12345, password: ["x"] }, ["code", "password"]],
  ])("answer %s with 400 and a message per field", async (_what, body, fields) => {
    const answer = await call("activate", { body });
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.json.data).sort()).toEqual(fields);
  });
});

describe("shares", () => {
  it("are made by the refugee for the own plan, with a token that is stored only as a hash", async () => {
    const refugee = await server.signIn(world.users.refugee.email, password);
    const made = await call("shares", { token: refugee.authStore.token, body: { expires: dateInDays(30), scope: ["appointments"] } });
    expect(made.status).toBe(200);
    const stored = await server.admin.collection("shares").getOne(made.json.id);
    expect(stored.token_hash).toBe(createHash("sha256").update(made.json.token).digest("hex"));
    expect(JSON.stringify(stored)).not.toContain(made.json.token);
    expect(stored.plan).toBe(world.plan.id);
  });

  it.each<[string, unknown, string[]]>([
    ["more than 90 days", { expires: dateInDays(91), scope: ["contacts"] }, ["expires"]],
    ["in the past", { expires: dateInDays(-2), scope: ["contacts"] }, ["expires"]],
    ["an unknown scope", { expires: dateInDays(5), scope: ["passport"] }, ["scope"]],
    ["nothing", {}, ["expires", "scope"]],
  ])("refuse %s with a 400 per field", async (_what, body, fields) => {
    const refugee = await server.signIn(world.users.refugee.email, password);
    const answer = await call("shares", { token: refugee.authStore.token, body });
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.json.data).sort()).toEqual(fields);
  });

  it("ignore a forged plan or created_by in the body", async () => {
    const refugee = await server.signIn(world.users.refugee.email, password);
    const made = await call("shares", {
      token: refugee.authStore.token,
      body: { expires: dateInDays(4), scope: ["contacts"], plan: world.otherPlan.id, created_by: world.users.otherRefugee.id, revoked: true },
    });
    const stored = await server.admin.collection("shares").getOne(made.json.id);
    expect(stored).toMatchObject({ plan: world.plan.id, created_by: world.users.refugee.id, revoked: false });
  });

  it("cannot be made by a caseworker or a volunteer", async () => {
    const volunteer = await server.signIn(world.users.volunteerValidShare.email, password);
    for (const client of [caseworker, volunteer]) {
      const answer = await call("shares", { token: client.authStore.token, body: { expires: dateInDays(5), scope: ["contacts"] } });
      expect(answer.status).toBe(403);
    }
  });

  it("show the volunteer the consented scope only, and audit the use", async () => {
    const opened = await call("shared", { body: { token: world.shareTokens.valid } });
    expect(opened.status).toBe(200);
    expect(opened.json.scope).toEqual(["appointments", "contacts"]);
    expect(opened.json.appointments.map((appointment: { title: string }) => appointment.title)).toContain("Helbredsvurdering");
    expect(opened.json.contacts).toHaveLength(1);
    expect(opened.json.milestones).toBeUndefined();
    expect(opened.text).not.toContain(world.users.refugee.email);
    expect(opened.text).not.toContain(world.plan.id);
    const uses = await server.admin.collection("audit_log").getFullList({ filter: `action = "share_use" && record = "${world.shares.valid.id}"` });
    expect(uses.length).toBeGreaterThan(0);
  });

  it("answer unknown, expired and revoked tokens with the same 404", async () => {
    const answers = await Promise.all(["not-a-token", world.shareTokens.expired, world.shareTokens.revoked].map((token) => call("shared", { body: { token } })));
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.json).toEqual(answers[0]?.json);
    }
    expect((await call("shared", { body: {} })).status).toBe(400);
  });

  it("stop working as soon as the refugee revokes them", async () => {
    const refugee = await server.signIn(world.users.refugee.email, password);
    const made = await call("shares", { token: refugee.authStore.token, body: { expires: dateInDays(3), scope: ["milestones"] } });
    expect((await call("shared", { body: { token: made.json.token } })).status).toBe(200);
    await refugee.collection("shares").update(made.json.id, { revoked: true });
    expect((await call("shared", { body: { token: made.json.token } })).status).toBe(404);
  });
});

describe("POST plans (account and plan together)", () => {
  const body = (email: string, household: unknown = { adults: 1, children: 0, unaccompanied_minor: false }) => ({
    name: "Ny Borger", email, language: "so", arrival_date: "2026-11-02", responsibility_date: "2026-11-09", household,
  });

  it("creates the refugee in the caseworker's municipality and the plan with its milestones", async () => {
    const made = await call("plans", { token: caseworker.authStore.token, body: body("new-plan@world.test") });
    expect(made.status).toBe(200);
    const plan = await server.admin.collection("plans").getOne(made.json.plan, { expand: "refugee" });
    expect(plan.municipality).toBe(world.municipality.id);
    expect(plan.expand?.refugee).toMatchObject({ role: "refugee", municipality: world.municipality.id, language: "so" });
    expect((await server.admin.collection("milestones").getFullList({ filter: `plan = "${plan.id}"` })).length).toBeGreaterThan(3);
  });

  it("writes nothing when the plan is invalid, and answers per field", async () => {
    const usersBefore = (await server.admin.collection("users").getList(1, 1)).totalItems;
    const refused = await call("plans", { token: caseworker.authStore.token, body: body("half@world.test", { adults: -3 }) });
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.json.data)).toContain("household");
    expect((await server.admin.collection("users").getList(1, 1)).totalItems).toBe(usersBefore);
  });

  it("is refused for anyone but a caseworker", async () => {
    const refugee = await server.signIn(world.users.refugee.email, password);
    expect((await call("plans", { token: refugee.authStore.token, body: body("x@world.test") })).status).toBe(403);
    expect((await call("plans", { body: body("y@world.test") })).status).toBe(401);
  });
});

describe("me/dashboard", () => {
  it("gives the refugee the own plan and everything under it, in one answer, without token hashes", async () => {
    const refugee = await server.signIn(world.users.refugee.email, password);
    const answer = await call("me/dashboard", { method: "GET", token: refugee.authStore.token });
    expect(answer.status).toBe(200);
    expect(answer.json.plan.id).toBe(world.plan.id);
    for (const collection of ["milestones", "appointments", "contacts", "shares"]) {
      const viaApi = await refugee.collection(collection).getFullList();
      expect(answer.json[collection].map((record: { id: string }) => record.id).sort()).toEqual(viaApi.map((record) => record.id).sort());
    }
    expect(answer.text).not.toContain("token_hash");
  });

  it.each<[string, () => string | undefined, number, boolean]>([
    ["another refugee sees only their own", () => world.users.otherRefugee.email, 200, true],
    ["a caseworker has no plan of their own", () => world.users.caseworker.email, 200, false],
    ["anonymous", () => undefined, 401, false],
  ])("%s", async (_who, email, status, hasPlan) => {
    const address = email();
    const token = address ? (await server.signIn(address, password)).authStore.token : undefined;
    const answer = await call("me/dashboard", { method: "GET", token });
    expect(answer.status).toBe(status);
    if (status === 200) {
      expect(Boolean(answer.json.plan)).toBe(hasPlan);
      expect(answer.text).not.toContain(world.plan.id);
    }
  });
});

describe("worklist", () => {
  it("lists the caseworker's own municipality's plans, most urgent first", async () => {
    const overdue = await freshRefugeeWithPlan("overdue");
    await server.admin.collection("milestones").create({ plan: overdue.plan.id, kind: "guided_tour", status: "open", due: isoDaysFromNow(-3) });
    const answer = await call("worklist", { method: "GET", token: caseworker.authStore.token });
    expect(answer.status).toBe(200);
    const plans = answer.json.map((row: { plan: string }) => row.plan);
    expect(plans).toContain(world.plan.id);
    expect(answer.json[0].overdue).toBeGreaterThan(0);
    const counts = answer.json.map((row: { overdue: number }) => row.overdue);
    expect(counts).toEqual([...counts].sort((first: number, second: number) => second - first));
    expect(answer.text).not.toContain("token_hash");
  });

  it.each<[string, () => string | undefined, number]>([
    ["a caseworker elsewhere sees none of these plans", () => world.users.otherCaseworker.email, 200],
    ["a refugee is refused", () => world.users.refugee.email, 403],
    ["an editor is refused", () => world.users.editor.email, 403],
    ["anonymous is refused", () => undefined, 401],
  ])("%s", async (_who, email, status) => {
    const address = email();
    const token = address ? (await server.signIn(address, password)).authStore.token : undefined;
    const answer = await call("worklist", { method: "GET", token });
    expect(answer.status).toBe(status);
    if (status === 200) expect(answer.text).not.toContain(world.plan.id);
  });
});

describe("calendar.ics", () => {
  it.each<[string, () => string | undefined, number]>([
    ["the refugee", () => world.users.refugee.email, 200],
    ["the caseworker", () => world.users.caseworker.email, 200],
    ["another refugee", () => world.users.otherRefugee.email, 404],
    ["a caseworker elsewhere", () => world.users.otherCaseworker.email, 404],
    ["a volunteer account", () => world.users.volunteerValidShare.email, 404],
    ["anonymous", () => undefined, 404],
  ])("for %s: %i", async (_who, email, status) => {
    const address = email();
    const token = address ? (await server.signIn(address, password)).authStore.token : undefined;
    const answer = await call(`plans/${world.plan.id}/calendar.ics`, { method: "GET", token });
    expect(answer.status).toBe(status);
    if (status === 200) {
      expect(answer.headers.get("content-type")).toContain("text/calendar");
      expect(answer.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expect(answer.text).toContain("SUMMARY:Helbredsvurdering\r\n");
      expect(answer.text).toContain("LOCATION:Lægehuset\\, Hovedvejen 1\r\n");
    }
  });
});

describe("my data", () => {
  it("export gives everything about me, no token hashes, and is never cached", async () => {
    const refugee = await server.signIn(world.users.refugee.email, password);
    const answer = await call("me/export", { method: "GET", token: refugee.authStore.token });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(answer.json.user.email).toBe(world.users.refugee.email);
    expect(answer.json.plans[0].plan.id).toBe(world.plan.id);
    expect(answer.json.plans[0].milestones.length).toBeGreaterThan(3);
    expect(answer.json.plans[0].appointments[0].title).toBe("Helbredsvurdering");
    expect(answer.text).not.toContain("token_hash");
    expect(answer.text).not.toContain(world.users.otherRefugee.email);
    // Everything the person can see through the API is in the export.
    for (const collection of ["plans", "milestones", "appointments", "contacts", "shares"]) {
      for (const record of await refugee.collection(collection).getFullList()) expect(answer.text).toContain(record.id);
    }
  });

  it("erasing me removes me and my plan, and leaves only a pseudonym in the audit log", async () => {
    const { refugee, plan } = await freshRefugeeWithPlan("erase");
    await caseworker.collection("appointments").create({ plan: plan.id, title: "Møde", starts: isoDaysFromNow(2), status: "planned" });
    const client = await server.signIn(refugee.email, password);
    await client.collection("users").update(refugee.id, { language: "uk" });
    await call("shares", { token: client.authStore.token, body: { expires: dateInDays(10), scope: ["contacts"] } });
    await call(`plans/${plan.id}/activation-code`, { token: caseworker.authStore.token });
    expect((await call("me", { method: "DELETE", token: client.authStore.token })).status).toBe(204);
    // The token stops working at once.
    expect((await call("me/export", { method: "GET", token: client.authStore.token })).status).toBe(401);
    // No record in any collection refers to the person any more.
    for (const collection of await server.admin.collections.getFullList()) {
      if (collection.name.startsWith("_") && collection.name !== "_authOrigins" && collection.name !== "_externalAuths") continue;
      const records = await server.admin.collection(collection.name).getFullList();
      expect(JSON.stringify(records), `${collection.name} still refers to the erased person`).not.toContain(refugee.id);
      expect(JSON.stringify(records)).not.toContain(refugee.email);
    }
    await expect(server.admin.collection("users").getOne(refugee.id)).rejects.toMatchObject({ status: 404 });
    await expect(server.admin.collection("plans").getOne(plan.id)).rejects.toMatchObject({ status: 404 });
    expect(await server.admin.collection("appointments").getFullList({ filter: `plan = "${plan.id}"` })).toHaveLength(0);
    const audit = await server.admin.collection("audit_log").getFullList();
    expect(JSON.stringify(audit)).not.toContain(refugee.id);
    expect(audit.some((row) => row.action === "erase" && String(row.actor).startsWith("erased-"))).toBe(true);
  });
});

describe("rate limits", () => {
  it("stop guessing activation codes after 5 tries a minute", async () => {
    const limited = await startTestServer({ rateLimits: true });
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 7; attempt++) {
        const response = await fetch(`${limited.url}/api/velkommen/activate`, {
          method: "POST", headers: { "content-type": "application/json" },
          body: JSON.stringify({ code: "ABCDE-23456", password: "a new long password" }),
        });
        statuses.push(response.status);
      }
      expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
      expect(statuses.slice(5)).toEqual([429, 429]);
    } finally {
      await limited.stop();
    }
  });
});
