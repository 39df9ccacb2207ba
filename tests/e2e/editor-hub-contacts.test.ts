// The hub form's "remove contact" in the real Chromium against a real PocketBase: the contact leaves the form and
// the saved text, every other line keeps its bytes, focus lands on the next contact (never <body>), and the history
// still holds the hub with the contact (nothing is lost). Nothing is stored before the editor saves.
// "Add a contact": name, kind and source(s) asked, the contact then edited like the others and published with the
// id from its name; without a source or a name the error stands by the question and nothing is added or stored.
import type { RecordModel } from "pocketbase";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { danishToday } from "../../src/domain/danish-day";
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

describe("adding a contact to the hub", () => {
  const name = "Sundhedshuset Øst";
  const newId = "sundhedshuset-oest";
  const published = async () => (await server.admin.collection("content_entries").getOne(hub.id, { expand: "published_version" })).expand?.published_version;

  it("asks for name, kind and source, then shows it as a contact like the others, and the published hub has it", async () => {
    const { page, errors } = await openEditor(testBrowser.browser, server, { email: "editor@contacts.test", hash: `entry=${hub.id}` });
    const prefix = `#text-${hub.id}-contacts`;
    await page.waitForSelector(`${prefix}-add`);
    const count = await page.locator("[data-contact]").count();
    const before = await head();
    const sources = (JSON.parse(before.body) as { sources: Array<{ id: string; label: string }> }).sources;
    expect(await page.locator(`${prefix}-add`).textContent()).toBe("Tilføj kontakt");
    expect(await page.getAttribute(`${prefix}-add`, "aria-expanded")).toBe("false");

    await page.focus(`${prefix}-add`);
    await page.keyboard.press("Enter");
    await expect.poll(() => activeId(page)).toBe(`text-${hub.id}-contacts-new-name`);
    expect(await page.getAttribute(`${prefix}-add`, "aria-expanded")).toBe("true");
    // The kinds in words, the hub's sources by their labels; axe with the questions open.
    expect(await page.locator(`${prefix}-new-kind option`).allTextContents()).toEqual(["Vælg slags", "Kommunen", "Beskæftigelse", "Frivillige", "Bolig", "Børn og familier", "Sundhed", "Andet"]);
    expect(await page.locator(`${prefix}-new-sources label`).allTextContents()).toEqual(sources.map((source) => source.label));
    expect(await axeViolations(page)).toEqual([]);
    // Every question is a 44 px target: the controls themselves, a checkbox by its whole label.
    const smallTargets = await page.evaluate((fieldset) => [...document.querySelectorAll(`${fieldset} button, ${fieldset} input:not([type="checkbox"]), ${fieldset} select, ${fieldset} label.checkbox`)]
      .map((element) => ({ id: element.id || element.textContent?.trim().slice(0, 30), box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 44 || box.width < 44).map(({ id, box }) => `${id}: ${Math.round(box.width)}×${Math.round(box.height)}`), `${prefix}-new-fieldset`);
    expect(smallTargets).toEqual([]);
    expect(await page.locator(`${prefix}-new-fieldset label.checkbox`).count()).toBe(sources.length); // the check saw them

    await page.fill(`${prefix}-new-name`, name);
    await page.selectOption(`${prefix}-new-kind`, "health");
    await page.check(`${prefix}-new-sources-1`);
    await page.click(`${prefix}-new-add`);
    // A contact block like the others, focus on its name; the questions are gone.
    await expect.poll(() => activeId(page)).toBe(`text-${hub.id}-contacts-${count}-name`);
    expect(await page.inputValue(`${prefix}-${count}-name`)).toBe(name);
    expect(await page.locator(`[data-contact="${newId}"]`).count()).toBe(1);
    expect(await page.locator("[data-contact]").count()).toBe(count + 1);
    expect(await page.locator(`${prefix}-new-fieldset`).count()).toBe(0);
    expect(await page.getAttribute(`${prefix}-add`, "aria-expanded")).toBe("false");
    expect((await head()).id).toBe(before.id); // nothing stored yet

    // The server's refusal of the new contact's phone lands next to its input (contacts.<count>.phone).
    await page.fill(`${prefix}-${count}-phone`, "+45 39 65 05 75");
    await page.click('[data-action="save-draft"]');
    await expect.poll(() => page.locator(`${prefix}-${count}-phone-error`).textContent()).toMatch(/landekode/);
    expect(await page.getAttribute(`${prefix}-${count}-phone`, "aria-invalid")).toBe("true");
    expect((await head()).id).toBe(before.id);

    await page.fill(`${prefix}-${count}-phone`, "+4539650575");
    await page.click('[data-action="publish"]');
    await expect.poll(() => page.locator("#editor-status").textContent()).toBe("Udgivet. Sitet bliver bygget.");
    const live = await published();
    const stored = JSON.parse(live.body) as { contacts: Array<Record<string, unknown>> };
    expect(stored.contacts).toHaveLength(count + 1);
    expect(stored.contacts[count]).toEqual({
      id: newId, name, organisation: null, kind: "health", phone: "+4539650575", email: null, address: null, url: null,
      openingHours: null, phoneHours: null, description: "", lastChecked: danishToday(), source: sources[1]!.id,
    });
    // Only the new contact was added: the text before it keeps its bytes.
    expect(live.body).toBe(updateJsonText(before.body, { ...JSON.parse(before.body), contacts: stored.contacts }));
    expect(live.id).toBe((await head()).id);
    expect(unexpected(errors, [400])).toEqual([]);
    await page.close();
  });

  it("without a source or a name shows the error by the question, adds and stores nothing, and cancel returns to the button", async () => {
    const { page, errors } = await openEditor(testBrowser.browser, server, { email: "editor@contacts.test", hash: `entry=${hub.id}` });
    const prefix = `#text-${hub.id}-contacts`;
    await page.waitForSelector(`${prefix}-add`);
    const count = await page.locator("[data-contact]").count();
    const before = (await head()).id;
    // Positive control: the first case's contact was saved, so this form shows it.
    expect(await page.locator(`[data-contact="${newId}"]`).count()).toBe(1);

    await page.click(`${prefix}-add`);
    await page.waitForSelector(`${prefix}-new-name`);
    await page.fill(`${prefix}-new-name`, "Bibliotek");
    await page.selectOption(`${prefix}-new-kind`, "other");
    // Enter in the name asks again; it does not save the form as a draft.
    await page.focus(`${prefix}-new-name`);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(`${prefix}-new-sources-error`).textContent()).toBe("Vælg mindst én kilde.");
    await expect.poll(() => activeId(page)).toBe(`text-${hub.id}-contacts-new-sources-0`);
    expect(await page.getAttribute(`${prefix}-new-sources`, "aria-describedby")).toBe(`text-${hub.id}-contacts-new-sources-error`);
    expect(await page.locator("[data-contact]").count()).toBe(count);

    await page.check(`${prefix}-new-sources-0`);
    await page.fill(`${prefix}-new-name`, "  ");
    await page.click(`${prefix}-new-add`);
    await expect.poll(() => page.locator(`${prefix}-new-name-error`).textContent()).toBe("Skriv kontaktens navn.");
    await expect.poll(() => activeId(page)).toBe(`text-${hub.id}-contacts-new-name`);
    expect(await page.getAttribute(`${prefix}-new-name`, "aria-invalid")).toBe("true");
    expect(await page.locator(`${prefix}-new-sources-error`).count()).toBe(0);
    expect(await page.locator("[data-contact]").count()).toBe(count);
    expect(await axeViolations(page)).toEqual([]);

    await page.click(`${prefix}-new-cancel`);
    await expect.poll(() => activeId(page)).toBe(`text-${hub.id}-contacts-add`);
    expect(await page.locator(`${prefix}-new-fieldset`).count()).toBe(0);
    expect(await page.locator("[data-contact]").count()).toBe(count);
    expect((await head()).id).toBe(before);
    expect(await page.locator("#editor-status").textContent()).not.toBe("Kladden er gemt.");
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });
});
