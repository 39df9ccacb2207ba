// Staff sign-in on a server with MFA (as npm run serve runs it): the staff island in the real Chromium against a
// real PocketBase that mails its one-time codes to a real local SMTP server. The caseworker types the password,
// then the code from the mail, with the keyboard alone; a wrong code is refused with an error linked to the field.
// The last test uses the built site (npm run build first), under the server's real headers and CSP.
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { RecordModel } from "pocketbase";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { islandMessages } from "../../src/i18n/island-messages";
import { locales } from "../../src/i18n/locales";
import { axeViolations, launchBrowser, watchForErrors, type TestBrowser } from "../support/browser";
import { mountComponent } from "../support/component";
import { createMunicipality, createUser, password } from "../support/fixtures";
import { otpIn, startMfaServers } from "../support/mfa";
import type { TestServer } from "../support/pocketbase";
import type { MailServer } from "../support/smtp";

let mail: MailServer;
let server: TestServer;
let testBrowser: TestBrowser;
let plan: RecordModel;
const caseworkerEmail = "maria@mfa-staff.test";

beforeAll(async () => {
  ({ mail, server } = await startMfaServers({ publicDirectory: join(process.cwd(), "dist") }));
  testBrowser = await launchBrowser();
  const glostrup = await createMunicipality(server.admin, "glostrup");
  const caseworker = await createUser(server.admin, { email: caseworkerEmail, role: "caseworker", municipality: glostrup.id, name: "Maria Jensen" });
  const refugee = await createUser(server.admin, { email: "amal@mfa-staff.test", role: "refugee", municipality: glostrup.id, language: "ar", name: "Amal" });
  plan = await server.admin.collection("plans").create({
    refugee: refugee.id, municipality: glostrup.id, caseworker: caseworker.id, language: "ar",
    arrival_date: "2026-11-02", responsibility_date: "2026-11-09", household: { adults: 1, children: 0, unaccompanied_minor: false },
  });
}, 60_000);

afterAll(async () => {
  await testBrowser?.close();
  await server?.stop();
  await mail?.stop();
});

// Chromium logs every 4xx answer on the console: here exactly the protocol's answers, and nothing else.
const answered = (status: 400 | 401) => `console: Failed to load resource: the server responded with a status of ${status} (${status === 400 ? "Bad Request" : "Unauthorized"})`;
const activeId = (page: Page) => page.evaluate(() => document.activeElement === document.body ? "<body>" : document.activeElement?.id);

/** Opens the signed-out workspace and types e-mail and password with the keyboard; returns the code mailed. */
/** The password step by keyboard alone, until the code step shows. */
async function typePasswordStep(page: Page): Promise<void> {
  await page.focus("#staff-sign-in-email");
  await page.keyboard.type(caseworkerEmail);
  await page.keyboard.press("Tab");
  await page.keyboard.type(password);
  await page.keyboard.press("Enter");
  await page.waitForSelector("#staff-sign-in-code");
}

async function signInWithPassword(lang: "da" | "en"): Promise<{ page: Page; errors: string[]; code: string }> {
  const page = await testBrowser.browser.newPage();
  const errors = watchForErrors(page);
  await mountComponent(page, server.url, {
    modulePath: "src/islands/staff/StaffApp.tsx", exportName: "StaffApp", lang,
    props: { lang, messages: islandMessages(lang, ["staff.", "milestone."]), locales: locales.map(({ code, endonym }) => ({ code, endonym })), today: "2026-12-01" },
  });
  await page.waitForSelector("#staff-sign-in-email");
  const before = mail.countTo(caseworkerEmail);
  await typePasswordStep(page);
  const code = otpIn(await mail.waitForMessageTo(caseworkerEmail, before));
  expect(code).toMatch(/^\d{8}$/);
  return { page, errors, code: code! };
}

describe("staff sign-in with an e-mailed code", () => {
  it("asks for the code after the password, refuses a wrong one with a linked error, and signs in with the right one", async () => {
    const { page, errors, code } = await signInWithPassword("da");
    // The code step: focus in the code field, the address it went to, a field the phone can fill in.
    expect(await activeId(page)).toBe("staff-sign-in-code");
    expect(await page.locator("#staff-sign-in-code-sent").textContent()).toBe(`Vi har sendt en kode til ${caseworkerEmail}.`);
    const field = page.locator("#staff-sign-in-code");
    expect(await field.getAttribute("autocomplete")).toBe("one-time-code");
    expect(await field.getAttribute("inputmode")).toBe("numeric");
    expect(await page.locator('label[for="staff-sign-in-code"]').textContent()).toBe("Kode");
    expect(await axeViolations(page)).toEqual([]);
    // Not signed in yet: the password alone gave no session.
    expect(await page.evaluate(() => localStorage.getItem("pocketbase_auth"))).toBeNull();

    // A wrong code: the summary takes focus, the field points at its error.
    await page.keyboard.type(code === "00000000" ? "11111111" : "00000000");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#staff-sign-in-errors");
    expect(await activeId(page)).toBe("staff-sign-in-errors");
    const wrong = "Koden er forkert eller udløbet. Tjek e-mailen, eller send en ny kode.";
    expect(await page.locator("#staff-sign-in-code-error").textContent()).toBe(wrong);
    expect((await field.getAttribute("aria-describedby"))?.split(" ")).toContain("staff-sign-in-code-error");
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator('#staff-sign-in-errors a[href="#staff-sign-in-code"]').textContent()).toBe(wrong);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator("#staff-plans-heading").count()).toBe(0);

    // Positive control: the right code from the mail, typed after following the summary's link, signs in.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect.poll(() => activeId(page)).toBe("staff-sign-in-code");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type(code);
    await page.keyboard.press("Enter");
    await page.waitForSelector("#staff-plans-heading");
    await expect.poll(() => activeId(page)).toBe("staff-plans-heading");
    await page.locator(`tr[data-plan="${plan.id}"]`).waitFor();
    expect(await page.locator(`tr[data-plan="${plan.id}"] bdi`).first().textContent()).toBe("Amal");
    expect(errors).toEqual([answered(401), answered(400)]); // the password's "now the code", the wrong code
    await page.close();
  });

  it("sends a new code on request (the new one works), and goes back to the password with focus on the heading", async () => {
    const { page, errors } = await signInWithPassword("en");
    expect(await page.locator("#staff-sign-in-code-sent").textContent()).toBe(`We sent a code to ${caseworkerEmail}.`);

    // Back: the password form again, focus on its heading.
    await page.click('button[data-action="back-to-password"]');
    await page.waitForSelector("#staff-sign-in-password");
    await expect.poll(() => activeId(page)).toBe("staff-sign-in-heading");

    // Again, then a new code: announced in the status line, focus back in the field; the new code signs in.
    await page.fill("#staff-sign-in-email", caseworkerEmail);
    await page.fill("#staff-sign-in-password", password);
    const beforePassword = mail.countTo(caseworkerEmail);
    await page.press("#staff-sign-in-password", "Enter");
    await page.waitForSelector("#staff-sign-in-code");
    await mail.waitForMessageTo(caseworkerEmail, beforePassword);
    const beforeResend = mail.countTo(caseworkerEmail);
    await page.focus('button[data-action="resend-code"]');
    await page.keyboard.press("Enter");
    const newCode = otpIn(await mail.waitForMessageTo(caseworkerEmail, beforeResend));
    await expect.poll(() => page.locator("#staff-status").textContent()).toBe(`We sent a new code to ${caseworkerEmail}.`);
    await expect.poll(() => activeId(page)).toBe("staff-sign-in-code");
    await page.keyboard.type(newCode!);
    await page.keyboard.press("Enter");
    await page.waitForSelector("#staff-plans-heading");
    expect(await page.locator("#staff-status").textContent()).toBe("");
    expect(errors).toEqual([answered(401), answered(401)]); // each password step's "now the code"
    await page.close();
  });

  it("works on the built staff page too, with no axe violations on the code step", async () => {
    const page = await testBrowser.browser.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${server.url}/da/staff/`);
    await page.waitForSelector("#staff-sign-in-email");
    const before = mail.countTo(caseworkerEmail);
    await typePasswordStep(page);
    expect(await activeId(page)).toBe("staff-sign-in-code");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("da");
    expect(await axeViolations(page)).toEqual([]);
    const code = otpIn(await mail.waitForMessageTo(caseworkerEmail, before));
    await page.keyboard.type(code!);
    await page.keyboard.press("Enter");
    await page.waitForSelector("#staff-plans-heading");
    await page.locator(`tr[data-plan="${plan.id}"]`).waitFor();
    expect(errors).toEqual([answered(401)]);
    await page.close();
  });
});
