// Bad input gets a 400 with a message per field, never a 500, and nothing is half-written.
import { beforeAll, describe, expect, it } from "vitest";
import type PocketBase from "pocketbase";
import type { TestServer } from "../support/pocketbase";
import { password } from "../support/fixtures";
import { useWorld, type World } from "../support/world";

let server: TestServer;
let world: World;
let caseworker: PocketBase;
let refugee: PocketBase;

const context = useWorld();

beforeAll(async () => {
  ({ server, world } = context);
  caseworker = await server.signIn(world.users.caseworker.email, password);
  refugee = await server.signIn(world.users.refugee.email, password);
});


const oneMegabyte = "x".repeat(1024 * 1024);
const collectionsToCount = ["users", "plans", "milestones", "appointments", "contacts", "shares", "activation_codes", "audit_log"];

async function counts() {
  return Object.fromEntries(await Promise.all(collectionsToCount.map(async (name) =>
    [name, (await server.admin.collection(name).getList(1, 1)).totalItems] as const)));
}

async function send(who: () => PocketBase | null, method: string, path: string, body: unknown) {
  const client = who();
  const response = await fetch(server.url + path, {
    method,
    headers: { "content-type": "application/json", ...(client ? { authorization: client.authStore.token } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, json: await response.json().catch(() => null) };
}

const validPlan = () => ({
  refugee: world.users.otherRefugee.id, municipality: world.municipality.id, arrival_date: "2026-11-02",
  responsibility_date: "2026-11-09", language: "ar", household: { adults: 1, children: 0, unaccompanied_minor: false },
});

describe("bad input", () => {
  it.each<[string, () => PocketBase | null, string, () => string, () => unknown, string[]]>([
    ["plan with no fields", () => caseworker, "POST", () => "/api/collections/plans/records", () => ({}), ["arrival_date", "household", "language", "municipality", "refugee", "responsibility_date"]],
    ["plan with wrong types", () => caseworker, "POST", () => "/api/collections/plans/records", () => ({ ...validPlan(), arrival_date: 5, household: "two adults" }), ["arrival_date", "household"]],
    ["plan with an impossible date", () => caseworker, "POST", () => "/api/collections/plans/records", () => ({ ...validPlan(), responsibility_date: "2026-02-30" }), ["responsibility_date"]],
    ["plan with an unknown language", () => caseworker, "POST", () => "/api/collections/plans/records", () => ({ ...validPlan(), language: "xx" }), ["language"]],
    ["plan with a negative household", () => caseworker, "POST", () => "/api/collections/plans/records", () => ({ ...validPlan(), household: { adults: -1, children: 0, unaccompanied_minor: false } }), ["household"]],
    ["plan update with a 1 MB language", () => caseworker, "PATCH", () => `/api/collections/plans/records/${world.plan.id}`, () => ({ language: oneMegabyte }), ["language"]],
    ["milestone of an unknown kind", () => caseworker, "POST", () => "/api/collections/milestones/records", () => ({ plan: world.plan.id, kind: "win_lottery", status: "open" }), ["kind"]],
    ["milestone with a bad status", () => caseworker, "PATCH", () => `/api/collections/milestones/records/${world.milestone.id}`, () => ({ status: "maybe" }), ["status"]],
    ["appointment with a 1 MB title", () => caseworker, "POST", () => "/api/collections/appointments/records", () => ({ plan: world.plan.id, title: oneMegabyte, starts: "2026-12-01 09:00:00Z", status: "planned" }), ["title"]],
    ["appointment with an invalid date", () => caseworker, "POST", () => "/api/collections/appointments/records", () => ({ plan: world.plan.id, title: "Møde", starts: "next tuesday", status: "planned" }), ["starts"]],
    ["contact with a bad phone and e-mail", () => caseworker, "POST", () => "/api/collections/contacts/records", () => ({ plan: world.plan.id, role: "volunteer", name: "A", phone: "call me", email: "not-an-email" }), ["email", "phone"]],
    ["user with no password", () => caseworker, "POST", () => "/api/collections/users/records", () => ({ role: "refugee", municipality: world.municipality.id }), ["password", "passwordConfirm"]],
    ["user with an unknown language", () => refugee, "PATCH", () => `/api/collections/users/records/${world.users.refugee.id}`, () => ({ language: "klingon" }), ["language"]],
    // (Bodies above 64 KB get 413 before any field is read: security-review.test.ts, finding 14.)
    ["activation with a 30 KB code", () => null, "POST", () => "/api/velkommen/activate", () => ({ code: "x".repeat(30_000), password: "y".repeat(30_000) }), ["code", "password"]],
    ["share with an invalid date", () => refugee, "POST", () => "/api/velkommen/shares", () => ({ expires: "2026-13-45", scope: "contacts" }), ["expires", "scope"]],
    ["share look-up with a number", () => null, "POST", () => "/api/velkommen/shared", () => ({ token: 42 }), ["token"]],
  ])("%s: 400 with messages for the fields", async (_what, who, method, path, body, fields) => {
    const before = await counts();
    const answer = await send(who, method, path(), body());
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.json.data).sort()).toEqual(fields);
    for (const field of fields) expect(answer.json.data[field].message).toEqual(expect.any(String));
    expect(await counts()).toEqual(before);
  });

  it("never answers 500 to garbage on any endpoint", async () => {
    const garbage: unknown[] = ["not json", "[]", "null", { household: { adults: "1e999" } }, { plan: ["a", "b"] }, { scope: { $gt: "" } }, { token: null, code: [] }];
    const endpoints: Array<[string, string]> = [
      ["POST", "/api/collections/plans/records"], ["PATCH", `/api/collections/plans/records/${world.plan.id}`],
      ["POST", "/api/collections/milestones/records"], ["PATCH", `/api/collections/milestones/records/${world.milestone.id}`],
      ["POST", "/api/collections/appointments/records"], ["POST", "/api/collections/contacts/records"],
      ["POST", "/api/velkommen/activate"], ["POST", "/api/velkommen/shares"], ["POST", "/api/velkommen/shared"],
      ["POST", `/api/velkommen/plans/${world.plan.id}/activation-code`],
    ];
    const before = await counts();
    for (const [method, path] of endpoints) {
      for (const body of garbage) {
        for (const who of [() => caseworker, () => refugee, () => null]) {
          const answer = await send(who, method, path, body);
          expect(answer.status, `${method} ${path} ${JSON.stringify(body)}`).toBeLessThan(500);
        }
      }
    }
    // The activation-code endpoint may issue codes for valid calls; everything else must be unchanged.
    expect({ ...(await counts()), activation_codes: 0, audit_log: 0 }).toEqual({ ...before, activation_codes: 0, audit_log: 0 });
  });
});
