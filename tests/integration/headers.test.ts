// Security headers on every response: pages, API answers and API errors alike.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request } from "node:http";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/pocketbase";

let server: TestServer;
let publicDirectory: string;

beforeAll(async () => {
  publicDirectory = mkdtempSync(join(tmpdir(), "velkommen-public-"));
  mkdirSync(join(publicDirectory, "ar"));
  writeFileSync(join(publicDirectory, "ar", "index.html"), "<!doctype html><html lang=ar dir=rtl><title>x</title></html>");
  writeFileSync(join(publicDirectory, "large.html"), largePage);
  server = await startTestServer({ publicDirectory });
});

afterAll(async () => {
  await server?.stop();
  rmSync(publicDirectory, { recursive: true, force: true });
});

// Over the 1 KB below which nothing is compressed, and varied enough not to shrink to nothing.
const largePage = `<!doctype html><html lang=da><title>x</title>${Array.from({ length: 300 }, (_, index) => `<p id="p${index}">Afsnit ${index * 7919 % 1000}</p>`).join("")}</html>`;

/** A GET with node:http, which (unlike fetch) hands over the body as it came: compressed or not. */
function rawGet(path: string, headers: Record<string, string>): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer; status: number }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(server.url + path, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks), status: response.statusCode ?? 0 }));
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

describe("compression (the project's gzip middleware, pocketbase/server/velkommen/gzip.go)", () => {
  it("compresses a large answer for a client that accepts gzip, and it decompresses to the same bytes", async () => {
    const compressed = await rawGet("/large.html", { "accept-encoding": "gzip, deflate, br" });
    expect(compressed.status).toBe(200);
    expect(compressed.headers["content-encoding"]).toBe("gzip");
    expect(String(compressed.headers.vary)).toMatch(/Accept-Encoding/);
    expect(compressed.body.length).toBeLessThan(largePage.length / 2);
    expect(gunzipSync(compressed.body).toString()).toBe(largePage);
  });

  it("sends the same answer uncompressed to a client that does not accept gzip (control)", async () => {
    const plain = await rawGet("/large.html", { "accept-encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(String(plain.headers.vary)).toMatch(/Accept-Encoding/);
    expect(plain.body.toString()).toBe(largePage);
  });

  it.each([["a small page", "/ar/", 200], ["an API error", "/api/collections/plans/records/nope", 404]])("leaves %s under 1 KB uncompressed", async (_what, path, status) => {
    const small = await rawGet(path, { "accept-encoding": "gzip" });
    expect(small.status).toBe(status);
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.body.length).toBeLessThan(1024);
    if (path.startsWith("/api/")) expect(JSON.parse(small.body.toString())).toMatchObject({ status });
  });
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
