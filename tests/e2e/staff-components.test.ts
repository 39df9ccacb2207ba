// The staff workspace island in the real Chromium against a real PocketBase: the list, the plan detail and the
// create form; errors linked to fields, the error summary focused, focus never on <body>, words in Danish.
import type { Page } from "playwright-core";
import type { RecordModel } from "pocketbase";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeMilestones } from "../../src/domain/milestones";
import { rulesForMunicipality } from "../../src/domain/rules";
import { islandMessages } from "../../src/i18n/island-messages";
import { locales } from "../../src/i18n/locales";
import { formatDate } from "../../src/utils/format";
import { axeViolations, launchBrowser, watchForErrors, type TestBrowser } from "../support/browser";
import { mountComponent } from "../support/component";
import { createMunicipality, createUser, password } from "../support/fixtures";
import { startTestServer, type TestServer } from "../support/pocketbase";

let server: TestServer;
let testBrowser: TestBrowser;
let plan: RecordModel;
const hostileName = "<img src=x onerror=alert(1)> Amal";
const facts = { arrivalDate: "2026-11-02", responsibilityDate: "2026-11-09", household: { adults: 1, children: 1, unaccompanied_minor: false } };

beforeAll(async () => {
  server = await startTestServer();
  testBrowser = await launchBrowser();
  const glostrup = await createMunicipality(server.admin, "glostrup");
  const caseworker = await createUser(server.admin, { email: "maria@staff.test", role: "caseworker", municipality: glostrup.id, name: "Maria Jensen" });
  const refugee = await createUser(server.admin, { email: "amal@staff.test", role: "refugee", municipality: glostrup.id, language: "ar", name: hostileName });
  plan = await server.admin.collection("plans").create({
    refugee: refugee.id, municipality: glostrup.id, caseworker: caseworker.id, language: "ar",
    arrival_date: facts.arrivalDate, responsibility_date: facts.responsibilityDate, household: facts.household,
  });
});

afterAll(async () => {
  await testBrowser?.close();
  await server?.stop();
});

async function openWorkspace(): Promise<{ page: Page; errors: string[] }> {
  const caseworker = await server.signIn("maria@staff.test", password);
  const page = await testBrowser.browser.newPage();
  const errors = watchForErrors(page);
  await page.route(`${server.url}/favicon.ico`, (route) => route.fulfill({ status: 204, body: "" }));
  await page.goto(`${server.url}/api/health`);
  await page.evaluate(([token, record]) => localStorage.setItem("pocketbase_auth", JSON.stringify({ token, record })),
    [caseworker.authStore.token, caseworker.authStore.record] as const);
  await mountComponent(page, server.url, {
    modulePath: "src/islands/staff/StaffApp.tsx", exportName: "StaffApp", lang: "da",
    props: { lang: "da", messages: islandMessages("da", ["staff.", "milestone."]), locales: locales.map(({ code, endonym }) => ({ code, endonym })), today: "2026-12-01" },
  });
  await page.waitForSelector("#staff-plans-heading");
  return { page, errors };
}

const activeTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName);

describe("staff list", () => {
  it("lists the plan with the name as text, filters it, opens it with the keyboard alone, and has no axe violations", async () => {
    const { page, errors } = await openWorkspace();
    const row = page.locator(`tr[data-plan="${plan.id}"]`);
    expect(await row.locator("bdi").first().textContent()).toBe(hostileName);
    expect(await page.locator("#root img").count()).toBe(0);
    expect(await page.locator("#filter-status option[value=soon]").textContent()).toBe("Frist inden for 7 dage");
    expect(await axeViolations(page)).toEqual([]);

    await page.fill("#filter-search", "nobody");
    expect(await page.locator("#root").textContent()).toContain("Ingen planer passer.");
    await page.fill("#filter-search", "amal");
    await row.waitFor();

    await page.focus(`#open-${plan.id}`);
    await page.keyboard.press("Enter");
    await page.waitForSelector("#plan-heading");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("plan-heading");
    // Back: focus returns to the plan's open button, not to <body>.
    await page.click('button[data-action="back"]');
    await page.waitForSelector(`#open-${plan.id}`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`open-${plan.id}`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("plan detail", () => {
  it("shows the legal limit and the local promise, saves keeping focus, and tells the history as sentences", async () => {
    const { page, errors } = await openWorkspace();
    await page.click(`#open-${plan.id}`);
    await page.waitForSelector('form[data-form="milestone"]');
    const table = (await page.locator("table").first().textContent()) ?? "";
    const computed = computeMilestones(facts, rulesForMunicipality("glostrup"));
    const legal = computed.filter((milestone) => milestone.legalDue);
    const local = computed.filter((milestone) => milestone.localDue);
    expect(legal.length).toBeGreaterThan(0);
    for (const milestone of legal) expect(table).toContain(formatDate(milestone.legalDue!, "da"));
    for (const milestone of local) expect(table).toContain(formatDate(milestone.localDue!, "da"));
    expect(table).toContain("Lovens frist");
    expect(table).toContain("Kommunens løfte");
    expect(table).toContain("Lægetjek");

    const add = page.locator('form[data-form="new-appointment"]');
    await add.locator('input[name="title"]').fill("Lægetjek");
    await add.locator('input[name="starts"]').fill("2030-01-15T10:00");
    await page.focus("#new-appointment-submit");
    await page.keyboard.press("Enter");
    await page.waitForSelector('form[data-form="appointment"]');
    await expect.poll(() => page.locator("#staff-status").textContent()).toBe("Gemt.");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("new-appointment-submit");
    await expect.poll(() => page.locator(".history").textContent()).toContain("Maria Jensen tilføjede aftalen Lægetjek");

    // A milestone's status: the select offers the statuses in Danish; saving keeps focus on its button.
    const milestoneForm = page.locator('form[data-form="milestone"]').first();
    expect(await milestoneForm.locator("option").allTextContents()).toEqual(["Åben", "Klaret", "Springes over"]);
    await milestoneForm.locator("select").selectOption("done");
    const saveId = await milestoneForm.locator('button[type="submit"]').getAttribute("id");
    await milestoneForm.locator('button[type="submit"]').click();
    await expect.poll(() => page.locator(".history").textContent()).toContain("Maria Jensen ændrede fristen");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(saveId);

    // Contacts: the role in the reader's language.
    await page.fill("#new-contact-name", "Røde Kors Glostrup");
    await page.selectOption("#new-contact-role", "organisation");
    await page.click("#new-contact-submit");
    await expect.poll(() => page.locator(".cards").textContent()).toContain("Røde Kors Glostrup (Organisation)");
    expect(await activeTag(page)).not.toBe("BODY");
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("create form", () => {
  it("links each refused field to its error, focuses the summary, and creates the plan once corrected", async () => {
    const { page, errors } = await openWorkspace();
    const basisOptions = await page.locator("#create-plan-basis option").evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(basisOptions).toEqual(["refugee", "quota_refugee", "family_reunified_to_refugee", "family_reunified_other"]);
    await page.fill("#create-plan-name", "Selam Tesfay");
    await page.fill("#create-plan-email", "not-an-email");
    await page.click('#create-plan button[type="submit"]');
    await page.waitForSelector("#create-plan-errors");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("create-plan-errors");
    const email = page.locator("#create-plan-email");
    expect(await email.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await email.getAttribute("aria-describedby")) ?? "";
    expect(describedBy).toContain("create-plan-email-error");
    expect(await page.locator("#create-plan-email-error").textContent()).not.toBe("");
    expect(await page.locator('#create-plan-errors a[href="#create-plan-email"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Positive control: corrected, the same form creates the plan and the detail opens on its heading.
    await page.fill("#create-plan-email", "selam@staff.test");
    await page.selectOption("#create-plan-basis", "quota_refugee");
    await page.click('#create-plan button[type="submit"]');
    await page.waitForSelector("#plan-heading");
    expect(await page.locator("#plan-heading").textContent()).toBe("Selam Tesfay");
    expect(await page.locator("#root").textContent()).toContain("Opholdsgrundlag: Kvoteflygtning");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("plan-heading");
    expect(errors.filter((error) => !error.includes("status of 400"))).toEqual([]);
    await page.close();
  });
});
