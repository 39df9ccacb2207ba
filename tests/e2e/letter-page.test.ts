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
let activePlan: RecordModel;

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
  // A refugee who already activated, whose plan is assigned to cw@page.test; cw2 is a colleague in the same municipality.
  await createUser(server.admin, { email: "cw2@page.test", role: "caseworker", municipality: glostrup.id });
  const active = await createUser(server.admin, { email: "active@page.test", role: "refugee", municipality: glostrup.id, language: "ar", name: "أمل حسن" });
  activePlan = await server.admin.collection("plans").create({
    refugee: active.id, municipality: glostrup.id, caseworker: caseworker.id, language: "ar",
    arrival_date: "2026-11-02", responsibility_date: "2026-11-09", household: { adults: 1, children: 0, unaccompanied_minor: false },
  });
  const assigned = await server.signIn("cw@page.test", password);
  const issued = await assigned.send<{ code: string }>(`/api/velkommen/plans/${activePlan.id}/activation-code`, { method: "POST" });
  await server.client().send("/api/velkommen/activate", { method: "POST", body: { code: issued.code, password: "a long new password" } });
});

async function openLetterAs(email: string, planId: string) {
  const signedIn = await server.signIn(email, password);
  const page = await testBrowser.browser.newPage();
  await page.goto(`${server.url}/da/`, { waitUntil: "networkidle" });
  await page.evaluate(([token, record]) => localStorage.setItem("pocketbase_auth", JSON.stringify({ token, record })),
    [signedIn.authStore.token, signedIn.authStore.record] as const);
  const errors = watchForErrors(page);
  await page.goto(`${server.url}/da/letter/#plan=${planId}`);
  await page.waitForSelector("#letter-access");
  return { page, errors };
}


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

  it("an active account: the letter says where to sign in; only the assigned caseworker may recover access, with a reason", async () => {
    const colleague = await openLetterAs("cw2@page.test", activePlan.id);
    expect(await colleague.page.locator("#letter-access").textContent()).toContain("Kun borgerens egen sagsbehandler kan gendanne adgangen.");
    expect(await colleague.page.locator("#letter-recover, #letter-issue").count()).toBe(0);
    await colleague.page.close();

    const { page, errors } = await openLetterAs("cw@page.test", activePlan.id);
    expect(await page.locator("#letter-access").textContent()).toContain("Borgeren har allerede adgang");
    expect(await page.locator('.letter-side[lang="da"] .letter-already-active').textContent()).toContain(`${server.url}/ar/me/`);
    expect(await page.locator('.letter-side[lang="ar"] .letter-already-active').count()).toBe(1);
    expect(await page.locator(".letter-code, #letter-issue").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.click("#letter-recover");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("letter-recover-reason");
    await page.fill("#letter-recover-reason", "kort");
    await page.click('#letter-access button[type="submit"]');
    await page.waitForSelector("#letter-access-errors");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("letter-access-errors");
    expect(await page.getAttribute("#letter-recover-reason", "aria-invalid")).toBe("true");
    expect(await page.getAttribute("#letter-recover-reason", "aria-describedby")).toContain("letter-recover-reason-error");
    expect(await page.locator("#letter-recover-reason-error").textContent()).toBe("Skriv en begrundelse på 10–500 tegn.");
    expect(await page.locator(".letter-code").count()).toBe(0);

    // Positive control: with a reason the server issues a new code and the letter shows it.
    await page.fill("#letter-recover-reason", "Borgeren har mistet sin telefon og kan ikke logge ind.");
    await page.click('#letter-access button[type="submit"]');
    await expect.poll(() => page.locator(".letter-code bdi").first().textContent(), { timeout: 10_000 }).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    expect(await page.locator("#letter-access").textContent()).toContain("Adgangen er gendannet");
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe("BODY");
    expect(errors).toEqual([]);
    await page.close();
  });
});
