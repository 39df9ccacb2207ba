// The static heart of the portal in Chromium: home, a guide, a hub and the glossary in da, ar and ti — correct
// lang/dir, 0 axe violations, the machine-translation notice where the status says so — and search.
import { describe, expect, it } from "vitest";
import { getLocale } from "../../src/i18n/locales";
import { axeViolations, watchForErrors } from "../support/browser";
import { useBuiltSite } from "../support/site";

const site = useBuiltSite();

const pageTypes: Record<string, (lang: string) => string> = {
  home: (lang) => `/${lang}/`,
  guide: (lang) => `/${lang}/guides/integration-contract/`,
  hub: (lang) => `/${lang}/gladsaxe/`,
  glossary: (lang) => `/${lang}/guides/glossary/`,
  me: (lang) => `/${lang}/me/`,
  shared: (lang) => `/${lang}/shared/`,
  letter: (lang) => `/${lang}/letter/`,
};
const cases = ["da", "ar", "ti"].flatMap((lang) => Object.keys(pageTypes).map((pageType) => [lang, pageType] as const));

describe("content pages", () => {
  it.each(cases)("%s %s: lang/dir, no axe violations, no console errors, honest notice", async (lang, pageType) => {
    const page = await site.testBrowser.browser.newPage();
    const errors = watchForErrors(page);
    const response = await page.goto(site.server.url + pageTypes[pageType]!(lang), { waitUntil: "networkidle" });
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute("html", "lang")).toBe(lang);
    expect(await page.getAttribute("html", "dir")).toBe(getLocale(lang).dir);
    expect(await axeViolations(page)).toEqual([]);
    const notices = await page.locator("[data-notice]").count();
    if (lang === "da") expect(notices).toBe(0);
    else expect(notices).toBeGreaterThan(0); // every non-Danish text here is machine-drafted or a fallback
    expect(errors.filter((error) => !error.includes("status of 404"))).toEqual([]);
    await page.close();
  });

  it("search finds a guide from a misspelt query, loading Pagefind only when used", async () => {
    const page = await site.testBrowser.browser.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`${site.server.url}/da/`, { waitUntil: "networkidle" });
    expect(requests.filter((url) => url.includes("/pagefind/"))).toEqual([]);
    await page.fill('form[data-search] input[name="q"]', "integrationskontrackt");
    await page.click('form[data-search] button[type="submit"]');
    await page.waitForSelector(".search-results a");
    const hrefs = await page.locator(".search-results a").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(hrefs).toContain("/da/guides/integration-contract/");
    await page.close();
  });

  it("a hub shows tap-to-call links and opening hours with open/closed now", async () => {
    const page = await site.testBrowser.browser.newPage();
    await page.goto(`${site.server.url}/ar/gladsaxe/`);
    expect(await page.locator('a[href^="tel:+45"]').count()).toBeGreaterThan(0);
    expect(await page.locator(".open-now").first().textContent()).toMatch(/مفتوح الآن|مغلق الآن/);
    await page.close();
  });

  it("'send this page' gives a link and a QR code of the same page in the refugee's language", async () => {
    const page = await site.testBrowser.browser.newPage();
    await page.goto(`${site.server.url}/da/guides/housing/`);
    await page.click(".send-page summary");
    await page.selectOption('.send-page-form select[name="lang"]', "ti");
    await page.click('.send-page-form button[type="submit"]');
    await page.waitForSelector(".send-page-result .qr svg");
    expect(await page.locator(".send-page-result a").getAttribute("href")).toBe(`${site.server.url}/ti/guides/housing/`);
    expect(await page.locator('.send-page .language-links a[hreflang="ar"]').getAttribute("href")).toBe("/ar/guides/housing/");
    await page.close();
  });
});
