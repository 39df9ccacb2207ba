// The editorial island for editors in the real Chromium against a real PocketBase (issue 14): sign-in refuses
// other roles and lets an editor in; their texts come stale first; a guide's draft is saved with the rest of the
// front matter untouched; the hub form saves the file's own bytes; two editors saving the same text get a
// conflict that shows both texts, and nothing is lost. Keyboard, focus (never <body>) and axe on the way.
import type { RecordModel } from "pocketbase";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseGuide, serializeGuide } from "../../src/islands/editor/lib/front-matter";
import { updateJsonText } from "../../src/islands/editor/lib/json-edit";
import { axeViolations, launchBrowser, type TestBrowser } from "../support/browser";
import { activeId, openEditor, repositoryFile, restoreImportedVersion, storeText, unexpected } from "../support/editor";
import { createMunicipality, createUser, password } from "../support/fixtures";
import { startTestServer, type TestServer } from "../support/pocketbase";

let server: TestServer;
let testBrowser: TestBrowser;
const texts: Record<"health" | "housing" | "stale" | "hub" | "otherHub" | "glossary", RecordModel> = {} as never;
const healthPath = "src/content/guides/da/health.md";
const stalePath = "src/content/guides/da/first-month.md";

beforeAll(async () => {
  server = await startTestServer();
  testBrowser = await launchBrowser();
  const admin = server.admin;
  const gentofte = await createMunicipality(admin, "gentofte");
  const gladsaxe = await createMunicipality(admin, "gladsaxe");
  await createUser(admin, { email: "editor@gentofte.test", role: "editor", municipality: gentofte.id, name: "Mette Redaktør" });
  await createUser(admin, { email: "second@gentofte.test", role: "editor", municipality: gentofte.id, name: "Jonas Redaktør" });
  await createUser(admin, { email: "cw@gentofte.test", role: "caseworker", municipality: gentofte.id });
  texts.health = await storeText(admin, { path: healthPath, kind: "guide", key: "health", locale: "da" });
  texts.housing = await storeText(admin, { path: "src/content/guides/da/housing.md", kind: "guide", key: "housing", locale: "da" });
  // A guide last checked long ago: it must come first.
  texts.stale = await storeText(admin, { path: stalePath, kind: "guide", key: "first-month", locale: "da",
    body: repositoryFile(stalePath).replace(/^checked: .*$/m, "checked: 2025-01-15") });
  texts.hub = await storeText(admin, { path: "src/content/municipalities/gentofte.json", kind: "municipality", key: "gentofte", locale: "da", municipality: gentofte.id });
  texts.glossary = await storeText(admin, { path: "src/content/glossary/da.json", kind: "glossary", key: "glossary", locale: "da" });
  texts.otherHub = await storeText(admin, { path: "src/content/municipalities/gladsaxe.json", kind: "municipality", key: "gladsaxe", locale: "da", municipality: gladsaxe.id });
}, 90_000);

afterAll(async () => {
  await testBrowser?.close();
  await server?.stop();
});

const head = async (entry: RecordModel) => server.admin.collection("content_versions").getOne((await server.admin.collection("content_entries").getOne(entry.id)).head_version);

describe("sign-in", () => {
  it("refuses a caseworker in words, lets an editor in with the keyboard alone, and lists their texts stale first", async () => {
    const { page, errors } = await openEditor(testBrowser.browser, server, { email: null });
    await page.waitForSelector("#staff-sign-in");
    expect(await page.locator("#staff-sign-in-heading").textContent()).toBe("Log ind som redaktør eller oversætter");
    expect(await axeViolations(page)).toEqual([]);
    // Negative: a caseworker's password is right, but this is not their workspace.
    await page.fill("#staff-sign-in-email", "cw@gentofte.test");
    await page.fill("#staff-sign-in-password", password);
    await page.press("#staff-sign-in-password", "Enter");
    await expect.poll(() => page.locator("#staff-sign-in .notice").textContent()).toContain("ikke redaktør eller oversætter");
    expect(await page.evaluate(() => localStorage.getItem("pocketbase_auth"))).toBeNull();

    // Positive: the editor, keyboard only.
    await page.focus("#staff-sign-in-email");
    await page.fill("#staff-sign-in-email", "");
    await page.keyboard.type("editor@gentofte.test");
    await page.keyboard.press("Tab");
    await page.keyboard.type(password);
    await page.keyboard.press("Enter");
    await page.waitForSelector("#editor-list-heading");
    await expect.poll(() => activeId(page)).toBe("editor-list-heading");
    const rows = await page.locator("tbody tr").evaluateAll((elements) => elements.map((row) => row.getAttribute("data-entry")));
    // Stale first; the other municipality's hub is not there.
    expect(rows[0]).toBe(texts.stale.id);
    expect(rows).toContain(texts.hub.id);
    expect(rows).not.toContain(texts.otherHub.id);
    expect(await page.locator(`tr[data-entry="${texts.stale.id}"]`).textContent()).toContain("Skal tjekkes");
    expect(await page.locator(`tr[data-entry="${texts.health.id}"]`).textContent()).toContain("1. december 2026");
    expect(await axeViolations(page)).toEqual([]);
    expect(unexpected(errors, [400])).toEqual([]);
    await page.close();
  });
});

describe("a Danish guide", () => {
  it("saves a draft of title and Markdown, keeps the other front matter, and tells the history", async () => {
    const { page, errors } = await openEditor(testBrowser.browser, server, { email: "editor@gentofte.test" });
    await page.focus(`#open-${texts.health.id}`);
    await page.keyboard.press("Enter");
    await page.waitForSelector("#editor-entry-heading");
    expect(await activeId(page)).toBe("editor-entry-heading");
    const prefix = `#text-${texts.health.id}`;
    const original = repositoryFile(healthPath);
    expect(await page.inputValue(`${prefix}-title`)).toBe("Dit helbred");
    expect(await page.getAttribute(`${prefix}-body`, "lang")).toBe("da");
    expect(await axeViolations(page)).toEqual([]);

    await page.fill(`${prefix}-title`, "Dit helbred: læge og 1813");
    const body = `${parseGuide(original).body}\nNy sætning om lægevagten.\n`;
    await page.fill(`${prefix}-body`, body);
    await page.focus('[data-action="save-draft"]');
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#editor-status").textContent()).toBe("Kladden er gemt.");
    expect(await activeId(page)).not.toBe("<body>");
    const saved = await head(texts.health);
    expect(saved).toMatchObject({ status: "draft", origin: "edit", body: serializeGuide(original, { ...parseGuide(original), title: "Dit helbred: læge og 1813", body }) });
    // Everything but the title line is the file's own front matter.
    const frontMatter = (text: string) => text.split("\n---\n")[0]!.split("\n");
    expect(frontMatter(saved.body).filter((line) => !frontMatter(original).includes(line))).toEqual(['title: "Dit helbred: læge og 1813"']);
    expect(await page.locator("text=Der er en kladde, som ikke er udgivet endnu.").count()).toBe(1);

    // History: two versions, newest first, with who saved them.
    await page.click('[data-action="history"]');
    await page.waitForSelector("#editor-history li");
    expect(await activeId(page)).toBe("editor-history-heading");
    const history = await page.locator("#editor-history li").allTextContents();
    expect(history).toHaveLength(2);
    expect(history[0]).toContain("Kladde: dig");
    expect(history[1]).toContain("Udgivet: importen");
    expect(await axeViolations(page)).toEqual([]);
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });
});

describe("the municipality's hub", () => {
  it("saves the identical bytes when nothing changed, and only the changed line when a phone number changes", async () => {
    const { page, errors } = await openEditor(testBrowser.browser, server, { email: "editor@gentofte.test", hash: `entry=${texts.hub.id}` });
    await page.waitForSelector("#editor-entry-heading");
    const original = repositoryFile("src/content/municipalities/gentofte.json");
    const prefix = `#text-${texts.hub.id}`;
    expect(await page.inputValue(`${prefix}-contacts-0-phone`)).toBe("+4539650575");
    expect(await page.getAttribute(`${prefix}-contacts-0-phone`, "dir")).toBe("ltr");
    expect(await axeViolations(page)).toEqual([]);

    await page.click('[data-action="save-draft"]');
    await expect.poll(() => page.locator("#editor-status").textContent()).toBe("Kladden er gemt.");
    expect((await head(texts.hub)).body).toBe(original);

    await page.fill(`${prefix}-contacts-0-phone`, "+4512345678");
    await page.click(`${prefix}-contacts-0-openingHours-add`);
    await expect.poll(() => activeId(page)).toBe(`text-${texts.hub.id}-contacts-0-openingHours-0-opens`);
    expect(await axeViolations(page)).toEqual([]); // with a row of hours: nested fieldsets, day checkboxes
    await page.fill(`${prefix}-contacts-0-openingHours-0-closes`, "16:30");
    await page.uncheck(`${prefix}-contacts-0-openingHours-0-days-fri`);
    await page.click('[data-action="save-draft"]');
    await expect.poll(async () => (await head(texts.hub)).body).not.toBe(original);
    const expected = JSON.parse(original);
    expected.contacts[0].phone = "+4512345678";
    expected.contacts[0].openingHours = [{ days: ["mon", "tue", "wed", "thu"], opens: "09:00", closes: "16:30" }];
    const stored: string = (await head(texts.hub)).body;
    expect(stored).toBe(updateJsonText(original, expected));
    // Two lines changed (the phone's and the one with openingHours), every other line is the file's own.
    const changed = stored.split("\n").filter((line) => !original.split("\n").includes(line));
    expect(changed).toHaveLength(2);
    expect(changed[0]).toContain('"phone": "+4512345678"');
    expect(changed[1]).toContain('"openingHours": [{ "days": ["mon", "tue", "wed", "thu"], "opens": "09:00", "closes": "16:30" }]');

    // Enter in a field saves too; the form starts again from the stored text and focus stays in that field.
    // (While a save runs the buttons say aria-disabled, and a second save is not started until it ends.)
    await page.waitForSelector('[data-action="save-draft"]:not([aria-disabled])');
    await page.fill(`${prefix}-contacts-0-name`, "Netværkshuset Gentofte");
    await page.press(`${prefix}-contacts-0-name`, "Enter");
    await expect.poll(async () => (await head(texts.hub)).body).toContain('"name": "Netværkshuset Gentofte"');
    await expect.poll(() => activeId(page)).toBe(`text-${texts.hub.id}-contacts-0-name`);
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });
});

describe("field errors from the server", () => {
  it("puts the server's 400 next to its field and in the focused summary, and saves once corrected", async () => {
    const { page, errors } = await openEditor(testBrowser.browser, server, { email: "editor@gentofte.test", hash: `entry=${texts.glossary.id}` });
    const body = `#text-${texts.glossary.id}-body`;
    await page.waitForSelector(body);
    const original = await page.inputValue(body);
    const before = (await head(texts.glossary)).id;
    await page.fill(body, `${original.trimEnd()},`); // a trailing comma: not JSON
    await page.click('[data-action="save-draft"]');
    await page.waitForSelector("#editor-entry-errors");
    expect(await activeId(page)).toBe("editor-entry-errors");
    expect(await page.getAttribute(body, "aria-invalid")).toBe("true");
    expect(await page.getAttribute(body, "aria-describedby")).toContain(`text-${texts.glossary.id}-body-error`);
    expect(await page.locator(`#text-${texts.glossary.id}-body-error`).textContent()).toContain("JSON");
    expect(await page.locator(`#editor-entry-errors a[href="#text-${texts.glossary.id}-body"]`).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect((await head(texts.glossary)).id).toBe(before);
    // Positive control: the corrected text saves, and the error is gone.
    await page.fill(body, original);
    await page.click('[data-action="save-draft"]');
    await expect.poll(() => page.locator("#editor-status").textContent()).toBe("Kladden er gemt.");
    expect(await page.locator("#editor-entry-errors").count()).toBe(0);
    expect((await head(texts.glossary)).body).toBe(original);
    expect(unexpected(errors, [400])).toEqual([]);
    await page.close();
  });
});

describe("the national text changed", () => {
  it("shows the difference from the municipality's live text to the newer national one", async () => {
    const path = "src/content/guides/da/danish-lessons.md";
    const national = repositoryFile(path);
    const entry = await storeText(server.admin, { path, kind: "guide", key: "danish-lessons", locale: "da" });
    const editor = await server.signIn("editor@gentofte.test", password);
    await editor.collection("content_versions").create({ entry: entry.id, body: national.replace(/\n$/, "\nKommunens egen sætning.\n"), status: "published", base_version: entry.head_version });
    // A newer national text, as `npm run content:import` keeps it beside the editor's.
    await server.admin.collection("content_versions").create({ entry: entry.id, body: `${national}\nNy national sætning.\n`, status: "upstream", origin: "import" });
    const { page, errors } = await openEditor(testBrowser.browser, server, { email: "editor@gentofte.test", hash: `entry=${entry.id}` });
    await page.waitForSelector(".editor-diff");
    expect(await page.locator("[data-upstream] h3").textContent()).toBe("Den nationale tekst er ændret");
    const removed = (await page.locator(".editor-diff del").allTextContents()).join(" ");
    const added = (await page.locator(".editor-diff ins").allTextContents()).join(" ");
    expect(removed).toMatch(/^Fjernet: .*Kommunens/s);
    expect(removed).not.toContain("national");
    expect(added).toMatch(/^Tilføjet: .*Ny.*national/s);
    expect(added).not.toContain("Kommunens");
    expect(await axeViolations(page)).toEqual([]);
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });
});

describe("publish and restore", () => {
  // Works on both servers: with issue 14's endpoints (POST …/publish, …/restore) and, before they land, through
  // the collection API (a published version with the same body; the old body saved again as a draft).
  it("publishes the edited text, then restores the imported one from the history as the newest version", async () => {
    const { page, errors } = await openEditor(testBrowser.browser, server, { email: "editor@gentofte.test", hash: `entry=${texts.stale.id}` });
    const body = `#text-${texts.stale.id}-body`;
    await page.waitForSelector(body);
    const original = repositoryFile(stalePath).replace(/^checked: .*$/m, "checked: 2025-01-15");
    await page.fill(body, `${parseGuide(original).body}
Udgivet sætning.
`);
    await page.click('[data-action="publish"]');
    await expect.poll(() => page.locator("#editor-status").textContent()).toBe("Udgivet. Sitet bliver bygget.");
    const entry = await server.admin.collection("content_entries").getOne(texts.stale.id, { expand: "published_version" });
    expect(entry.published_version).toBe(entry.head_version);
    expect(entry.expand?.published_version.body).toContain("Udgivet sætning.");
    expect(await page.locator("text=Der er en kladde, som ikke er udgivet endnu.").count()).toBe(0);

    await restoreImportedVersion(page);
    expect((await head(texts.stale)).body).toBe(original);
    await expect.poll(() => page.inputValue(body)).not.toContain("Udgivet sætning.");
    expect(await activeId(page)).not.toBe("<body>");
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });
});

describe("two editors, one text", () => {
  it("the second save gets the conflict with both texts, keeps their text, and saves it after choosing", async () => {
    const first = await testBrowser.browser.newContext();
    const second = await testBrowser.browser.newContext();
    const a = await openEditor(first, server, { email: "editor@gentofte.test", hash: `entry=${texts.housing.id}` });
    const b = await openEditor(second, server, { email: "second@gentofte.test", hash: `entry=${texts.housing.id}` });
    const body = `#text-${texts.housing.id}-body`;
    await a.page.waitForSelector(body);
    await b.page.waitForSelector(body);
    const original = parseGuide(repositoryFile("src/content/guides/da/housing.md")).body;
    await a.page.fill(body, `${original}\nMettes sætning.\n`);
    await b.page.fill(body, `${original}\nJonas' sætning.\n`);
    await a.page.click('[data-action="save-draft"]');
    await expect.poll(() => a.page.locator("#editor-status").textContent()).toBe("Kladden er gemt.");

    await b.page.click('[data-action="save-draft"]');
    await b.page.waitForSelector("#editor-conflict-heading");
    expect(await activeId(b.page)).toBe("editor-conflict-heading");
    expect(await b.page.locator("#editor-conflict-theirs").textContent()).toContain("Mettes sætning.");
    expect(await b.page.locator("#editor-conflict-yours").textContent()).toContain("Jonas' sætning.");
    expect(await b.page.inputValue(body)).toContain("Jonas' sætning."); // still in the form
    expect(await axeViolations(b.page)).toEqual([]);
    // The first editor's text is the head; the refused one changed nothing.
    expect((await head(texts.housing)).body).toContain("Mettes sætning.");

    await b.page.click('[data-action="keep-mine"]');
    expect(await activeId(b.page)).not.toBe("<body>");
    await b.page.click('[data-action="save-draft"]');
    await expect.poll(() => b.page.locator("#editor-status").textContent()).toBe("Kladden er gemt.");
    expect((await head(texts.housing)).body).toContain("Jonas' sætning.");
    // Nothing lost: Mette's version is in the history.
    const bodies = (await server.admin.collection("content_versions").getFullList({ filter: server.admin.filter("entry = {:entry}", { entry: texts.housing.id }) })).map((version) => version.body);
    expect(bodies.some((text) => text.includes("Mettes sætning."))).toBe(true);
    expect(unexpected(a.errors)).toEqual([]);
    expect(unexpected(b.errors, [409])).toEqual([]);
    await first.close();
    await second.close();
  });
});
