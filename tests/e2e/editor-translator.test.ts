// The editorial island for translators in the real Chromium against a real PocketBase (issue 14): the queue
// holds their language's texts only; the side-by-side editor shows the Danish source left to right beside the
// translation in its own direction and font; "Mark as checked" stores a reviewed version with who reviewed it;
// a Tigrinya or Danish text is refused by the server, and the refusal is shown in words.
import type { RecordModel } from "pocketbase";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseGuide } from "../../src/islands/editor/lib/front-matter";
import { axeViolations, launchBrowser, type TestBrowser } from "../support/browser";
import { activeId, editorProps, openEditor, repositoryFile, storeText, unexpected } from "../support/editor";
import { mountComponent } from "../support/component";
import { createUser } from "../support/fixtures";
import { startTestServer, type TestServer } from "../support/pocketbase";

let server: TestServer;
let testBrowser: TestBrowser;
let translator: RecordModel;
const texts: Record<"danish" | "arabic" | "tigrinya" | "danishStrings" | "arabicStrings", RecordModel> = {} as never;

beforeAll(async () => {
  server = await startTestServer();
  testBrowser = await launchBrowser();
  const admin = server.admin;
  translator = await createUser(admin, { email: "ar@translators.test", role: "translator", languages: "ar", name: "Amina Oversætter" });
  texts.danish = await storeText(admin, { path: "src/content/guides/da/health.md", kind: "guide", key: "health", locale: "da" });
  texts.arabic = await storeText(admin, { path: "src/content/guides/ar/health.md", kind: "guide", key: "health", locale: "ar" });
  texts.danishStrings = await storeText(admin, { path: "locales/da/common.json", kind: "namespace", key: "common", locale: "da" });
  texts.arabicStrings = await storeText(admin, { path: "locales/ar/common.json", kind: "namespace", key: "common", locale: "ar" });
  texts.tigrinya = await storeText(admin, { path: "src/content/guides/ti/health.md", kind: "guide", key: "health", locale: "ti" });
}, 90_000);

afterAll(async () => {
  await testBrowser?.close();
  await server?.stop();
});

const headOf = async (entry: RecordModel) => (await server.admin.collection("content_entries").getOne(entry.id)).head_version;

describe("the queue and the side-by-side editor", () => {
  it("lists only Arabic texts, opens one beside the Danish source, and marks it checked", async () => {
    const { page, errors } = await openEditor(testBrowser.browser, server, { email: "ar@translators.test" });
    await page.waitForSelector("#editor-queue-heading");
    expect(await activeId(page)).toBe("editor-queue-heading");
    const paths = await page.locator("[data-path]").evaluateAll((items) => items.map((item) => item.getAttribute("data-path")));
    expect(paths).toEqual(["locales/ar/common.json", "src/content/guides/ar/health.md"]);
    expect(await page.locator('[data-path="src/content/guides/ar/health.md"]').textContent()).toContain("Maskinoversat");
    expect(await axeViolations(page)).toEqual([]);

    await page.focus('[id="translate-src/content/guides/ar/health.md"]');
    await page.keyboard.press("Enter");
    await page.waitForSelector("#editor-translation-heading");
    expect(await activeId(page)).toBe("editor-translation-heading");
    // The Danish source: Danish, left to right; the translation: Arabic, right to left, in the Arabic font.
    expect(await page.getAttribute(".editor-source", "lang")).toBe("da");
    expect(await page.getAttribute(".editor-source", "dir")).toBe("ltr");
    expect(await page.locator(".editor-source").textContent()).toContain("Dit helbred");
    const body = `#text-${texts.arabic.id}-body`;
    expect(await page.getAttribute(body, "lang")).toBe("ar");
    expect(await page.getAttribute(body, "dir")).toBe("rtl");
    expect(await page.locator(body).evaluate((element) => getComputedStyle(element).fontFamily)).toContain("Noto Naskh Arabic");
    expect(await page.locator(".notice").count()).toBe(0); // no "not your language" warning
    expect(await axeViolations(page)).toEqual([]);

    const current = await page.inputValue(body);
    await page.fill(body, `${current}\nجملة راجعها شخص.\n`);
    await page.click('[data-action="mark-reviewed"]');
    await expect.poll(() => page.locator("#editor-status").textContent()).toBe("Markeret som tjekket af dig og gemt.");
    const stored = await server.admin.collection("content_versions").getOne(await headOf(texts.arabic));
    expect(stored).toMatchObject({ status: "draft", translation_status: "reviewed", reviewed_by: translator.id, author: translator.id });
    expect(parseGuide(stored.body).body).toContain("جملة راجعها شخص.");
    expect(await activeId(page)).not.toBe("<body>");

    // Publish: the reviewed text goes live, still reviewed.
    await page.click('[data-action="publish"]');
    await expect.poll(() => page.locator("#editor-status").textContent()).toBe("Udgivet. Sitet bliver bygget.");
    const entry = await server.admin.collection("content_entries").getOne(texts.arabic.id, { expand: "published_version" });
    expect(entry.published_version).toBe(entry.head_version);
    expect(entry.expand?.published_version).toMatchObject({ status: "published", translation_status: "reviewed" });
    expect(parseGuide(entry.expand?.published_version.body).body).toContain("جملة راجعها شخص.");
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });
});

describe("interface texts", () => {
  it("shows each Danish string above its translation and saves only the changed line", async () => {
    const { page, errors } = await openEditor(testBrowser.browser, server, { email: "ar@translators.test", hash: `entry=${texts.arabicStrings.id}` });
    await page.waitForSelector('[data-key="site.name"]');
    const row = page.locator('[data-key="site.name"]');
    expect(await row.locator('p[lang="da"]').textContent()).toBe("Velkommen");
    const field = row.locator("textarea");
    expect(await field.getAttribute("lang")).toBe("ar");
    expect(await field.getAttribute("dir")).toBe("rtl");
    expect(await axeViolations(page)).toEqual([]);
    const original = repositoryFile("locales/ar/common.json");
    await field.fill("مرحبًا بك");
    await page.click('[data-action="save"]');
    await expect.poll(() => page.locator("#editor-status").textContent()).toBe("Oversættelsen er gemt.");
    const stored: string = (await server.admin.collection("content_versions").getOne(await headOf(texts.arabicStrings))).body;
    expect(JSON.parse(stored)).toEqual({ ...JSON.parse(original), "site.name": "مرحبًا بك" });
    expect(stored.split("\n").filter((line) => !original.split("\n").includes(line))).toEqual(['  "site.name": "مرحبًا بك",']);
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });
});

describe("texts that are not the translator's", () => {
  it.each([
    ["a Tigrinya guide", "tigrinya", "ትግርኛ"],
    ["the Danish guide", "danish", "Dansk"],
  ] as const)("%s: warned ahead, refused by the server in words, and nothing is stored", async (_name, text, endonym) => {
    const entry = texts[text];
    const before = await headOf(entry);
    const { page, errors } = await openEditor(testBrowser.browser, server, { email: "ar@translators.test", hash: `entry=${entry.id}` });
    await page.waitForSelector("#editor-translation-heading");
    expect(await page.locator(".notice").first().textContent()).toBe(`Du oversætter til العربية. Denne tekst er på ${endonym}, så serveren vil afvise at gemme den.`);
    const body = `#text-${entry.id}-body`;
    await page.fill(body, `${await page.inputValue(body)}\nforsøg\n`);
    await page.click('[data-action="save"]');
    await page.waitForSelector('[data-notice-kind="refused"]');
    expect(await page.locator('[data-notice-kind="refused"]').textContent()).toContain("Serveren afviste at gemme: du må ikke ændre denne tekst.");
    expect(await activeId(page)).not.toBe("<body>");
    expect(await headOf(entry)).toBe(before);
    expect(await axeViolations(page)).toEqual([]);
    expect(unexpected(errors, [400, 403])).toEqual([]);
    await page.close();
  });
});

describe("the Danish change, for an outdated translation", () => {
  it("shows removed and added words as <del>/<ins> with text labels, not colour alone, and has no axe violations", async () => {
    const page = await testBrowser.browser.newPage();
    const { messages } = editorProps("da");
    await mountComponent(page, server.url, {
      modulePath: "tests/support/editor-harness.tsx", exportName: "DiffHarness", lang: "da",
      props: { lang: "da", messages, before: "Ring til lægen i dag.", after: "Ring til 1813 i dag." },
    });
    await page.waitForSelector(".editor-diff");
    expect(await page.locator(".editor-diff del").textContent()).toBe("Fjernet: lægen");
    expect(await page.locator(".editor-diff ins").textContent()).toBe("Tilføjet: 1813");
    expect(await page.getAttribute(".editor-diff", "lang")).toBe("da");
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
