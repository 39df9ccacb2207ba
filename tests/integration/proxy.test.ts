// The real Caddy with deploy/Caddyfile in front of a real PocketBase that trusts X-Forwarded-For
// (VELKOMMEN_TRUSTED_PROXY_HEADER, as npm run serve sets it): rate limits count per client address, the admin UI
// is refused through the proxy (and still works on 127.0.0.1 directly), and the security headers arrive over HTTPS.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCaddy, type Proxy } from "../support/caddy";
import { startTestServer, type TestServer } from "../support/pocketbase";

let server: TestServer;
let proxy: Proxy;
let publicDirectory: string;

beforeAll(async () => {
  // A tiny built site: one page and one hashed bundle, large enough to be compressed.
  publicDirectory = mkdtempSync(join(tmpdir(), "velkommen-public-"));
  mkdirSync(join(publicDirectory, "_astro"));
  writeFileSync(join(publicDirectory, "index.html"), `<!doctype html><html lang="da"><title>velkommen</title><p>${"Velkommen. ".repeat(200)}</p></html>`);
  writeFileSync(join(publicDirectory, "_astro", "page.Ab12Cd34.js"), `export const text = ${JSON.stringify("x".repeat(2000))};\n`);
  server = await startTestServer({ publicDirectory, rateLimits: true, env: { VELKOMMEN_TRUSTED_PROXY_HEADER: "X-Forwarded-For" } });
  proxy = await startCaddy(new URL(server.url).host);
}, 60_000);

afterAll(async () => {
  await proxy?.stop();
  await server?.stop();
  rmSync(publicDirectory, { recursive: true, force: true });
});

const wrongSignIn = (from: string, headers: Record<string, string> = {}) =>
  proxy.fetch("/api/collections/users/auth-with-password", { method: "POST", from, headers, body: { identity: "nobody@example.test", password: "wrong-password" } });

describe("behind Caddy", () => {
  it("counts the sign-in limit per client address, and a forged X-Forwarded-For does not escape it", async () => {
    const settings = await server.admin.settings.getAll();
    // The users collection's own rule (issue 12) is the one PocketBase applies to users' sign-ins; "*:auth" otherwise.
    const rules = settings.rateLimits.rules as Array<{ label: string; maxRequests: number }>;
    const authRule = rules.find((rule) => rule.label === "users:auth") ?? rules.find((rule) => rule.label === "*:auth")!;
    expect(settings.trustedProxy.headers).toEqual(["X-Forwarded-For"]);
    const limit = authRule.maxRequests as number;

    const firstClient: number[] = [];
    for (let attempt = 0; attempt <= limit; attempt++) firstClient.push((await wrongSignIn("127.0.0.1")).status);
    expect(firstClient.slice(0, limit).every((status) => status === 400)).toBe(true);
    expect(firstClient[limit]).toBe(429);
    // Caddy overwrites the client's own X-Forwarded-For, so inventing addresses gives no new bucket.
    expect((await wrongSignIn("127.0.0.1", { "x-forwarded-for": "203.0.113.7" })).status).toBe(429);

    // A second client (another address) still has its own, untouched limit.
    expect((await wrongSignIn("127.0.0.2")).status).toBe(400);
  });

  it("refuses the admin UI and the superuser API through the proxy; both work on 127.0.0.1 directly", async () => {
    for (const path of ["/_/", "/_", "/_/index.html", "/api/collections/_superusers/auth-with-password", "/api/settings", "/api/backups", "/api/logs", "/api/crons"]) {
      expect((await proxy.fetch(path, { method: path.includes("auth-with") ? "POST" : "GET" })).status, path).toBe(404);
    }
    // Positive controls: the same PocketBase serves /_/ locally, and the public API answers through the proxy.
    expect((await fetch(`${server.url}/_/`)).status).toBe(200);
    expect((await proxy.fetch("/api/health")).status).toBe(200);
  });

  it("sends HSTS, the security headers, compression and the right caching", async () => {
    const page = await proxy.fetch("/");
    expect(page.status).toBe(200);
    expect(page.headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(page.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(page.headers["x-frame-options"]).toBe("DENY");
    expect(page.headers["referrer-policy"]).toBe("no-referrer");
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
    expect(page.headers["content-encoding"]).toMatch(/gzip|zstd/);
    expect(page.headers["cache-control"]).toBe("no-cache");
    expect(page.headers.server).toBeUndefined();

    const bundle = await proxy.fetch("/_astro/page.Ab12Cd34.js");
    expect(bundle.status).toBe(200);
    expect(bundle.headers["cache-control"]).toBe("public, max-age=31536000, immutable");

    const api = await proxy.fetch("/api/health");
    expect(api.headers["cache-control"]).toBe("no-store");
    expect(api.headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  });
});
