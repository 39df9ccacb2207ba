// Publish to live (issue 14) against a real PocketBase and the real site build: the content pack is imported
// (content:import logic), the site builder (scripts/site-builder.mjs, a child process as in npm start) builds the
// site from the store and swaps the live symlink that PocketBase serves. A publish reaches the served page; a text
// that breaks the build leaves the old site and an error in words; publishes during a build make one next build.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readlinkSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type PocketBase from "pocketbase";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPack } from "../../scripts/lib/content-pack.mjs";
import { projectRoot, stopProcess } from "../../scripts/lib/pocketbase-server.mjs";
import { guideSourceHash, parseGuideFile } from "../../src/i18n/guide-source";
import { createMunicipality, createUser, password } from "../support/fixtures";
import { startTestServer, type TestServer } from "../support/pocketbase";

interface Build { id: string; status: string; error: string; log_tail: string; created: string; duration_ms: number }

let server: TestServer;
let siteDirectory: string;
let builder: ChildProcess;
let builderOutput = "";
let editor: PocketBase;
let caseworker: PocketBase;
let translator: PocketBase;
let refugee: PocketBase;
const housingPath = "src/content/guides/da/housing.md";
const healthPath = "src/content/guides/da/health.md";
const arabicHousingPath = "src/content/guides/ar/housing.md";

const builds = async () => (await server.admin.collection("site_builds").getFullList({ sort: "created" })) as unknown as Build[];

async function waitFor<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`Timed out waiting for ${what}. Builder said:\n${builderOutput.slice(-3000)}`);
}

/** Resolves when no build is queued or building, with every build so far. */
const idle = () => waitFor("the builder to be idle", async () => {
  const all = await builds();
  return all.every((build) => build.status === "live" || build.status === "failed") && all;
});

async function publishedBody(path: string) {
  const entry = await server.admin.collection("content_entries").getFirstListItem(server.admin.filter("path = {:path}", { path }), { expand: "published_version" });
  return { entry, body: entry.expand?.published_version.body as string };
}

/** Saves a new published version as `client` (an editor, or the superuser for a text the API would refuse). */
async function publish(client: PocketBase, path: string, change: (body: string) => string) {
  const { entry, body } = await publishedBody(path);
  return client.collection("content_versions").create({ entry: entry.id, body: change(body), status: "published", base_version: entry.head_version });
}

const page = async (path: string) => {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, html: await response.text() };
};

beforeAll(async () => {
  siteDirectory = mkdtempSync(join(tmpdir(), "velkommen-site-"));
  server = await startTestServer({ publicDirectory: join(siteDirectory, "live") });
  const gentofte = await createMunicipality(server.admin, "gentofte");
  for (const slug of ["gladsaxe", "glostrup"]) await createMunicipality(server.admin, slug);
  await importPack(server.admin, projectRoot);
  await createUser(server.admin, { email: "editor@gentofte.test", role: "editor", municipality: gentofte.id });
  await createUser(server.admin, { email: "caseworker@gentofte.test", role: "caseworker", municipality: gentofte.id });
  await createUser(server.admin, { email: "translator@gentofte.test", role: "translator", languages: "ar" });
  await createUser(server.admin, { email: "refugee@gentofte.test", role: "refugee", municipality: gentofte.id, language: "ar" });
  editor = await server.signIn("editor@gentofte.test", password);
  translator = await server.signIn("translator@gentofte.test", password);
  refugee = await server.signIn("refugee@gentofte.test", password);
  caseworker = await server.signIn("caseworker@gentofte.test", password);
  builder = spawn(process.execPath, [join(projectRoot, "scripts", "site-builder.mjs"), "--interval", "100", "--site-dir", siteDirectory], {
    cwd: projectRoot,
    env: { ...process.env, PB_URL: server.url, PB_SUPERUSER_EMAIL: "admin@test.local", PB_SUPERUSER_PASSWORD: "test-superuser-password", PB_SUPERUSER_PASSWORD_FILE: "" },
  });
  builder.stdout?.on("data", (chunk) => { builderOutput += chunk; });
  builder.stderr?.on("data", (chunk) => { builderOutput += chunk; });
  // The import queued one build (hundreds of published versions, coalesced); the builder makes it live.
  const first = await idle();
  expect(first.map((build) => build.status), builderOutput).toEqual(["live"]);
}, 180_000);

afterAll(async () => {
  if (builder) await stopProcess(builder);
  await server?.stop();
  if (siteDirectory) rmSync(siteDirectory, { recursive: true, force: true });
});

describe("publish to live", () => {
  it("serves the store's site from the live symlink, and only editors and translators read the build status", async () => {
    expect(readlinkSync(join(siteDirectory, "live"))).toMatch(/^builds\/[a-z0-9]+$/);
    expect((await page("/da/guides/housing/")).status).toBe(200);
    const status = await editor.send("/api/velkommen/site/status", {});
    expect(status.live_since).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(status.last_error).toBeNull();
    expect((await translator.send("/api/velkommen/site/status", {})).live_since).toBe(status.live_since);
    await expect(caseworker.send("/api/velkommen/site/status", {})).rejects.toMatchObject({ status: 403 });
    await expect(refugee.send("/api/velkommen/site/status", {})).rejects.toMatchObject({ status: 403 });
    await expect(server.client().send("/api/velkommen/site/status", {})).rejects.toMatchObject({ status: 401 });
    // The rows are the editors' to read, never to write; a caseworker does not see them.
    await expect(editor.collection("site_builds").create({ status: "queued" })).rejects.toMatchObject({ status: 403 });
    expect((await caseworker.collection("site_builds").getList(1, 1)).totalItems).toBe(0);
    expect((await refugee.collection("site_builds").getList(1, 1)).totalItems).toBe(0);
    expect((await translator.collection("site_builds").getList(1, 1)).totalItems).toBe(1);
  });

  it("puts an editor's publish on the served page, with raw HTML and a javascript: link as inert text", async () => {
    const before = readlinkSync(join(siteDirectory, "live"));
    const sentence = "Redaktørens nye sætning 4711.";
    await publish(editor, housingPath, (body) => `${body}\n${sentence}\n\n<script>alert("published")</script>\n\n[Klik her](javascript:alert(1)) [Borger.dk](https://www.borger.dk/)\n`);
    await waitFor("the new text on the site", async () => (await page("/da/guides/housing/")).html.includes(sentence));
    const { html } = await page("/da/guides/housing/");
    expect(html).toContain("&lt;script&gt;alert(");
    expect(html).not.toContain('<script>alert("published")');
    expect(html).toContain("Klik her");
    expect(html).not.toContain("javascript:");
    // Positive control: an https: link in the same text is still a link.
    expect(html).toContain('<a href="https://www.borger.dk/">Borger.dk</a>');
    const after = readlinkSync(join(siteDirectory, "live"));
    expect(after).not.toBe(before);
    // The Arabic translation was made from the old Danish text: it says so, with the date, and links to Danish.
    const arabic = (await page("/ar/guides/housing/")).html;
    expect(arabic).toContain('data-notice="outdated"');
    expect(arabic).toMatch(/<a href="\/da\/guides\/housing\/" lang="da" hreflang="da"[^>]*>/);
    expect(arabic).toContain("تغيّر النص الدنماركي بتاريخ");
    expect(arabic).toContain('data-notice="machine"'); // still a machine draft
    expect(arabic).not.toContain('data-notice="reviewed"');
    // The previous build is kept (a quick way back), older ones are pruned.
    expect(existsSync(join(siteDirectory, before))).toBe(true);
    const status = await editor.send("/api/velkommen/site/status", {});
    expect(status.last_build).toMatchObject({ status: "live" });
    expect(status.last_build.duration_ms).toBeGreaterThan(0);
  }, 120_000);

  it("keeps the old site when a published text breaks the build, and tells the editor why in words", async () => {
    const liveBefore = readlinkSync(join(siteDirectory, "live"));
    const pageBefore = (await page("/da/guides/housing/")).html;
    // The superuser can store what the editors' API would refuse: a guide whose order is not a number.
    await publish(server.admin, housingPath, (body) => body.replace(/^order: .*$/m, 'order: "x"'));
    const all = await idle();
    const failed = all.at(-1)!;
    expect(failed.status, builderOutput).toBe("failed");
    expect(failed.error).toMatch(/not rebuilt/);
    expect(failed.error).toContain("src/content/guides/da/housing.md");
    expect(failed.error).toMatch(/order/);
    expect(failed.log_tail.length).toBeGreaterThan(0);
    expect(readlinkSync(join(siteDirectory, "live"))).toBe(liveBefore);
    expect((await page("/da/guides/housing/")).html).toBe(pageBefore);
    const status = await editor.send("/api/velkommen/site/status", { headers: { "Accept-Language": "en-GB,en;q=0.9" } });
    expect(status.last_error.message).toBe(failed.error);
    // Danish (the default; the SDK itself sends en-US): the builder's own sentences translated, the tool's detail kept.
    const danish = (await editor.send("/api/velkommen/site/status", { headers: { "Accept-Language": "da-DK,da;q=0.9,en;q=0.5" } })).last_error.message;
    expect(danish).toMatch(/^Siden er ikke bygget igen, så den viser stadig de tekster, den viste før\. Trinnet "Astro: pages for every locale" fejlede:/);
    expect(danish).toContain("src/content/guides/da/housing.md");
    expect(status.live_since).not.toBe("");
  }, 120_000);

  it("coalesces the publishes that arrive during a build into one next build; a reviewed translation says so", async () => {
    const countBefore = (await builds()).length;
    await publish(editor, housingPath, (body) => body.replace(/^order: .*$/m, "order: 7"));
    const building = await waitFor("a build to start", async () => (await builds()).find((build) => build.status === "building"));
    await publish(editor, healthPath, (body) => `${body}\nFørste ændring under bygningen.\n`);
    // A reviewed Arabic translation of today's Danish text (a translator's publish; here the superuser's).
    const danishHousing = (await publishedBody(housingPath)).body;
    await publish(server.admin, arabicHousingPath, (body) => body
      .replace(/^translation: .*$/m, "translation: reviewed\nreviewed: 2026-12-01")
      .replace(/^sourceHash: .*$/m, `sourceHash: "${guideSourceHash(parseGuideFile(danishHousing))}"`));
    const queued = (await builds()).filter((build) => build.status === "queued");
    expect(queued).toHaveLength(1);
    const all = await idle();
    const newBuilds = all.slice(countBefore);
    expect(newBuilds.map((build) => build.id)).toEqual([building.id, queued[0]!.id]);
    expect(newBuilds.map((build) => build.status), builderOutput).toEqual(["live", "live"]);
    const { html } = await page("/da/guides/health/");
    expect(html).toContain("Første ændring under bygningen.");
    const arabic = (await page("/ar/guides/housing/")).html;
    expect(arabic).toContain('data-notice="reviewed"');
    expect(arabic).toContain("راجعه شخص بتاريخ");
    expect(arabic).not.toContain('data-notice="machine"');
    expect(arabic).not.toContain('data-notice="outdated"');
  }, 180_000);
});
