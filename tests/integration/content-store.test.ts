// The content store (issue 14, step 1) against a real PocketBase: `npm run content:import` loads the repository's
// content pack, `npm run content:export` writes it back byte for byte (checked with diff -r), and a re-import
// after an editor's change keeps the editor's text live and flags the newer national text beside it.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type PocketBase from "pocketbase";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/lib/pocketbase-server.mjs";
import { createMunicipality, createUser, password } from "../support/fixtures";
import { startTestServer, type TestServer } from "../support/pocketbase";

let server: TestServer;
const temporaryDirectories: string[] = [];
const temporaryDirectory = (prefix: string) => {
  const directory = mkdtempSync(join(tmpdir(), prefix));
  temporaryDirectories.push(directory);
  return directory;
};

/** Runs an npm command's script as a person would, against the test server. */
function runCommand(script: string, args: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(projectRoot, "scripts", script), ...args], {
      cwd: projectRoot,
      env: { ...process.env, PB_URL: server.url, PB_SUPERUSER_EMAIL: "admin@test.local", PB_SUPERUSER_PASSWORD: "test-superuser-password", PB_SUPERUSER_PASSWORD_FILE: "" },
    });
    let output = "";
    child.stdout.on("data", (chunk) => { output += chunk; });
    child.stderr.on("data", (chunk) => { output += chunk; });
    child.on("close", (status) => resolve({ status, output }));
  });
}

function diff(left: string, right: string) {
  return spawnSync("diff", ["-r", left, right], { encoding: "utf8" });
}

async function exportTo(): Promise<string> {
  const out = temporaryDirectory("velkommen-export-");
  const result = await runCommand("content-export.mjs", ["--out", out]);
  expect(result.status, result.output).toBe(0);
  return out;
}

async function entryAt(path: string) {
  return server.admin.collection("content_entries").getFirstListItem(server.admin.filter("path = {:path}", { path }), {
    expand: "published_version,upstream_version,head_version",
  });
}

beforeAll(async () => {
  server = await startTestServer();
  for (const slug of ["gentofte", "gladsaxe", "glostrup"]) await createMunicipality(server.admin, slug);
  const imported = await runCommand("content-import.mjs", [projectRoot]);
  expect(imported.status, imported.output).toBe(0);
  expect(imported.output).toMatch(/\[\d+\/\d+\]/); // progress lines
  expect(imported.output).toMatch(/0 flagged/);
}, 300_000);

afterAll(async () => {
  await server?.stop();
  for (const directory of temporaryDirectories) rmSync(directory, { recursive: true, force: true });
});

describe("import then export", () => {
  it("writes the repository's src/content and locales back byte for byte (diff -r shows nothing)", async () => {
    const out = await exportTo();
    for (const root of ["src/content", "locales"]) {
      const result = diff(join(projectRoot, root), join(out, root));
      expect(result.stdout + result.stderr, `diff -r ${root}`).toBe("");
      expect(result.status).toBe(0);
    }
    // Positive control: diff does see a changed file.
    writeFileSync(join(out, "locales", "fallbacks.json"), "{}\n");
    expect(diff(join(projectRoot, "locales"), join(out, "locales")).status).toBe(1);
  }, 120_000);

  it("classifies the texts and links each hub to its municipality", async () => {
    const hub = await entryAt("src/content/municipalities/gentofte.json");
    const gentofte = await server.admin.collection("municipalities").getFirstListItem('slug = "gentofte"');
    expect(hub).toMatchObject({ kind: "municipality", key: "gentofte", locale: "da", municipality: gentofte.id, upstream_changed: false });
    const arabicGuide = await entryAt("src/content/guides/ar/health.md");
    expect(arabicGuide).toMatchObject({ kind: "guide", key: "health", locale: "ar" });
    // The hash the guide's own front matter records (read from the file, so a redraft changes nothing here).
    const arabicGuideHash = readFileSync(join(projectRoot, "src/content/guides/ar/health.md"), "utf8").match(/^sourceHash:\s*"?([0-9a-f]+)"?/m)?.[1];
    expect(arabicGuideHash).toMatch(/^[0-9a-f]{12}$/);
    expect(arabicGuide.expand?.published_version).toMatchObject({ origin: "import", status: "published", translation_status: "machine", source_hash: arabicGuideHash });
    const arabicCommon = await entryAt("locales/ar/common.json");
    expect(arabicCommon).toMatchObject({ kind: "namespace", key: "common", locale: "ar" });
    const arabicStatus = JSON.parse(readFileSync(join(projectRoot, "locales/ar/_status.json"), "utf8")).common;
    expect(arabicCommon.expand?.published_version).toMatchObject({ translation_status: arabicStatus.translation, source_hash: arabicStatus.sourceHash });
    expect(await entryAt("src/content/rules/deadline-rules.json")).toMatchObject({ kind: "pack", locale: "" });
    expect(await entryAt("locales/ar/_status.json")).toMatchObject({ kind: "pack", locale: "" });
    // Every imported text is audited.
    const audit = await server.admin.collection("audit_log").getFirstListItem(server.admin.filter("record = {:record}", { record: arabicGuide.published_version }));
    expect(audit).toMatchObject({ action: "content_published", collection: "content_versions", detail: "src/content/guides/ar/health.md" });
  });
});

describe("re-import of a newer pack", () => {
  let pack: string;
  let editor: PocketBase;
  const edited = "src/content/guides/da/health.md";
  const untouched = "src/content/guides/da/housing.md";
  let editorText: string;

  beforeAll(async () => {
    pack = temporaryDirectory("velkommen-pack-");
    for (const root of ["src/content", "locales"]) cpSync(join(projectRoot, root), join(pack, root), { recursive: true });
    const gentofte = await server.admin.collection("municipalities").getFirstListItem('slug = "gentofte"');
    await createUser(server.admin, { email: "editor@content.test", role: "editor", municipality: gentofte.id });
    editor = await server.signIn("editor@content.test", password);
    const entry = await entryAt(edited);
    const typed = `${entry.expand?.published_version.body}\nEn sætning, som redaktøren tilføjede.\n`;
    // The server dates the Danish change in the front matter (`changed:`); the stored text is the editor's text.
    editorText = (await editor.collection("content_versions").create({ entry: entry.id, body: typed, status: "published", base_version: entry.head_version })).body;
    expect(editorText).toContain("En sætning, som redaktøren tilføjede.");
    expect(editorText).toMatch(/^changed: \d{4}-\d{2}-\d{2}$/m);
    // The newer national pack changes both the edited and an untouched text.
    for (const path of [edited, untouched]) writeFileSync(join(pack, path), `${readFileSync(join(pack, path), "utf8")}\nNy national tekst.\n`);
  }, 120_000);

  it("updates an untouched text, keeps the editor's text live and flags the newer national text beside it", async () => {
    const result = await runCommand("content-import.mjs", [pack]);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/1 updated, \d+ unchanged, 1 flagged/);
    expect(result.output).toContain(`⚑ ${edited}`);

    const editedEntry = await entryAt(edited);
    expect(editedEntry.upstream_changed).toBe(true);
    expect(editedEntry.expand?.published_version.body).toBe(editorText);
    expect(editedEntry.expand?.upstream_version).toMatchObject({ status: "upstream", origin: "import", body: readFileSync(join(pack, edited), "utf8") });

    const untouchedEntry = await entryAt(untouched);
    expect(untouchedEntry.upstream_changed).toBe(false);
    expect(untouchedEntry.expand?.published_version.body).toBe(readFileSync(join(pack, untouched), "utf8"));

    // The export shows exactly the editor's change against the new pack (and nothing else).
    const out = await exportTo();
    const changed = diff(join(pack, "src/content"), join(out, "src/content"));
    expect(changed.stdout).toContain("En sætning, som redaktøren tilføjede.");
    expect(changed.stdout.match(/^diff -r /gm)).toHaveLength(1);
    expect(diff(join(pack, "locales"), join(out, "locales")).status).toBe(0);

    // The same pack again changes nothing, and the flag stays.
    const again = await runCommand("content-import.mjs", [pack]);
    expect(again.output).toMatch(/0 new, 0 updated, \d+ unchanged, 0 flagged/);
    expect((await entryAt(edited)).upstream_changed).toBe(true);
  }, 300_000);

  it("refuses a directory without a pack, with a message (exit 2)", async () => {
    const empty = temporaryDirectory("velkommen-empty-");
    const result = await runCommand("content-import.mjs", [empty]);
    expect(result.status).toBe(2);
    expect(result.output).toContain("has no src/content/ or locales/ files");
  });
});
