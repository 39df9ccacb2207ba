// The editorial island with issue 14's endpoints (the api's pb_hooks/content-api.pb.js and hub checks, the
// pipeline's site_builds and site/status, on main): a hub's refused fields in Danish and English next to their
// inputs, the kept conflict version, "confirm still valid", an outdated translation in the queue with the Danish
// change as a diff, and the build status line. Real PocketBase, system Chromium, axe.
// Needs those hooks: on a branch without them these endpoints answer 404 (see editor-workflow for the rest).
import type { RecordModel } from "pocketbase";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { danishToday } from "../../src/domain/danish-day";
import { frontMatterValue, parseGuide } from "../../src/islands/editor/lib/front-matter";
import { danishClock } from "../../src/islands/editor/lib/build-status";
import { axeViolations, launchBrowser, type TestBrowser } from "../support/browser";
import { activeId, openEditor, storeText, unexpected } from "../support/editor";
import { createMunicipality, createUser, password } from "../support/fixtures";
import { startTestServer, type TestServer } from "../support/pocketbase";

let server: TestServer;
let testBrowser: TestBrowser;
const texts: Record<"hub" | "guide" | "contested" | "danishHealth" | "arabicHealth", RecordModel> = {} as never;

beforeAll(async () => {
  server = await startTestServer();
  testBrowser = await launchBrowser();
  const admin = server.admin;
  const gentofte = await createMunicipality(admin, "gentofte");
  await createUser(admin, { email: "editor@endpoints.test", role: "editor", municipality: gentofte.id });
  await createUser(admin, { email: "ar@endpoints.test", role: "translator", languages: "ar" });
  texts.hub = await storeText(admin, { path: "src/content/municipalities/gentofte.json", kind: "municipality", key: "gentofte", locale: "da", municipality: gentofte.id });
  texts.guide = await storeText(admin, { path: "src/content/guides/da/housing.md", kind: "guide", key: "housing", locale: "da" });
  texts.contested = await storeText(admin, { path: "src/content/guides/da/first-month.md", kind: "guide", key: "first-month", locale: "da" });
  texts.danishHealth = await storeText(admin, { path: "src/content/guides/da/health.md", kind: "guide", key: "health", locale: "da" });
  texts.arabicHealth = await storeText(admin, { path: "src/content/guides/ar/health.md", kind: "guide", key: "health", locale: "ar" });
}, 90_000);

afterAll(async () => {
  await testBrowser?.close();
  await server?.stop();
});

const headOf = async (entry: RecordModel) => server.admin.collection("content_versions").getOne((await server.admin.collection("content_entries").getOne(entry.id)).head_version);

describe("a hub's refused fields", () => {
  it.each([
    ["da", "Telefonnummeret skal skrives med landekode", "Postnummeret skal være 4 cifre."],
    ["en", "Write the phone number with its country code", "The postal code must be 4 digits."],
  ] as const)("%s: each message next to its input and in the focused summary; nothing stored", async (lang, phoneWords, postalWords) => {
    const { page, errors } = await openEditor(testBrowser.browser, server, { email: "editor@endpoints.test", lang, hash: `entry=${texts.hub.id}` });
    const prefix = `text-${texts.hub.id}-contacts-0`;
    await page.waitForSelector(`#${prefix}-phone`);
    const before = (await headOf(texts.hub)).id;
    await page.fill(`#${prefix}-phone`, "39 65 05 75");
    await page.fill(`#${prefix}-address-postalCode`, "28");
    await page.click('[data-action="save-draft"]');
    await page.waitForSelector("#editor-entry-errors");
    expect(await activeId(page)).toBe("editor-entry-errors");
    for (const [field, words] of [["phone", phoneWords], ["address-postalCode", postalWords]] as const) {
      expect(await page.getAttribute(`#${prefix}-${field}`, "aria-invalid")).toBe("true");
      expect(await page.locator(`#${prefix}-${field}-error`).textContent()).toContain(words);
      expect(await page.locator(`#editor-entry-errors a[href="#${prefix}-${field}"]`).textContent()).toContain(words);
    }
    expect(await axeViolations(page)).toEqual([]);
    expect((await headOf(texts.hub)).id).toBe(before);
    // Positive control: corrected, it saves.
    await page.fill(`#${prefix}-phone`, "+4539650575");
    await page.fill(`#${prefix}-address-postalCode`, "2820");
    await page.click('[data-action="save-draft"]');
    await expect.poll(async () => (await headOf(texts.hub)).id).not.toBe(before);
    expect(await page.locator("#editor-entry-errors").count()).toBe(0);
    expect(unexpected(errors, [400])).toEqual([]);
    await page.close();
  });
});

describe("a conflict", () => {
  it("names the version the server kept, which holds the refused text", async () => {
    const { page, errors } = await openEditor(testBrowser.browser, server, { email: "editor@endpoints.test", hash: `entry=${texts.contested.id}` });
    const body = `#text-${texts.contested.id}-body`;
    await page.waitForSelector(body);
    // Someone else saves first, through the same API.
    const other = await server.signIn("editor@endpoints.test", password);
    const head = await headOf(texts.contested);
    await other.collection("content_versions").create({ entry: texts.contested.id, body: `${head.body}\nFørst.\n`, status: "draft", base_version: head.id });
    await page.fill(body, `${await page.inputValue(body)}\nAnden.\n`);
    await page.click('[data-action="save-draft"]');
    await page.waitForSelector("[data-conflict-version]");
    const kept = await page.getAttribute("[data-conflict-version]", "data-conflict-version");
    expect(kept).toMatch(/^[a-z0-9]{15}$/);
    expect(await page.locator(".editor-conflict").textContent()).toContain(`(version ${kept})`);
    const stored = await server.admin.collection("content_versions").getOne(kept!);
    expect(stored.status).toBe("conflict");
    expect(stored.body).toContain("Anden.");
    expect(unexpected(errors, [409])).toEqual([]);
    await page.close();
  });
});

describe("confirm still valid", () => {
  it("publishes the live text again with today's Danish date as its checked date", async () => {
    const { page, errors } = await openEditor(testBrowser.browser, server, { email: "editor@endpoints.test", hash: `entry=${texts.guide.id}` });
    await page.waitForSelector('[data-action="confirm"]');
    await page.click('[data-action="confirm"]');
    await expect.poll(() => page.locator("#editor-status").textContent()).toBe("Bekræftet. Teksten er tjekket i dag.");
    const head = await headOf(texts.guide);
    expect(head.status).toBe("published");
    expect(frontMatterValue(head.body, "checked")).toBe(danishToday());
    expect(await activeId(page)).not.toBe("<body>");
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });
});

describe("an outdated translation", () => {
  it("is first in the Arabic translator's queue with the Danish change as a diff", async () => {
    const editor = await server.signIn("editor@endpoints.test", password);
    const danish = await headOf(texts.danishHealth);
    const changed = danish.body.replace("Et godt helbred gør det lettere", "Et godt helbred gør det meget lettere");
    expect(changed).not.toBe(danish.body);
    await editor.collection("content_versions").create({ entry: texts.danishHealth.id, body: changed, status: "published", base_version: danish.id });

    const { page, errors } = await openEditor(testBrowser.browser, server, { email: "ar@endpoints.test" });
    await page.waitForSelector("#editor-queue-heading");
    const first = page.locator("[data-path]").first();
    expect(await first.getAttribute("data-path")).toBe("src/content/guides/ar/health.md");
    expect(await first.getAttribute("data-status")).toBe("outdated");
    expect(await first.textContent()).toContain("Forældet");
    await first.locator('[data-action="open-translation"]').click();
    await page.waitForSelector(".editor-diff");
    expect((await page.locator(".editor-diff ins").allTextContents()).join(" ")).toContain("meget");
    expect(await page.locator(".editor-source").textContent()).toContain(parseGuide(changed).body.slice(0, 40));
    expect(await axeViolations(page)).toEqual([]);
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });
});

/** The line for a build that went live at `iso`: Danish time, with the date when that was not today in Denmark. */
function liveSince(iso: string): string {
  const clock = danishClock(iso, "da")!;
  return clock.date ? `Live på sitet siden ${clock.date} kl. ${clock.time}.` : `Live på sitet siden kl. ${clock.time}.`;
}

describe("the build status line", () => {
  // No site builder runs in this test: the builds are the pipeline's site_builds rows, moved on as it would.
  it("says a publish is waiting, then the Danish time it went live, then a failed build's error in words", async () => {
    // The publishes of the other tests (and of the texts' import) went live an hour ago.
    const anHourAgo = new Date(Date.now() - 3_600_000).toISOString();
    for (const build of await server.admin.collection("site_builds").getFullList({ filter: 'status = "queued"' })) {
      await server.admin.collection("site_builds").update(build.id, { status: "live", started_at: anHourAgo, finished_at: anHourAgo });
    }
    const { page, errors } = await openEditor(testBrowser.browser, server, { email: "editor@endpoints.test", hash: `entry=${texts.guide.id}` });
    const line = page.locator("#editor-build-status");
    await expect.poll(() => line.textContent(), { timeout: 15_000 }).toBe(liveSince(anHourAgo));
    const body = `#text-${texts.guide.id}-body`;
    await page.fill(body, `${await page.inputValue(body)}\nTil sitet.\n`);
    await page.click('[data-action="publish"]');
    await expect.poll(() => page.locator("#editor-status").textContent()).toBe("Udgivet. Sitet bliver bygget.");
    await expect.poll(() => line.textContent(), { timeout: 15_000 }).toBe("Ændringen venter på at komme på sitet …");

    const queued = await server.admin.collection("site_builds").getFirstListItem('status = "queued"');
    const finished = new Date();
    await server.admin.collection("site_builds").update(queued.id, { status: "live", started_at: finished.toISOString(), finished_at: finished.toISOString(), duration_ms: 1000 });
    await expect.poll(() => line.textContent(), { timeout: 15_000 }).toBe(liveSince(finished.toISOString()));

    const later = new Date(finished.getTime() + 60_000).toISOString();
    // The builder's words (scripts/lib/site-build.mjs), which the server gives in Danish: each thing said once.
    const error = 'The site was not rebuilt, so the site keeps the texts it showed before. The step "Astro: pages for every locale" failed:\nthe guide src/content/guides/da/housing.md: title: Required';
    await server.admin.collection("site_builds").create({ status: "failed", requested_at: later, started_at: later, finished_at: later, error });
    await expect.poll(() => line.textContent(), { timeout: 15_000 })
      .toBe('Siden er ikke bygget igen, så den viser stadig de tekster, den viste før. Trinnet "Astro: pages for every locale" fejlede:\nthe guide src/content/guides/da/housing.md: title: Required');
    expect(await line.getAttribute("role")).toBe("status");
    expect(await axeViolations(page)).toEqual([]);
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  }, 60_000);
});
