// Editors and translators sign in like caseworkers on a server with staff MFA (npm run serve): the password,
// then the 8-digit code PocketBase mails (a real local SMTP server here). The staff sign-in form is reused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launchBrowser, type TestBrowser } from "../support/browser";
import { activeId, openEditor, unexpected } from "../support/editor";
import { createUser, password } from "../support/fixtures";
import { otpIn, startMfaServers } from "../support/mfa";
import type { TestServer } from "../support/pocketbase";
import type { MailServer } from "../support/smtp";

let mail: MailServer;
let server: TestServer;
let testBrowser: TestBrowser;
const translatorEmail = "ti@mfa-editor.test";

beforeAll(async () => {
  ({ mail, server } = await startMfaServers());
  testBrowser = await launchBrowser();
  await createUser(server.admin, { email: translatorEmail, role: "translator", languages: "ti", name: "Selam Oversætter" });
}, 60_000);

afterAll(async () => {
  await testBrowser?.close();
  await server?.stop();
  await mail?.stop();
});

describe("editorial sign-in with an e-mailed code", () => {
  it("asks a translator for the code after the password and opens their queue with it, keyboard only", async () => {
    const { page, errors } = await openEditor(testBrowser.browser, server, { email: null, lang: "en" });
    await page.waitForSelector("#staff-sign-in-email");
    const before = mail.countTo(translatorEmail);
    await page.focus("#staff-sign-in-email");
    await page.keyboard.type(translatorEmail);
    await page.keyboard.press("Tab");
    await page.keyboard.type(password);
    await page.keyboard.press("Enter");
    await page.waitForSelector("#staff-sign-in-code");
    expect(await activeId(page)).toBe("staff-sign-in-code");
    // The password alone gave no session.
    expect(await page.evaluate(() => localStorage.getItem("pocketbase_auth"))).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    const code = otpIn(await mail.waitForMessageTo(translatorEmail, before));
    expect(code).toMatch(/^\d{8}$/);
    await page.keyboard.type(code!);
    await page.keyboard.press("Enter");
    await page.waitForSelector("#editor-queue-heading");
    await expect.poll(() => activeId(page)).toBe("editor-queue-heading");
    expect(await page.locator("#editor-queue-heading").textContent()).toBe("Your queue");
    expect(unexpected(errors, [401])).toEqual([]);
    await page.close();
  });
});
