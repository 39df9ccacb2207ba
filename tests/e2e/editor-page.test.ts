// The built /da/editor/ and /en/editor/ pages (npm run build first) under the server's real headers and CSP:
// lang/dir, noindex, a readable message without JavaScript, the island's sign-in with it, no axe violations;
// and an editor signs in and opens a text, so the bundled island works on the real page.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getLocale } from "../../src/i18n/locales";
import { axeViolations, launchBrowser, watchForErrors, type TestBrowser } from "../support/browser";
import { storeText, unexpected } from "../support/editor";
import { createMunicipality, createUser, password } from "../support/fixtures";
import { startTestServer, type TestServer } from "../support/pocketbase";

let server: TestServer;
let testBrowser: TestBrowser;
let hubId: string;

beforeAll(async () => {
  server = await startTestServer({ publicDirectory: join(process.cwd(), "dist") });
  testBrowser = await launchBrowser();
  const gentofte = await createMunicipality(server.admin, "gentofte");
  await createUser(server.admin, { email: "editor@page.test", role: "editor", municipality: gentofte.id });
  await storeText(server.admin, { path: "src/content/guides/da/health.md", kind: "guide", key: "health", locale: "da" });
  hubId = (await storeText(server.admin, { path: "src/content/municipalities/gentofte.json", kind: "municipality", key: "gentofte", locale: "da", municipality: gentofte.id })).id;
}, 90_000);

afterAll(async () => {
  await testBrowser?.close();
  await server?.stop();
});

const words = {
  da: { heading: "Redaktion", noscript: "Redaktionen skal bruge JavaScript", signIn: "Log ind som redaktør eller oversætter" },
  en: { heading: "Editorial", noscript: "The editorial workspace needs JavaScript", signIn: "Sign in as an editor or translator" },
} as const;

describe("the editor pages", () => {
  it.each(["da", "en"] as const)("%s: lang/dir, noindex, readable without JS, sign-in with JS, no axe violations", async (lang) => {
    const withoutJs = await testBrowser.browser.newContext({ javaScriptEnabled: false });
    const quiet = await withoutJs.newPage();
    const response = await quiet.goto(`${server.url}/${lang}/editor/`);
    expect(response?.status()).toBe(200);
    expect(await quiet.getAttribute("html", "lang")).toBe(lang);
    expect(await quiet.getAttribute("html", "dir")).toBe(getLocale(lang).dir);
    expect(await quiet.getAttribute('meta[name="robots"]', "content")).toBe("noindex, nofollow");
    expect(await quiet.locator("main").innerText()).toContain(words[lang].noscript);
    // Nothing that waits for a script: the island's "Loading …" stays hidden.
    expect(await quiet.locator("#editor-app").isVisible()).toBe(false);
    await withoutJs.close();

    const page = await testBrowser.browser.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${server.url}/${lang}/editor/`, { waitUntil: "networkidle" });
    expect(await page.locator("h1").textContent()).toBe(words[lang].heading);
    await page.waitForSelector("#staff-sign-in");
    expect(await page.locator("#staff-sign-in-heading").textContent()).toBe(words[lang].signIn);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("an editor signs in on the real page and opens a text", async () => {
    const page = await testBrowser.browser.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${server.url}/da/editor/`);
    await page.fill("#staff-sign-in-email", "editor@page.test");
    await page.fill("#staff-sign-in-password", password);
    await page.press("#staff-sign-in-password", "Enter");
    await page.waitForSelector('[data-action="open-entry"]');
    await page.click('[data-action="open-entry"]');
    await page.waitForSelector("#editor-entry-heading");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("editor-entry-heading");
    expect(await axeViolations(page)).toEqual([]);
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });

  it.each([["a tablet", 768, 1024], ["a laptop", 1280, 800]] as const)(
    "on %s (%i × %i): the open text fits the width and every control is a 44 px target (control: an element 300 px wider than the screen does not fit)",
    async (_device, width, height) => {
      const context = await testBrowser.browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await page.goto(`${server.url}/da/editor/`);
      await page.fill("#staff-sign-in-email", "editor@page.test");
      await page.fill("#staff-sign-in-password", password);
      await page.press("#staff-sign-in-password", "Enter");
      await page.click('[data-action="open-entry"]');
      await page.waitForSelector("#editor-entry-heading");
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await overflow()).toBe(0);
      const smallTargets = await page.evaluate(() => [...document.querySelectorAll("main button, main input, main select, main textarea, main summary")]
        .filter((element) => (element as HTMLElement).offsetParent !== null)
        .map((element) => ({ id: element.id || element.textContent?.trim().slice(0, 30), box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 44 || box.width < 44)
        .map(({ id, box }) => `${id}: ${Math.round(box.width)}×${Math.round(box.height)}`));
      expect(smallTargets).toEqual([]);
      await page.evaluate((tooWide) => {
        const wide = document.createElement("div");
        wide.style.inlineSize = `${tooWide}px`;
        wide.style.blockSize = "1px";
        document.querySelector("main")?.append(wide);
      }, width + 300);
      expect(await overflow()).toBeGreaterThan(0);
      await context.close();
    });

  // Only the built page has the "Add a contact" questions as a chunk of their own (the component harness bundles
  // one file), so the lost connection is simulated here.
  it("says so next to Add a contact when its questions cannot be fetched, and opens them once the connection is back", async () => {
    // The site's service worker would answer from its precache, where Playwright's routing does not reach.
    const context = await testBrowser.browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    await page.goto(`${server.url}/da/editor/#entry=${hubId}`);
    await page.fill("#staff-sign-in-email", "editor@page.test");
    await page.fill("#staff-sign-in-password", password);
    await page.press("#staff-sign-in-password", "Enter");
    const add = `#text-${hubId}-contacts-add`;
    await page.waitForSelector(add);
    const chunk = /\/AddContact\.[^/]*\.js$/;
    await page.route(chunk, (route) => route.abort("internetdisconnected"));
    await page.click(add);
    await expect.poll(() => page.locator(`${add}-error`).textContent()).toBe("Formularen til en ny kontakt kunne ikke hentes. Tjek forbindelsen, og prøv igen.");
    expect(await page.getAttribute(add, "aria-describedby")).toBe(`text-${hubId}-contacts-add-error`);
    expect(await page.getAttribute(add, "aria-expanded")).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`text-${hubId}-contacts-add`);
    // Control: with the connection back, the same button opens the questions and the message goes.
    await page.unroute(chunk);
    await page.click(add);
    await page.waitForSelector(`#text-${hubId}-contacts-new-name`);
    expect(await page.locator(`${add}-error`).count()).toBe(0);
    await context.close();
  });
});
