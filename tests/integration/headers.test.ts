// Security headers on every response: pages, API answers and API errors alike.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/pocketbase";

let server: TestServer;
let publicDirectory: string;

beforeAll(async () => {
  publicDirectory = mkdtempSync(join(tmpdir(), "velkommen-public-"));
  mkdirSync(join(publicDirectory, "ar"));
  writeFileSync(join(publicDirectory, "ar", "index.html"), "<!doctype html><html lang=ar dir=rtl><title>x</title></html>");
  server = await startTestServer({ publicDirectory });
});

afterAll(async () => {
  await server?.stop();
  rmSync(publicDirectory, { recursive: true, force: true });
});

const requests: Array<[string, string, RequestInit?]> = [
  ["a page", "/ar/"],
  ["an API answer", "/api/collections/municipalities/records"],
  ["an API error", "/api/collections/plans/records/nope"],
  ["a custom endpoint error", "/api/velkommen/shared", { method: "POST", body: "{}", headers: { "content-type": "application/json" } }],
];

describe("security headers", () => {
  it.each(requests)("are on %s", async (_what, path, init) => {
    const response = await fetch(server.url + path, init);
    const policy = response.headers.get("content-security-policy") ?? "";
    const directives = Object.fromEntries(policy.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values];
    }));
    // Same-origin scripts only; no inline scripts. WebAssembly (Pagefind's search) may compile.
    expect(directives["script-src"]).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives["frame-ancestors"]).toEqual(["'none'"]);
    expect(policy).not.toMatch(/https?:|\*/);
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("strict-transport-security")).toBeNull();
    if (path.startsWith("/api/")) expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("add HSTS when served over HTTPS behind a proxy", async () => {
    const response = await fetch(`${server.url}/ar/`, { headers: { "x-forwarded-proto": "https" } });
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
  });
});
