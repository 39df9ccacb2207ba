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

  it("shows every language button within the first screen of a 360×740 phone", async () => {
    const context = await site.testBrowser.browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/?choose`);
    await page.evaluate(() => document.fonts.ready);
    const bottoms = await page.locator(".language-list a").evaluateAll((links) => links.map((link) => link.getBoundingClientRect().bottom));
    expect(bottoms).toHaveLength(locales.length);
    expect(Math.max(...bottoms)).toBeLessThanOrEqual(740);
    // Positive control: the measurement sees a button that is pushed below the fold.
    await page.evaluate(() => { (document.querySelector(".chooser-title") as HTMLElement).style.marginBlockEnd = "800px"; });
    const pushed = await page.locator(".language-list a").last().evaluate((link) => link.getBoundingClientRect().bottom);
    expect(pushed).toBeGreaterThan(740);
    await context.close();
  });

  it("renders ትግርኛ and the Arabic-script endonyms with the self-hosted fonts (this machine has no system font for them)", async () => {
    const page = await site.testBrowser.browser.newPage();
    await page.goto(`${site.server.url}/?choose`);
    await page.evaluate(() => document.fonts.ready);
    const loaded = await page.evaluate(() => [...document.fonts].filter((face) => face.status === "loaded").map((face) => face.family.replace(/"/g, "")));
    expect(loaded).toContain("Noto Sans Ethiopic");
    expect(loaded).toContain("Noto Naskh Arabic");
    const families = await page.evaluate(() => Object.fromEntries(["ti", "ar", "ckb"].map((code) =>
      [code, getComputedStyle(document.querySelector(`a[hreflang="${code}"]`)!).fontFamily])));
    expect(families.ti).toMatch(/^"?Noto Sans Ethiopic/);
    expect(families.ar).toMatch(/^"?Noto Naskh Arabic/);
    expect(families.ckb).toMatch(/^"?Noto Naskh Arabic/);
    await page.close();
  });
});
