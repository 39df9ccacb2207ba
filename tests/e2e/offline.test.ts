// Offline reading through the service worker: a visited guide and the personal page still open with the
// network off; a page never visited shows the translated offline page.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createMunicipality, createUser, password } from "../support/fixtures";
import { useBuiltSite } from "../support/site";
import { offline } from "../support/browser";

const site = useBuiltSite();

/** Opens the page, waits until the service worker controls it, then loads it once more so it is cached. */
async function visitWithServiceWorker(page: Page, url: string) {
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.reload({ waitUntil: "networkidle" });
}

describe("offline", () => {
  it("a visited guide still loads with the network off; an unvisited page shows the offline page", async () => {
    const context = await site.testBrowser.browser.newContext();
    const page = await context.newPage();
    await visitWithServiceWorker(page, `${site.server.url}/ar/guides/first-month/`);
    const heading = await page.locator("h1").textContent();
    await offline(context, async () => {
      await page.reload();
      expect(await page.locator("h1").textContent()).toBe(heading);
      await page.goto(`${site.server.url}/ar/guides/housing/`);
      expect(await page.getAttribute("html", "lang")).toBe("ar");
      expect(await page.locator("h1").textContent()).toBe("أنت غير متصل بالإنترنت");
    });
    await context.close();
  }, 30_000);

  it("the personal page, loaded once, still shows the plan offline", async () => {
    const glostrup = await createMunicipality(site.server.admin, "glostrup");
    const refugee = await createUser(site.server.admin, { email: "offline@test.local", role: "refugee", municipality: glostrup.id, language: "ar" });
    await site.server.admin.collection("plans").create({
      refugee: refugee.id, municipality: glostrup.id, language: "ar", arrival_date: "2026-11-02", responsibility_date: "2026-11-09",
      household: { adults: 1, children: 0, unaccompanied_minor: false },
    });
    const signedIn = await site.server.signIn("offline@test.local", password);
    const context = await site.testBrowser.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}/ar/`);
    await page.evaluate(([token, record]) => localStorage.setItem("pocketbase_auth", JSON.stringify({ token, record })),
      [signedIn.authStore.token, signedIn.authStore.record] as const);
    await visitWithServiceWorker(page, `${site.server.url}/ar/me/`);
    await page.waitForSelector(".timeline");
    await offline(context, async () => {
      await page.reload();
      await page.waitForSelector(".timeline");
      expect(await page.locator("#me-app .notice").textContent()).toContain("أنت غير متصل");
    });
    await context.close();
  }, 30_000);
});
