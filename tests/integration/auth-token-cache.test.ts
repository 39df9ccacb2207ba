// The project's PocketBase keeps verified sign-in tokens of users in memory (pocketbase/server/velkommen/
// auth_cache.go, issue 16). These tests prove that the cache never answers differently from PocketBase's own
// lookup: each starts with a token that has just been used twice (so it is cached), changes what the token
// depended on, and expects the very next request to see the change.
import { describe, expect, it } from "vitest";
import { createUser, password } from "../support/fixtures";
import { createPlanFor, useWorld } from "../support/world";

const context = useWorld();

async function signedInRefugee(label: string) {
  const { server, world } = context;
  const refugee = await createUser(server.admin, { email: `${label}-${Date.now()}@cache.test`, role: "refugee", municipality: world.municipality.id, language: "ar" });
  const plan = await createPlanFor(server.admin, refugee, world.municipality, world.users.caseworker);
  const client = await server.signIn(refugee.email, password);
  return { refugee, plan, client, token: client.authStore.token };
}

async function dashboardStatus(token: string): Promise<number> {
  const response = await fetch(`${context.server.url}/api/velkommen/me/dashboard`, { headers: { authorization: token } });
  await response.arrayBuffer();
  return response.status;
}

/** Two reads with the token: the first fills the cache, the second is answered from it. Both must be 200. */
async function useTwice(token: string) {
  expect(await dashboardStatus(token)).toBe(200);
  expect(await dashboardStatus(token)).toBe(200);
}

async function refreshedRecord(token: string) {
  const response = await fetch(`${context.server.url}/api/collections/users/auth-refresh`, { method: "POST", headers: { authorization: token } });
  return { status: response.status, body: (await response.json()) as { record?: Record<string, unknown> } };
}

describe("a cached sign-in token follows every change at once", () => {
  it("a password change ends the old token; the new one works", async () => {
    const { refugee, client, token } = await signedInRefugee("password");
    await useTwice(token);
    const newPassword = "a-new-long-password";
    await client.collection("users").update(refugee.id, { oldPassword: password, password: newPassword, passwordConfirm: newPassword });
    expect(await dashboardStatus(token)).toBe(401);
    const again = await context.server.signIn(refugee.email, newPassword);
    expect(await dashboardStatus(again.authStore.token)).toBe(200);
  });

  it("signing out (which rotates the token key in a transaction) ends the token at the next request", async () => {
    const { token } = await signedInRefugee("signed-out");
    await useTwice(token);
    const signOut = await fetch(`${context.server.url}/api/velkommen/sign-out`, { method: "POST", headers: { authorization: token } });
    expect(signOut.status).toBe(204);
    expect(await dashboardStatus(token)).toBe(401);
  });

  it("a deactivation by a superuser ends the token at the next request", async () => {
    const { refugee, token } = await signedInRefugee("deactivated");
    await useTwice(token);
    await context.server.admin.collection("users").update(refugee.id, { deactivated: true });
    expect(await dashboardStatus(token)).toBe(401);
  });

  it("a deleted account's token opens nothing", async () => {
    const { refugee, plan, token } = await signedInRefugee("deleted");
    await useTwice(token);
    await context.server.admin.collection("plans").delete(plan.id);
    await context.server.admin.collection("users").delete(refugee.id);
    expect(await dashboardStatus(token)).toBe(401);
  });

  it("a changed field is seen by the next request with the same token (not the cached copy)", async () => {
    const { refugee, token } = await signedInRefugee("renamed");
    await useTwice(token);
    expect((await refreshedRecord(token)).body.record?.name).toBe(refugee.name);
    await context.server.admin.collection("users").update(refugee.id, { name: "Amina Hassan Ali" });
    const after = await refreshedRecord(token);
    expect(after.status).toBe(200);
    expect(after.body.record?.name).toBe("Amina Hassan Ali");
  });

  it("a caseworker moved to another municipality sees that municipality's worklist at once", async () => {
    const { server, world } = context;
    const caseworker = await createUser(server.admin, { email: `moved-${Date.now()}@cache.test`, role: "caseworker", municipality: world.municipality.id, language: "da" });
    const gentofteRefugee = await createUser(server.admin, { email: `gentofte-${Date.now()}@cache.test`, role: "refugee", municipality: world.otherMunicipality.id, language: "uk" });
    const gentoftePlan = await createPlanFor(server.admin, gentofteRefugee, world.otherMunicipality);
    const token = (await server.signIn(caseworker.email, password)).authStore.token;
    const plansIn = async () => {
      const response = await fetch(`${server.url}/api/velkommen/worklist`, { headers: { authorization: token } });
      expect(response.status).toBe(200);
      return ((await response.json()) as { plan: string }[]).map((row) => row.plan);
    };
    // Positive control: the world's Glostrup plan is on the list while the caseworker works there.
    expect(await plansIn()).toContain(world.plan.id);
    expect(await plansIn()).not.toContain(gentoftePlan.id);
    await server.admin.collection("users").update(caseworker.id, { municipality: world.otherMunicipality.id });
    const after = await plansIn();
    expect(after).toContain(gentoftePlan.id);
    expect(after).not.toContain(world.plan.id);
  });

  it("a bad signature is refused even though the same user's real token is cached", async () => {
    const { token } = await signedInRefugee("forged");
    await useTwice(token);
    const [header, payload] = token.split(".");
    expect(await dashboardStatus(`${header}.${payload}.${"A".repeat(43)}`)).toBe(401);
    expect(await dashboardStatus(token)).toBe(200);
  });

  // Last: it ends every session of the users collection in this file's server.
  it("a new token secret for the users collection ends every cached token", async () => {
    const { token } = await signedInRefugee("secret");
    await useTwice(token);
    const users = await context.server.admin.collections.getOne("users");
    await context.server.admin.collections.update(users.id, { authToken: { ...users.authToken, secret: "a-brand-new-secret-of-fifty-characters-or-more-0123" } });
    expect(await dashboardStatus(token)).toBe(401);
    // Positive control: a token signed with the new secret opens the dashboard.
    expect(await dashboardStatus((await signedInRefugee("secret-after")).token)).toBe(200);
  });
});
