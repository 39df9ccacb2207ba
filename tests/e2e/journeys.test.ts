// The three people who use the backend, end to end in Chromium against a real PocketBase serving the built site.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { computeMilestones } from "../../src/domain/milestones";
import { rulesForMunicipality } from "../../src/domain/rules";
import { formatDate } from "../../src/utils/format";
import { axeViolations, watchForErrors, type TestBrowser } from "../support/browser";
import { createMunicipality, createUser, password } from "../support/fixtures";
import type { TestServer } from "../support/pocketbase";
import { useBuiltSite } from "../support/site";
import { danishDateInDays, isoDaysFromNow } from "../support/world";

let server: TestServer;
let testBrowser: TestBrowser;
let glostrup: RecordModel;
let plan: RecordModel;

async function issueCode(planId: string): Promise<string> {
  const caseworker = await server.signIn("cw@journey.test", password);
  const answer = await caseworker.send<{ code: string }>(`/api/velkommen/plans/${planId}/activation-code`, { method: "POST" });
  return answer.code;
}

const site = useBuiltSite();

beforeAll(async () => {
  server = site.server;
  testBrowser = site.testBrowser;
  glostrup = await createMunicipality(server.admin, "glostrup");
  const caseworker = await createUser(server.admin, { email: "cw@journey.test", role: "caseworker", municipality: glostrup.id, name: "Mette Hansen" });
  const refugee = await createUser(server.admin, { email: "amal@journey.test", role: "refugee", municipality: glostrup.id, language: "ar", name: "أمل حسن" });
  plan = await server.admin.collection("plans").create({
    refugee: refugee.id, municipality: glostrup.id, caseworker: caseworker.id, language: "ar",
    arrival_date: isoDaysFromNow(-10).slice(0, 10), responsibility_date: isoDaysFromNow(-7).slice(0, 10),
    household: { adults: 1, children: 1, unaccompanied_minor: false },
  });
  await server.admin.collection("appointments").create({
    plan: plan.id, title: "فحص طبي", starts: isoDaysFromNow(4), place: "Lægehuset, Eksempelvej 1", interpreter: true, status: "planned",
  });
});


async function activate(page: Page, lang: string, code: string, newPassword: string) {
  await page.goto(`${server.url}/${lang}/me/#code=${code}`);
  await page.fill('#activate-form input[name="password"]', newPassword);
  await page.click('#activate-form button[type="submit"]');
  await page.waitForSelector(".timeline");
}

describe("refugee and volunteer", () => {
  it("activate → timeline in Arabic → mark a task done → .ics → share → volunteer sees it → revoke → no longer shared", async () => {
    const context = await testBrowser.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await activate(page, "ar", await issueCode(plan.id), "three words are easy");
    expect(page.url()).not.toContain("code=");
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
    expect(await page.locator("#me-app h2").first().textContent()).toBe("تواريخك");
    expect(await axeViolations(page)).toEqual([]);

    const task = page.locator('li[data-kind="digital_denmark"] button[data-action="toggle-milestone"]');
    await task.click();
    await page.waitForSelector('li.milestone-done[data-kind="digital_denmark"]');
    const stored = await server.admin.collection("milestones").getFirstListItem(`plan = "${plan.id}" && kind = "digital_denmark"`);
    expect(stored.status).toBe("done");

    const [download] = await Promise.all([page.waitForEvent("download"), page.click('button[data-action="calendar"]')]);
    const calendar = readFileSync((await download.path())!, "utf8");
    expect(calendar).toContain("BEGIN:VEVENT");
    expect(calendar).toContain("SUMMARY:فحص طبي");

    await page.fill('#share-form input[name="days"]', "10");
    // The consent names the last day: today + 10 days, in the reader's language.
    expect(await page.locator("#share-consent").textContent()).toContain(formatDate(danishDateInDays(10), "ar"));
    await page.click('#share-form button[type="submit"]');
    const link = await page.locator(".share-link").getAttribute("href");
    expect(link).toMatch(/\/ar\/shared\/#t=/);
    expect(await page.locator(".qr svg").count()).toBe(1);

    const volunteer = await context.newPage();
    const volunteerErrors = watchForErrors(volunteer);
    await volunteer.goto(link!.replace("/ar/", "/da/"));
    await volunteer.waitForSelector("#shared-app .cards");
    expect(await volunteer.locator("#shared-app").textContent()).toContain("فحص طبي");

    await page.click('button[data-action="revoke-share"]');
    await page.waitForSelector('button[data-action="revoke-share"]', { state: "detached" });
    await volunteer.reload();
    await volunteer.waitForSelector('[data-state="gone"]');
    expect(await volunteer.locator("#shared-app").textContent()).toContain("Dette er ikke delt længere.");
    // The one expected "error": the browser logs the designed 404 of POST /api/velkommen/shared after revocation.
    expect(volunteerErrors.filter((error) => !error.includes("status of 404"))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});

describe("caseworker", () => {
  it("create a plan → milestones with the rules' dates → letter opens → edit an appointment → the refugee sees it", async () => {
    const context = await testBrowser.browser.newContext();
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${server.url}/da/staff/`);
    await page.waitForSelector("#staff-sign-in");
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#staff-sign-in input[name="email"]', "cw@journey.test");
    await page.fill('#staff-sign-in input[name="password"]', password);
    await page.click('#staff-sign-in button[type="submit"]');
    await page.waitForSelector("#create-plan");
    expect(await axeViolations(page)).toEqual([]);

    const arrival = "2026-11-16";
    const responsibility = "2026-11-20";
    await page.fill('#create-plan input[name="name"]', "Selam Tesfay");
    await page.fill('#create-plan input[name="email"]', "selam@journey.test");
    await page.selectOption('#create-plan select[name="language"]', "ti");
    await page.fill('#create-plan input[name="arrival_date"]', arrival);
    await page.fill('#create-plan input[name="responsibility_date"]', responsibility);
    await page.click('#create-plan button[type="submit"]');
    await page.waitForSelector('form[data-form="milestone"]');

    const expected = computeMilestones({ arrivalDate: arrival, responsibilityDate: responsibility, household: { adults: 1, children: 0, unaccompanied_minor: false } }, rulesForMunicipality("glostrup"));
    const table = await page.locator("table").first().textContent();
    for (const milestone of expected.filter((item) => item.due)) expect(table).toContain(formatDate(milestone.due!, "da"));

    const letterHref = await page.locator('a[href*="/letter/#plan="]').getAttribute("href");
    const planId = letterHref!.split("#plan=")[1]!;
    await page.click('a[href*="/letter/#plan="]');
    // The letter only shows the plan; the caseworker asks for the code (security review finding 12).
    await page.click("#letter-issue");
    await page.waitForSelector(".letter-code bdi");
    const code = (await page.locator(".letter-code bdi").first().textContent())!;

    await page.goto(`${server.url}/da/staff/`);
    await page.click(`button[data-action="open-plan"][data-id="${planId}"]`);
    const newAppointment = page.locator('form[data-form="new-appointment"]');
    await newAppointment.locator('input[name="title"]').fill("Møde i Jobcenter");
    await newAppointment.locator('input[name="starts"]').fill("2030-01-15T10:00");
    await newAppointment.locator('input[name="place"]').fill("Rådhuset");
    await newAppointment.locator('button[type="submit"]').click();
    const saved = page.locator('form[data-form="appointment"]').first();
    await saved.waitFor();
    await saved.locator('input[name="place"]').fill("Biblioteket, 1. sal");
    await saved.locator('button[type="submit"]').click();
    await page.waitForSelector('form[data-form="appointment"] input[value="Biblioteket, 1. sal"]');
    expect(await page.locator(".history li").count()).toBeGreaterThan(2);
    // The history reads as sentences with who did what, in the reader's language.
    expect(await page.locator(".history").textContent()).toContain("Mette Hansen tilføjede aftalen Møde i Jobcenter");
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe("BODY");

    const refugeePage = await context.newPage();
    await activate(refugeePage, "ti", code, "another long password");
    expect(await refugeePage.locator(".appointment").first().textContent()).toContain("Biblioteket, 1. sal");
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
