// Users: nobody changes their own role or municipality, and there is no open sign-up.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordModel } from "pocketbase";
import { startTestServer, type TestServer } from "../support/pocketbase";
import { createMunicipality, createUser, password } from "../support/fixtures";

let server: TestServer;
let glostrup: RecordModel;
let gentofte: RecordModel;
let refugee: RecordModel;

beforeAll(async () => {
  server = await startTestServer();
  glostrup = await createMunicipality(server.admin, "glostrup");
  gentofte = await createMunicipality(server.admin, "gentofte");
  refugee = await createUser(server.admin, { email: "refugee@test.local", role: "refugee", municipality: glostrup.id, language: "ar" });
  await createUser(server.admin, { email: "caseworker@test.local", role: "caseworker", municipality: glostrup.id });
});

afterAll(async () => {
  await server?.stop();
});

describe("a signed-in refugee", () => {
  it.each<[string, () => Record<string, string>]>([
    ["role", () => ({ role: "caseworker" })],
    ["municipality (to none)", () => ({ municipality: "" })],
    ["municipality (to another one)", () => ({ municipality: gentofte.id })],
  ])("cannot change their own %s", async (_field, change) => {
    const client = await server.signIn("refugee@test.local", password);
    await expect(client.collection("users").update(refugee.id, change())).rejects.toMatchObject({ status: 404 });
    const stored = await server.admin.collection("users").getOne(refugee.id);
    expect(stored.role).toBe("refugee");
    expect(stored.municipality).toBe(glostrup.id);
  });

  it("can change their own language, to a locale in the registry only", async () => {
    const client = await server.signIn("refugee@test.local", password);
    const updated = await client.collection("users").update(refugee.id, { language: "uk" });
    expect(updated.language).toBe("uk");
    const error = await client.collection("users").update(refugee.id, { language: "xx" }).catch((caught) => caught);
    expect(error.status).toBe(400);
    expect(error.response.data.language).toBeDefined();
    expect((await server.admin.collection("users").getOne(refugee.id)).language).toBe("uk");
  });
});

describe("sign-up", () => {
  it("is closed to anonymous visitors", async () => {
    const attempt = server.client().collection("users").create({
      email: "stranger@test.local", password, passwordConfirm: password, role: "refugee", municipality: glostrup.id,
    });
    await expect(attempt).rejects.toMatchObject({ status: 400 });
    const found = await server.admin.collection("users").getList(1, 1, { filter: 'email = "stranger@test.local"' });
    expect(found.totalItems).toBe(0);
  });

  it("lets a caseworker create a refugee in their own municipality, but not a caseworker", async () => {
    const caseworker = await server.signIn("caseworker@test.local", password);
    const created = await caseworker.collection("users").create({
      email: "new@test.local", password, passwordConfirm: password, role: "refugee", municipality: glostrup.id, language: "ti",
    });
    expect(created.role).toBe("refugee");
    await expect(caseworker.collection("users").create({
      email: "boss@test.local", password, passwordConfirm: password, role: "caseworker", municipality: glostrup.id,
    })).rejects.toMatchObject({ status: 400 });
    await expect(caseworker.collection("users").create({
      email: "elsewhere@test.local", password, passwordConfirm: password, role: "refugee", municipality: gentofte.id,
    })).rejects.toMatchObject({ status: 400 });
  });
});
