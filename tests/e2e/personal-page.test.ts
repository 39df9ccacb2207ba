// The personal page and the volunteer view as Preact islands, in Chromium against a real PocketBase:
// keyboard-only ticking keeps focus on the task's control, ICU plurals render inside the island in Arabic and
// Russian, axe finds nothing in da/ar/ti, and a shared phone keeps no plan after the session ends.
import type { BrowserContext, Page } from "playwright-core";
import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { axeViolations, offline, watchForErrors } from "../support/browser";
import { createMunicipality, createUser, password } from "../support/fixtures";
import { useBuiltSite } from "../support/site";
import { createShare, isoDaysFromNow } from "../support/world";
import { OFFLINE_COPY_GRACE_HOURS } from "../../src/domain/sessions";

const site = useBuiltSite();
let glostrup: RecordModel;
let refugeeNumber = 0;

beforeAll(async () => {
  glostrup = await createMunicipality(site.server.admin, "glostrup");
});

/** A refugee with a plan (the server computes its milestones) and one appointment. */
async function newRefugee(language = "ar") {
  refugeeNumber += 1;
  const email = `refugee${refugeeNumber}@me.test`;
  const refugee = await createUser(site.server.admin, { email, role: "refugee", municipality: glostrup.id, language, name: "<b>أمل</b> حسن" });
  const plan = await site.server.admin.collection("plans").create({
    refugee: refugee.id, municipality: glostrup.id, language,
    arrival_date: isoDaysFromNow(-10).slice(0, 10), responsibility_date: isoDaysFromNow(-7).slice(0, 10),
    household: { adults: 1, children: 1, unaccompanied_minor: false },
  });
  await site.server.admin.collection("appointments").create({ plan: plan.id, title: "فحص طبي", starts: isoDaysFromNow(4), place: "Lægehuset", interpreter: true, status: "planned" });
  return { email, refugee, plan };
}

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 60) {
  for (let press = 0; press < limit; press += 1) {
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function signInWithKeyboard(page: Page, email: string, { sharedPhone = false } = {}) {
  await page.waitForSelector("#sign-in-form");
  await tabTo(page, "#sign-in-email");
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(password);
  if (sharedPhone) {
    await tabTo(page, "#sign-in-shared-phone");
    await page.keyboard.press("Space");
  }
  await tabTo(page, '#sign-in-form button[type="submit"]');
  await page.keyboard.press("Enter");
  await page.waitForSelector(".timeline");
}

const activeElement = (page: Page) => page.evaluate(() => ({
  id: document.activeElement?.id ?? "", tag: document.activeElement?.tagName ?? "",
  kind: document.activeElement?.closest("li")?.getAttribute("data-kind") ?? null,
  done: document.activeElement?.closest("li")?.classList.contains("milestone-done") ?? false,
}));

async function visitWithServiceWorker(page: Page, url: string) {
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.reload({ waitUntil: "networkidle" }); // now the page itself is in the service worker's cache
}

describe("keyboard and focus", () => {
  it("a keyboard-only refugee ticks a task; focus stays on that task's control, and only the status line speaks", async () => {
    const { email, plan } = await newRefugee();
    const page = await site.testBrowser.browser.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${site.server.url}/ar/me/`);
    await signInWithKeyboard(page, email);
    expect((await activeElement(page)).tag).toBe("H2"); // the plan's heading after sign-in, not <body>

    await tabTo(page, 'li[data-kind="digital_denmark"] button[data-action="toggle-milestone"]');
    const before = await activeElement(page);
    await page.keyboard.press("Enter");
    await page.waitForSelector('li.milestone-done[data-kind="digital_denmark"]');
    await page.waitForFunction(() => document.getElementById("me-status")?.textContent !== "");
    const after = await activeElement(page);
    expect(after).toEqual({ ...before, done: true });
    const stored = await site.server.admin.collection("milestones").getFirstListItem(`plan = "${plan.id}" && kind = "digital_denmark"`);
    expect(stored.status).toBe("done");

    // Undo with Space from the same control: focus is still there.
    await page.keyboard.press("Space");
    await page.waitForSelector('li.milestone-open[data-kind="digital_denmark"]');
    expect(await activeElement(page)).toEqual(before);

    const live = await page.evaluate(() => [...document.querySelectorAll("[aria-live], [role=status], [role=alert]")]
      .filter((element) => element.closest("#me-app")).map((element) => element.id || element.className));
    expect(live).toEqual(["me-status"]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

describe("ICU plurals inside the island", () => {
  it.each([
    ["ru", [[1, "1 день"], [3, "3 дня"], [5, "5 дней"], [21, "21 день"]]],
    // Arabic counts in Eastern Arabic digits (the registry's numbering for ar), like the dates on the page.
    ["ar", [[1, "يومًا واحدًا"], [2, "يومين"], [3, "٣ أيام"], [11, "١١ يومًا"], [90, "٩٠ يومًا"]]],
  ] as const)("the share consent counts days in %s", async (lang, cases) => {
    const { email } = await newRefugee(lang);
    const page = await site.testBrowser.browser.newPage();
    await page.goto(`${site.server.url}/${lang}/me/`);
    await signInWithKeyboard(page, email);
    for (const [days, expected] of cases) {
      await page.fill('#share-form input[name="days"]', String(days));
      const text = await page.locator("#share-consent").textContent();
      expect(text, `${days} days`).toContain(expected);
      expect(text).not.toMatch(/plural|\{|#/);
    }
    // The number in the label comes from MAX_SHARE_DAYS through an ICU argument.
    expect(await page.locator('label[for="share-days"]').textContent()).toContain(lang === "ar" ? "٩٠" : "90");
    await page.close();
  }, 60_000);
});

describe("axe", () => {
  it.each(["da", "ar", "ti"])("finds no violations in %s on /me/ (signed out, plan) and /shared/ (shared, gone)", async (lang) => {
    const { email, refugee, plan } = await newRefugee(lang);
    const context = await site.testBrowser.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}/${lang}/me/`);
    await page.waitForSelector("#sign-in-form");
    expect(await axeViolations(page), "signed out").toEqual([]);
    await signInWithKeyboard(page, email);
    expect(await axeViolations(page), "plan").toEqual([]);

    const { token } = await createShare(site.server.admin, plan, refugee);
    await page.goto(`${site.server.url}/${lang}/shared/#t=${token}`);
    await page.waitForSelector("#shared-app .cards");
    expect(await page.locator("#shared-app").textContent()).toContain("<b>أمل</b>"); // a name is text, never markup (the volunteer sees the first name only)
    expect(await axeViolations(page), "shared").toEqual([]);
    await page.goto(`${site.server.url}/${lang}/shared/#t=not-a-token`);
    await page.waitForSelector('[data-state="gone"]');
    expect(await axeViolations(page), "gone").toEqual([]);
    await context.close();
  }, 60_000);
});

describe("the shared phone", () => {
  const copyOnPhone = (page: Page) => page.evaluate(() => ({
    copy: localStorage.getItem("velkommen.offline-copy"), token: localStorage.getItem("pocketbase_auth"),
  }));

  it("a signed-in refugee sees the plan offline while the session lasts; after it ends the same phone offline shows no plan", async () => {
    const { email } = await newRefugee();
    const context = await site.testBrowser.browser.newContext();
    const page = await context.newPage();
    await visitWithServiceWorker(page, `${site.server.url}/ar/me/`);
    await signInWithKeyboard(page, email);
    expect((await copyOnPhone(page)).copy).toContain("sessionExpires");

    // Positive control: within the session the copy is shown offline.
    await offline(context, async () => {
      await page.reload();
      await page.waitForSelector(".timeline");
      expect(await page.locator("#me-app .notice").first().textContent()).toContain("أنت غير متصل");
    });

    // The session ends and time passes: the phone's clock moves past the session's end plus the grace time.
    const { sessionExpires } = JSON.parse((await copyOnPhone(page)).copy ?? "{}") as { sessionExpires: string };
    await page.clock.setFixedTime(new Date(Date.parse(sessionExpires) + (OFFLINE_COPY_GRACE_HOURS + 1) * 3_600_000));
    await offline(context, async () => {
      await page.reload();
      await page.waitForSelector("#me-app h2, #me-app .notice");
      expect(await page.locator(".timeline").count()).toBe(0);
      expect((await copyOnPhone(page)).copy).toBeNull();
    });
    await context.close();
  }, 60_000);

  it("signing out calls the server's sign-out and leaves no plan on the phone, online or offline", async () => {
    const { email } = await newRefugee();
    const context = await site.testBrowser.browser.newContext();
    const page = await context.newPage();
    await visitWithServiceWorker(page, `${site.server.url}/ar/me/`);
    await signInWithKeyboard(page, email);
    const signOut = page.waitForRequest((request) => request.url().endsWith("/api/velkommen/sign-out") && request.method() === "POST");
    await page.click('button[data-action="sign-out"]');
    await signOut;
    await page.waitForSelector("#sign-in-form");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H2"); // focus on the sign-in heading
    expect(await copyOnPhone(page)).toEqual({ copy: null, token: null });
    await offline(context, async () => {
      await page.reload();
      await page.waitForSelector("#sign-in-form");
      expect(await page.locator(".timeline").count()).toBe(0);
    });
    await context.close();
  }, 60_000);

  it("'this is not my phone' keeps no offline copy and no token once the browser tab is gone", async () => {
    const { email } = await newRefugee();
    const context = await site.testBrowser.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}/ar/me/`);
    await signInWithKeyboard(page, email, { sharedPhone: true });
    expect(await copyOnPhone(page)).toEqual({ copy: null, token: null });
    await page.close();
    const next = await context.newPage(); // the next person on this phone
    await next.goto(`${site.server.url}/ar/me/`);
    await next.waitForSelector("#sign-in-form");
    expect(await next.locator(".timeline").count()).toBe(0);
    await context.close();
  }, 60_000);
});
