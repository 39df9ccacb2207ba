// The PocketBase hooks are type-checked (checkJs) against the types.d.ts that PocketBase generates into its
// data dir on start. The hooks' `/// <reference>` points to the copy in .cache/pocketbase-types/.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/pocketbase";

const root = process.cwd();
const typesCopy = join(root, ".cache", "pocketbase-types", "types.d.ts");
const tsc = (...args: string[]) => {
  try {
    execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), ...args], { cwd: root, encoding: "utf8" });
    return "";
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  mkdirSync(join(root, ".cache", "pocketbase-types"), { recursive: true });
  copyFileSync(join(server.dataDirectory, "types.d.ts"), typesCopy);
}, 60_000);
afterAll(async () => { await server?.stop(); });

describe("hooks type-check", () => {
  it("every hook and hook library passes tsc with checkJs against PocketBase's own types", () => {
    expect(tsc("-p", "tsconfig.hooks.json")).toBe("");
  }, 120_000);

  it("positive control: a hook that calls the API wrongly fails the same check", () => {
    const directory = mkdtempSync(join(tmpdir(), "velkommen-hook-"));
    try {
      writeFileSync(join(directory, "wrong.pb.js"), `/// <reference path="${typesCopy}" />\nrouterAdd("GET", "/x", (e) => e.json(200, $app.findRecordById()));\n`);
      writeFileSync(join(directory, "tsconfig.json"), JSON.stringify({ extends: join(root, "tsconfig.hooks.json"), include: [join(directory, "wrong.pb.js")] }));
      const output = tsc("-p", join(directory, "tsconfig.json"));
      expect(output).toMatch(/error TS2555: Expected at least 2 arguments/);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 120_000);
});
