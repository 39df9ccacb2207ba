// The access matrix of the data contract as ONE scenario table (in the spirit of PocketBase's tests.ApiScenario):
// for every collection, every kind of person and every operation, the server must allow exactly what the table
// says. Allowed cells check the result and the audit row; denied cells check that nothing was read or written.
import { beforeAll, describe, expect, it } from "vitest";
import type PocketBase from "pocketbase";
import type { TestServer } from "../support/pocketbase";
import { password } from "../support/fixtures";
import { actors, createPlanFor, createShare, isoDaysFromNow, type Actor, useWorld, type World } from "../support/world";
import { createUser } from "../support/fixtures";

type Operation = "list" | "view" | "create" | "update" | "delete";
const operations: Operation[] = ["list", "view", "create", "update", "delete"];

interface CollectionScenario {
  /** A record to read (list/view) or a fresh, disposable one to change (update/delete). */
  target: (actor: Actor, operation: Operation) => Promise<string>;
  createBody: () => Promise<Record<string, unknown>>;
  updateBody: Record<string, unknown>;
  /** Who may do what. Everyone else must be refused. */
  allowed: Record<Operation, Actor[]>;
  /** Personal data: every allowed change must leave an audit row. */
  audited: boolean;
}

const caseworkerOnly: Actor[] = ["caseworker"];
const refugeeAndCaseworker: Actor[] = ["refugee", "caseworker"];
const nobody: Actor[] = [];

let server: TestServer;
let world: World;
const clients = new Map<Actor, PocketBase>();
let uniqueCounter = 0;
const unique = () => `${Date.now().toString(36)}${(uniqueCounter++).toString(36)}`;

async function disposablePlan(): Promise<string> {
  const refugee = await createUser(server.admin, { email: `plan-${unique()}@world.test`, role: "refugee", municipality: world.municipality.id, language: "ar" });
  return (await createPlanFor(server.admin, refugee, world.municipality, world.users.caseworker)).id;
}

const appointmentBody = () => ({
  plan: world.plan.id, title: "Møde i Jobcenter", starts: isoDaysFromNow(3), ends: isoDaysFromNow(3.05),
  place: "Rådhuset", with: "Sagsbehandler", interpreter: false, status: "planned",
});
const contactBody = () => ({ plan: world.plan.id, role: "volunteer", name: "Frivillig", organisation: "Røde Kors", phone: "+4512345678" });
// A task the refugee does themself (REFUGEE_TASKS), so the refugee may tick it off.
const milestoneBody = () => ({ plan: world.plan.id, kind: "digital_denmark", status: "open", due: isoDaysFromNow(10) });

const scenarios: Record<string, CollectionScenario> = {
  municipalities: {
    target: async () => world.municipality.id,
    createBody: async () => ({ slug: `x${unique()}`, name: "Ny Kommune" }),
    updateBody: { name: "Hacked" },
    allowed: { list: actors, view: actors, create: nobody, update: nobody, delete: nobody },
    audited: false,
  },
  users: {
    // Everyone targets the refugee: the refugee is "self"; the caseworker is of the same municipality.
    target: async () => world.users.refugee.id,
    createBody: async () => ({
      email: `new-${unique()}@world.test`, password, passwordConfirm: password, name: "Ny", role: "refugee",
      municipality: world.municipality.id, language: "ar",
    }),
    updateBody: { language: "uk" },
    allowed: { list: refugeeAndCaseworker, view: refugeeAndCaseworker, create: caseworkerOnly, update: refugeeAndCaseworker, delete: nobody },
    audited: true,
  },
  plans: {
    target: async (_actor, operation) => (operation === "update" || operation === "delete" ? disposablePlan() : world.plan.id),
    createBody: async () => {
      const refugee = await createUser(server.admin, { email: `new-plan-${unique()}@world.test`, role: "refugee", municipality: world.municipality.id, language: "ar" });
      return {
        refugee: refugee.id, municipality: world.municipality.id, caseworker: world.users.caseworker.id,
        arrival_date: "2026-11-02", responsibility_date: "2026-11-09", language: "ar",
        household: { adults: 2, children: 1, unaccompanied_minor: false },
      };
    },
    updateBody: { language: "uk" },
    allowed: { list: refugeeAndCaseworker, view: refugeeAndCaseworker, create: caseworkerOnly, update: caseworkerOnly, delete: caseworkerOnly },
    audited: true,
  },
  milestones: {
    target: async (_actor, operation) =>
      operation === "update" || operation === "delete" ? (await server.admin.collection("milestones").create(milestoneBody())).id : world.milestone.id,
    createBody: async () => milestoneBody(),
    updateBody: { status: "done" },
    allowed: { list: refugeeAndCaseworker, view: refugeeAndCaseworker, create: caseworkerOnly, update: refugeeAndCaseworker, delete: caseworkerOnly },
    audited: true,
  },
  appointments: {
    target: async (_actor, operation) =>
      operation === "update" || operation === "delete" ? (await server.admin.collection("appointments").create(appointmentBody())).id : world.appointment.id,
    createBody: async () => appointmentBody(),
    updateBody: { place: "Biblioteket" },
    allowed: { list: refugeeAndCaseworker, view: refugeeAndCaseworker, create: caseworkerOnly, update: caseworkerOnly, delete: caseworkerOnly },
    audited: true,
  },
  contacts: {
    target: async (_actor, operation) =>
      operation === "update" || operation === "delete" ? (await server.admin.collection("contacts").create(contactBody())).id : world.contact.id,
    createBody: async () => contactBody(),
    updateBody: { phone: "+4587654321" },
    allowed: { list: refugeeAndCaseworker, view: refugeeAndCaseworker, create: caseworkerOnly, update: caseworkerOnly, delete: caseworkerOnly },
    audited: true,
  },
  shares: {
    target: async (_actor, operation) =>
      operation === "update" || operation === "delete" ? (await createShare(server.admin, world.plan, world.users.refugee)).share.id : world.shares.valid.id,
    // Shares are made only through POST /api/velkommen/shares, which hands out the token once.
    createBody: async () => ({
      plan: world.plan.id, created_by: world.users.refugee.id, token_hash: "0".repeat(64), expires: isoDaysFromNow(5), scope: ["appointments"],
    }),
    updateBody: { revoked: true },
    allowed: { list: refugeeAndCaseworker, view: refugeeAndCaseworker, create: nobody, update: refugeeAndCaseworker, delete: nobody },
    audited: true,
  },
  audit_log: {
    target: async () => (await server.admin.collection("audit_log").getFirstListItem(server.admin.filter("plan = {:plan}", { plan: world.plan.id }))).id,
    createBody: async () => ({ actor: "forged", action: "create", collection: "plans", record: world.plan.id, plan: world.plan.id, municipality: world.municipality.id }),
    updateBody: { actor: "someone-else" },
    allowed: { list: caseworkerOnly, view: caseworkerOnly, create: nobody, update: nobody, delete: nobody },
    audited: false,
  },
};

function clientFor(actor: Actor): PocketBase {
  const client = clients.get(actor);
  if (!client) throw new Error(`no client for ${actor}`);
  return client;
}

function actorId(actor: Actor): string {
  return actor === "anonymous" ? "anonymous" : world.users[actor].id;
}

async function stored(collection: string, id: string) {
  return server.admin.collection(collection).getOne(id).catch(() => null);
}

async function totalItems(collection: string) {
  return (await server.admin.collection(collection).getList(1, 1)).totalItems;
}

async function expectAuditRow(actor: Actor, action: string, collection: string, record: string) {
  const rows = await server.admin.collection("audit_log").getFullList({
    filter: server.admin.filter("actor = {:actor} && action = {:action} && collection = {:collection} && record = {:record}", {
      actor: actorId(actor), action, collection, record,
    }),
  });
  expect(rows, `audit row for ${action} ${collection}/${record} by ${actor}`).toHaveLength(1);
}

const cells = Object.entries(scenarios).flatMap(([collection, scenario]) =>
  operations.flatMap((operation) => actors.map((actor) => ({
    collection, operation, actor, allowed: scenario.allowed[operation].includes(actor),
  }))),
);

async function runCell(collection: string, operation: Operation, actor: Actor, allowed: boolean) {
  const scenario = scenarios[collection];
  if (!scenario) throw new Error(`no scenario for ${collection}`);
  const records = clientFor(actor).collection(collection);
  if (operation === "list") {
    const target = await scenario.target(actor, operation);
    const listed = await records.getFullList({ filter: `id = "${target}"` }).catch(() => []);
    expect(listed.map((record) => record.id)).toEqual(allowed ? [target] : []);
    // Whatever a list shows, view must also allow: list never reveals more than view.
    for (const record of await records.getFullList().catch(() => [])) {
      await expect(records.getOne(record.id)).resolves.toMatchObject({ id: record.id });
    }
  } else if (operation === "view") {
    const target = await scenario.target(actor, operation);
    if (allowed) await expect(records.getOne(target)).resolves.toMatchObject({ id: target });
    else await expect(records.getOne(target)).rejects.toMatchObject({ status: expect.any(Number) });
  } else if (operation === "create") {
    const before = await totalItems(collection);
    const body = await scenario.createBody();
    if (allowed) {
      const created = await records.create(body);
      expect(await stored(collection, created.id)).not.toBeNull();
      if (scenario.audited) await expectAuditRow(actor, "create", collection, created.id);
    } else {
      await expect(records.create(body)).rejects.toMatchObject({ status: expect.any(Number) });
      expect(await totalItems(collection)).toBe(before);
    }
  } else if (operation === "update") {
    const target = await scenario.target(actor, operation);
    const before = await stored(collection, target);
    if (allowed) {
      await records.update(target, scenario.updateBody);
      expect(await stored(collection, target)).toMatchObject(scenario.updateBody);
      if (scenario.audited) await expectAuditRow(actor, "update", collection, target);
      if (collection === "users") await server.admin.collection("users").update(target, { language: "ar" });
    } else {
      await expect(records.update(target, scenario.updateBody)).rejects.toMatchObject({ status: expect.any(Number) });
      expect(await stored(collection, target)).toEqual(before);
    }
  } else {
    const target = await scenario.target(actor, operation);
    if (allowed) {
      await records.delete(target);
      expect(await stored(collection, target)).toBeNull();
      if (scenario.audited) await expectAuditRow(actor, "delete", collection, target);
    } else {
      await expect(records.delete(target)).rejects.toMatchObject({ status: expect.any(Number) });
      expect(await stored(collection, target)).not.toBeNull();
    }
  }
}

const context = useWorld();

beforeAll(async () => {
  ({ server, world } = context);
  clients.set("anonymous", server.client());
  for (const actor of actors) {
    if (actor !== "anonymous") clients.set(actor, await server.signIn(world.users[actor].email, password));
  }
  // Signed in while active, then deactivated by a superuser: the session must open nothing any more.
  await server.admin.collection("users").update(world.users.deactivatedCaseworker.id, { deactivated: true });
});


describe("access matrix", () => {
  it.each(cells)("$collection $operation by $actor: allowed=$allowed", async ({ collection, operation, actor, allowed }) => {
    await runCell(collection, operation as Operation, actor, allowed);
  });
});


// The account endpoints as scenarios of the same kind: who may see an account's state, issue a letter code for a
// never-activated account, and recover an active one (only the plan's assigned caseworker). Each cell works on a
// fresh plan, so a recovery never ends another cell's session.
type AccountEndpoint = "access" | "activation-code" | "recover-access";
const accountScenarios: Record<AccountEndpoint, { method: string; body?: unknown; allowed: Actor[]; activeRefugee: boolean }> = {
  "access": { method: "GET", allowed: ["caseworker"], activeRefugee: true },
  "activation-code": { method: "POST", allowed: ["caseworker"], activeRefugee: false },
  "recover-access": { method: "POST", body: { reason: "Phone stolen at the station." }, allowed: ["caseworker"], activeRefugee: true },
};
const accountCells = (Object.keys(accountScenarios) as AccountEndpoint[]).flatMap((endpoint) =>
  actors.map((actor) => ({ endpoint, actor, allowed: accountScenarios[endpoint].allowed.includes(actor) })));

describe("account endpoints (recovery flow)", () => {
  it.each(accountCells)("$endpoint by $actor: allowed=$allowed", async ({ endpoint, actor, allowed }) => {
    const scenario = accountScenarios[endpoint];
    const refugee = await createUser(server.admin, { email: `acct-${unique()}@world.test`, role: "refugee", municipality: world.municipality.id, language: "ar" });
    const plan = await createPlanFor(server.admin, refugee, world.municipality, world.users.caseworker);
    const refugeeClient = scenario.activeRefugee ? await server.signIn(refugee.email, password) : null;
    const codesBefore = (await server.admin.collection("activation_codes").getFullList({ filter: `user = "${refugee.id}"` })).length;
    const token = actor === "anonymous" ? undefined : clientFor(actor).authStore.token;
    const response = await fetch(`${server.url}/api/velkommen/plans/${plan.id}/${endpoint}`, {
      method: scenario.method,
      headers: { "content-type": "application/json", ...(token ? { authorization: token } : {}) },
      body: scenario.body === undefined ? undefined : JSON.stringify(scenario.body),
    });
    const codesAfter = (await server.admin.collection("activation_codes").getFullList({ filter: `user = "${refugee.id}"` })).length;
    if (allowed) {
      expect(response.status).toBe(200);
      if (endpoint !== "access") {
        expect(codesAfter).toBe(1);
        await expect(server.admin.collection("audit_log").getFirstListItem(server.admin.filter("actor = {:actor} && record = {:record} && action = {:action}", {
          actor: world.users.caseworker.id, record: refugee.id, action: endpoint === "recover-access" ? "recover_access" : "issue_activation_code",
        }))).resolves.toBeTruthy();
      }
      // After a recovery the refugee's old session is over.
      if (endpoint === "recover-access") await expect(refugeeClient!.collection("users").authRefresh()).rejects.toMatchObject({ status: 401 });
    } else {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(codesAfter).toBe(codesBefore);
      const stored = await server.admin.collection("users").getOne(refugee.id);
      expect(stored.access_reset_at).toBe("");
      if (refugeeClient) await expect(refugeeClient.collection("users").authRefresh()).resolves.toBeTruthy();
    }
  });
});
