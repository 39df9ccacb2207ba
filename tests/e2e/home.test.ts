// The built site, served by the real PocketBase, in the system Chromium.
import { describe, expect, it } from "vitest";
import { watchForErrors } from "../support/browser";
import { useBuiltSite } from "../support/site";
import { locales } from "../../src/i18n/locales";

const site = useBuiltSite();

describe("home pages", () => {
  it("serves /ar/ right-to-left with no console errors", async () => {
    const page = await site.testBrowser.browser.newPage();
    const errors = watchForErrors(page);
    const response = await page.goto(`${site.server.url}/ar/`);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
    expect(await page.getAttribute("html", "lang")).toBe("ar");
    expect(await page.locator("h1").textContent()).toContain("الدنمارك");
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(locales.map((locale) => [locale.code, locale.dir]))("serves /%s/ with dir=%s", async (code, dir) => {
    const page = await site.testBrowser.browser.newPage();
    await page.goto(`${site.server.url}/${code}/`);
    expect(await page.getAttribute("html", "lang")).toBe(code);
    expect(await page.getAttribute("html", "dir")).toBe(dir);
    await page.close();
  });

  it("lists every language by its endonym on the chooser, and remembers the choice", async () => {
    const context = await site.testBrowser.browser.newContext();
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${site.server.url}/`);
    for (const locale of locales) {
      expect((await page.locator(`a[hreflang="${locale.code}"]`).textContent())?.trim()).toBe(locale.endonym);
    }
    await page.click('a[hreflang="uk"]');
    await page.waitForURL(`${site.server.url}/uk/`);
    await page.goto(`${site.server.url}/`);
    await page.waitForURL(`${site.server.url}/uk/`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
