// The letter page in Chromium: works with no backend, loads a plan for a signed-in caseworker, passes axe.
import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { axeViolations, watchForErrors, type TestBrowser } from "../support/browser";
import { createMunicipality, createUser, password } from "../support/fixtures";
import type { TestServer } from "../support/pocketbase";
import { useBuiltSite } from "../support/site";

let server: TestServer;
let testBrowser: TestBrowser;
let plan: RecordModel;

const site = useBuiltSite();

beforeAll(async () => {
  server = site.server;
  testBrowser = site.testBrowser;
  const glostrup = await createMunicipality(server.admin, "glostrup");
  const caseworker = await createUser(server.admin, { email: "cw@page.test", role: "caseworker", municipality: glostrup.id });
  const refugee = await createUser(server.admin, { email: "r@page.test", role: "refugee", municipality: glostrup.id, language: "ti", name: "Selam Tesfay" });
  plan = await server.admin.collection("plans").create({
    refugee: refugee.id, municipality: glostrup.id, caseworker: caseworker.id, language: "ti",
    arrival_date: "2026-11-02", responsibility_date: "2026-11-09", household: { adults: 1, children: 0, unaccompanied_minor: false },
  });
});


describe("letter page", () => {
  it.each(["da", "ar", "ti"])("/%s/letter/ fills the preview from the form, with no errors and no axe violations", async (lang) => {
    const page = await testBrowser.browser.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${server.url}/${lang}/letter/`);
    await page.fill('input[name="name"]', "<b>Amal</b> Hassan");
    await page.selectOption('select[name="language"]', "ar");
    await expect.poll(() => page.locator('.letter-side[lang="ar"] .letter-greeting bdi').textContent()).toBe("<b>Amal</b> Hassan");
    expect(await page.locator(".letter b").count()).toBe(0);
    expect(await page.locator('.letter-side[lang="da"] h1').textContent()).toContain("Velkommen til Glostrup Kommune");
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opening #plan=<id> only shows the plan; a code comes only from the explicit, confirmed button", async () => {
    const caseworker = await server.signIn("cw@page.test", password);
    const page = await testBrowser.browser.newPage();
    await page.goto(`${server.url}/da/`, { waitUntil: "networkidle" });
    await page.evaluate(([token, record]) => localStorage.setItem("pocketbase_auth", JSON.stringify({ token, record })),
      [caseworker.authStore.token, caseworker.authStore.record] as const);
    const errors = watchForErrors(page);
    const codesBefore = await server.admin.collection("audit_log").getFullList({ filter: `action = "issue_activation_code"` });
    await page.goto(`${server.url}/da/letter/#plan=${plan.id}`);
    await expect.poll(() => page.locator('.letter-side[lang="ti"] .letter-greeting bdi').textContent(), { timeout: 10_000 }).toBe("Selam Tesfay");
    await page.waitForSelector("#letter-issue");
    // Showing (and reloading) issued nothing: no code on the letter, no code issued on the server.
    await page.reload();
    await page.waitForSelector("#letter-issue");
    expect(await page.locator(".letter-code").count()).toBe(0);
    const codesAfterShowing = await server.admin.collection("audit_log").getFullList({ filter: `action = "issue_activation_code"` });
    expect(codesAfterShowing.length).toBe(codesBefore.length);
    expect(await axeViolations(page)).toEqual([]);

    // Positive control: the button issues a code (first one: no letter to invalidate, so no question).
    await page.keyboard.press("Tab"); // keyboard use: the button is reachable and works with Enter
    await page.focus("#letter-issue");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".letter-code bdi").first().textContent(), { timeout: 10_000 }).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    expect(await page.locator(".letter-url").textContent()).toContain(`${server.url}/ti/me/#code=`);
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe("BODY");

    // A second code needs a confirmation that names the letter it invalidates; Cancel changes nothing.
    const firstCode = await page.locator(".letter-code bdi").first().textContent();
    await page.click("#letter-issue");
    await page.waitForSelector("#letter-confirm-question");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("letter-confirm-question");
    await page.click("text=Fortryd");
    expect(await page.locator(".letter-code bdi").first().textContent()).toBe(firstCode);
    await page.click("#letter-issue");
    await page.click("#letter-confirm-issue");
    await expect.poll(() => page.locator(".letter-code bdi").first().textContent()).not.toBe(firstCode);
    expect(errors).toEqual([]);
    await page.close();
  });
});
