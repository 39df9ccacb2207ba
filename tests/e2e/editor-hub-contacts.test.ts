// The hub form's "remove contact" in the real Chromium against a real PocketBase: the contact leaves the form and
// the saved text, every other line keeps its bytes, focus lands on the next contact (never <body>), and the history
// still holds the hub with the contact (nothing is lost). Nothing is stored before the editor saves.
import type { RecordModel } from "pocketbase";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateJsonText } from "../../src/islands/editor/lib/json-edit";
import { axeViolations, launchBrowser, type TestBrowser } from "../support/browser";
import { activeId, openEditor, repositoryFile, storeText, unexpected } from "../support/editor";
import { createMunicipality, createUser } from "../support/fixtures";
import { startTestServer, type TestServer } from "../support/pocketbase";

let server: TestServer;
let testBrowser: TestBrowser;
let hub: RecordModel;
const hubPath = "src/content/municipalities/gentofte.json";

beforeAll(async () => {
  server = await startTestServer();
  testBrowser = await launchBrowser();
  const gentofte = await createMunicipality(server.admin, "gentofte");
  await createUser(server.admin, { email: "editor@contacts.test", role: "editor", municipality: gentofte.id });
  hub = await storeText(server.admin, { path: hubPath, kind: "municipality", key: "gentofte", locale: "da", municipality: gentofte.id });
}, 90_000);

afterAll(async () => {
  await testBrowser?.close();
  await server?.stop();
});

const head = async () => server.admin.collection("content_versions").getOne((await server.admin.collection("content_entries").getOne(hub.id)).head_version);

describe("removing a contact from the hub", () => {
  it("takes it out of the form and the saved text only, moves focus to the next contact, and keeps the old hub in the history", async () => {
    const { page, errors } = await openEditor(testBrowser.browser, server, { email: "editor@contacts.test", hash: `entry=${hub.id}` });
    const prefix = `#text-${hub.id}-contacts`;
    await page.waitForSelector(`${prefix}-1-remove`);
    const original = repositoryFile(hubPath);
    const contacts = (JSON.parse(original) as { contacts: Array<{ id: string; name: string }> }).contacts;
    expect(await page.locator(`${prefix}-1-remove`).textContent()).toBe(`Fjern kontakt 2: ${contacts[1]!.name}`);
    const before = (await head()).id;

    await page.focus(`${prefix}-1-remove`);
    await page.keyboard.press("Enter");
    // The third contact is now the second, and has the focus.
    await expect.poll(() => page.inputValue(`${prefix}-1-name`)).toBe(contacts[2]!.name);
    expect(await activeId(page)).toBe(`text-${hub.id}-contacts-1-name`);
    expect(await page.locator(`[data-contact="${contacts[1]!.id}"]`).count()).toBe(0);
    expect(await page.locator("[data-contact]").count()).toBe(contacts.length - 1);
    expect((await head()).id).toBe(before); // nothing stored yet
    expect(await axeViolations(page)).toEqual([]);

    await page.click('[data-action="save-draft"]');
    await expect.poll(() => page.locator("#editor-status").textContent()).toBe("Kladden er gemt.");
    const stored: string = (await head()).body;
    const expected = JSON.parse(original);
    expected.contacts.splice(1, 1);
    expect(stored).toBe(updateJsonText(original, expected));
    expect(JSON.parse(stored).contacts.map((contact: { id: string }) => contact.id)).toEqual(contacts.filter((_, at) => at !== 1).map((contact) => contact.id));
    // Positive control: the kept contacts are all there, byte for byte, and the old hub is still in the history.
    for (const contact of contacts.filter((_, at) => at !== 1)) expect(stored).toContain(`"id": "${contact.id}"`);
    expect((await server.admin.collection("content_versions").getOne(before)).body).toBe(original);
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });

  it("moves focus to the contacts heading when the last contact is removed", async () => {
    const { page, errors } = await openEditor(testBrowser.browser, server, { email: "editor@contacts.test", hash: `entry=${hub.id}` });
    await page.waitForSelector("[data-contact]");
    const count = await page.locator("[data-contact]").count();
    await page.click(`#text-${hub.id}-contacts-${count - 1}-remove`);
    await expect.poll(() => activeId(page)).toBe(`text-${hub.id}-contacts`);
    expect(await page.locator("[data-contact]").count()).toBe(count - 1);
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });
});
