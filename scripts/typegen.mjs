// `npm run typegen`: TypeScript types for the PocketBase collections, generated from the migrations.
// It starts a throwaway PocketBase (temp dir, random port), applies the migrations and runs pocketbase-typegen
// against it. `--check` compares with the committed file instead of writing it, and fails on drift.
import { parseCommandLine } from "./lib/cli.mjs";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ensurePocketBase } from "./lib/pocketbase-binary.mjs";
import { projectRoot, startPocketBase, upsertSuperuser } from "./lib/pocketbase-server.mjs";

export const typesFile = join(projectRoot, "src", "types", "pocketbase-types.ts");

/** The generated types, as text, for the current migrations. */
export async function generateTypes() {
  await ensurePocketBase();
  const dataDirectory = mkdtempSync(join(tmpdir(), "velkommen-typegen-"));
  const credentials = { email: "typegen@velkommen.local", password: "typegen-password-" + process.pid };
  await upsertSuperuser(dataDirectory, credentials.email, credentials.password);
  const server = await startPocketBase({ dataDirectory });
  const outFile = join(dataDirectory, "types.ts");
  try {
    const result = spawnSync(process.execPath, [
      join(projectRoot, "node_modules", "pocketbase-typegen", "dist", "cli.js"),
      "--url", server.url, "--email", credentials.email, "--password", credentials.password, "--out", outFile,
    ], { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`pocketbase-typegen failed:\n${result.stdout}\n${result.stderr}`);
    return readFileSync(outFile, "utf8");
  } finally {
    await server.stop();
    rmSync(dataDirectory, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseCommandLine({ usage: `
Usage: npm run typegen [-- --check]

Starts a throwaway PocketBase with the migrations, generates src/types/pocketbase-types.ts from its schema and
writes it; with --check, only compares and fails when the committed file is stale.

Options:
  --check      compare instead of writing
  -h, --help   print this and exit`, options: { check: { type: "boolean" } } });
  const generated = await generateTypes();
  if (values.check) {
    const committed = readFileSync(typesFile, "utf8");
    if (committed !== generated) {
      console.error(`✖ ${typesFile} is out of date with the migrations. Run: npm run typegen`);
      process.exit(1);
    }
    console.log("✔ Generated types match the migrations.");
  } else {
    writeFileSync(typesFile, generated);
    console.log(`Wrote ${typesFile}`);
  }
}
