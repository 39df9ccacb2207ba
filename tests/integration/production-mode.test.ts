// What npm run serve hands PocketBase (scripts/serve.mjs serverEnvironment): the superuser from the environment,
// CORS only for the site's origin, no demo data, and a refusal to run on a data dir that holds demo accounts.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PocketBase from "pocketbase";
import { afterAll, describe, expect, it } from "vitest";
import { startPocketBase } from "../../scripts/lib/pocketbase-server.mjs";

const origin = "https://velkommen.glostrup.example";
const environment = {
  VELKOMMEN_MODE: "production", VELKOMMEN_SUPERUSER_EMAIL: "it@glostrup.example", PB_SUPERUSER_PASSWORD: "Tq7#vLm2-pX9rWz4kS-env",
  VELKOMMEN_TRUSTED_PROXY_HEADER: "X-Forwarded-For",
};
const dataDirectory = mkdtempSync(join(tmpdir(), "velkommen-production-"));

afterAll(() => rmSync(dataDirectory, { recursive: true, force: true }));

describe("production mode", () => {
  it("creates the superuser from the environment, seeds nothing, and allows only the site's origin", async () => {
    const server = await startPocketBase({ dataDirectory, env: environment, extraArgs: ["--origins", origin] });
    try {
      const admin = new PocketBase(server.url);
      await admin.collection("_superusers").authWithPassword(environment.VELKOMMEN_SUPERUSER_EMAIL, environment.PB_SUPERUSER_PASSWORD);
      expect((await admin.collection("users").getList(1, 1)).totalItems).toBe(0);
      expect((await admin.collection("municipalities").getList(1, 1)).totalItems).toBe(0);
      expect(server.output()).not.toContain(environment.PB_SUPERUSER_PASSWORD);
      expect(server.output()).not.toContain("pbinstal"); // no installer link: the superuser already exists

      const preflight = (from: string) => fetch(`${server.url}/api/velkommen/activate`, {
        method: "OPTIONS", headers: { origin: from, "access-control-request-method": "POST" },
      });
      expect((await preflight(origin)).headers.get("access-control-allow-origin")).toBe(origin);
      expect((await preflight("https://evil.example")).headers.get("access-control-allow-origin")).toBeNull();

      await admin.collection("users").create({ email: "caseworker@glostrup.demo", password: "correct-horse-battery", passwordConfirm: "correct-horse-battery", role: "caseworker", name: "Demo" });
    } finally {
      await server.stop();
    }
  });

  it("refuses to start on a data dir that holds demo accounts", async () => {
    const failure = await startPocketBase({ dataDirectory, env: environment, extraArgs: ["--origins", origin] }).then(
      async (server) => { await server.stop(); return null; }, (error: Error) => error);
    expect(failure?.message).toMatch(/holds demo data from `npm start` \(1 \.demo accounts\)/);
    expect(failure?.message).toContain("point PB_DATA at a new, empty directory");
  });
});
