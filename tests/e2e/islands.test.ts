// Each island's states as components in the real Chromium, with the messages a built page hands them:
// signed out, activation, errors, plan, offline, access reset; shared and no longer shared. No server runs:
// these states must render from their props alone (any server call throws).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type TestBrowser } from "../support/browser";
import { mountIsland } from "../support/island-page";
import type { PlanBundle } from "../../src/islands/personal-page/plan-bundle";
import { qrModules } from "../../src/islands/lib/qr";
import jsQR from "jsqr";
import { PNG } from "pngjs";

let testBrowser: TestBrowser;
beforeAll(async () => { testBrowser = await launchBrowser(); });
afterAll(async () => { await testBrowser?.close(); });

const hostile = `<img src=x onerror="window.pwned=1">‮evil`;
const bundle: PlanBundle = {
  plan: { id: "p1", language: "ar", municipality: "m1" },
  milestones: [
    { id: "m1", kind: "digital_denmark", due: "2026-12-10", status: "open" },
    { id: "m2", kind: "integration_contract", due: "2026-11-20", status: "open" },
    { id: "m3", kind: "medical_check", due: null, status: "done" },
  ],
  appointments: [{ id: "a1", title: hostile, starts: "2026-12-08 09:30:00.000Z", ends: "", place: "Lægehuset", with: "", interpreter: true, status: "planned" }],
  contacts: [{ id: "c1", role: "caseworker", name: hostile, organisation: "Glostrup Kommune", phone: "+45 12 34 56 78", email: "" }],
  shares: [],
  savedAt: "2026-12-01T10:00:00.000Z",
};

describe("personal page states", () => {
  it("signed out after sign-out: notice, sign-in and activation forms, focus on the heading", async () => {
    const page = await mountIsland(testBrowser.browser, "SignInForms", "da", ["me.", "milestone.", "error."], { initialCode: "", reason: "signed-out" });
    expect(await page.locator(".notice").textContent()).toContain("Du er logget ud");
    expect(await page.locator("#sign-in-form").count()).toBe(1);
    expect(await page.locator("#activate-form").count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Log ind");
    expect(await page.locator("#sign-in-shared-phone").isChecked()).toBe(false);
    await page.close();
  });

  it("activation with the letter's code: code filled in; a short password gives a summary that takes focus and a linked field error", async () => {
    const page = await mountIsland(testBrowser.browser, "SignInForms", "ar", ["me.", "milestone.", "error."], { initialCode: "ABCDE-23456" });
    expect(await page.inputValue("#activate-code")).toBe("ABCDE-23456");
    expect(await page.locator("#sign-in-form").count()).toBe(0);
    await page.fill("#activate-password", "short");
    expect(await page.locator("#activate-password-strength").textContent()).not.toBe("");
    await page.click('#activate-form button[type="submit"]');
    await page.waitForSelector("#activate-errors");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("activate-errors");
    expect(await page.getAttribute("#activate-password", "aria-invalid")).toBe("true");
    expect(await page.getAttribute("#activate-password", "aria-describedby")).toContain("activate-password-error");
    const minimum = "١٠"; // 10 in the Eastern Arabic digits the registry gives ar
    expect(await page.locator("#activate-password-error").textContent()).toContain(minimum); // the number is the domain constant
    await page.close();
  });

  it("plan online: groups, tick only the refugee's own tasks, hostile text stays text, share form and my data", async () => {
    const page = await mountIsland(testBrowser.browser, "PlanView", "ar", ["me.", "milestone.", "error."], { bundle, offline: false, today: "2026-12-01" });
    expect(await page.locator("h2").first().textContent()).toBe("تواريخك");
    expect(await page.locator('li[data-kind="digital_denmark"] button[data-action="toggle-milestone"]').count()).toBe(1);
    expect(await page.locator('li[data-kind="integration_contract"] button').count()).toBe(0); // a legal milestone
    expect(await page.locator(".appointment strong").textContent()).toBe(hostile);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("#share-form").count()).toBe(1);
    expect(await page.locator("#share-consent").textContent()).toContain("<b>حسن</b>"); // the name the volunteer will see
    expect(await page.locator("#delete-form").count()).toBe(1);
    expect(await page.locator("[aria-live], [role=status]").count()).toBe(0); // the page's one live region is outside the plan
    await page.close();
  });

  it("plan offline: the offline notice, no buttons that need the server, no sharing", async () => {
    const page = await mountIsland(testBrowser.browser, "PlanView", "ru", ["me.", "milestone.", "error."], { bundle, offline: true, today: "2026-12-01" });
    expect(await page.locator(".notice").first().textContent()).toContain("Вы не в сети");
    expect(await page.locator('button[data-action="toggle-milestone"]').count()).toBe(0);
    expect(await page.locator('button[data-action="calendar"]').count()).toBe(0);
    expect(await page.locator("#share-form").count()).toBe(0);
    expect(await page.locator('button[data-action="sign-out"]').count()).toBe(1);
    await page.close();
  });

  it.each([
    ["2026-11-20T10:00:00Z", 1], ["2026-10-01T10:00:00Z", 0],
  ])("access reset on %s shows the notice %d times (30 days)", async (resetAt, count) => {
    const page = await mountIsland(testBrowser.browser, "AccessResetNotice", "da", ["me."], { resetAt, today: "2026-12-01" });
    expect(await page.locator('[data-notice="access-reset"]').count()).toBe(count);
    if (count) expect(await page.textContent("#root")).toContain("20. november 2026");
    await page.close();
  });
});

describe("volunteer view states", () => {
  const shared = {
    sharedBy: hostile, expires: "2026-12-31 22:59:59.000Z", scope: ["appointments", "contacts"],
    appointments: [{ title: "Lægetjek", starts: "2026-12-08 09:30:00.000Z", place: "", with: "", interpreter: false }], contacts: [],
  };
  it.each(["da", "ar", "ti"])("shared, in %s: the sharer's name is text, lists per scope", async (lang) => {
    const page = await mountIsland(testBrowser.browser, "VolunteerBody", lang, ["shared.", "milestone."], { state: { name: "shared", plan: shared } });
    expect(await page.locator("bdi").first().textContent()).toBe(hostile);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("h2").count()).toBe(2);
    expect(await page.textContent("#root")).toContain("Lægetjek");
    await page.close();
  });
  it("no longer shared, and a link without its token", async () => {
    const gone = await mountIsland(testBrowser.browser, "VolunteerBody", "da", ["shared."], { state: { name: "gone" } });
    expect(await gone.locator('[data-state="gone"]').textContent()).toBe("Dette er ikke delt længere.");
    await gone.close();
    const noToken = await mountIsland(testBrowser.browser, "VolunteerBody", "da", ["shared."], { state: { name: "no-token" } });
    expect(await noToken.locator('[data-state="no-token"]').count()).toBe(1);
    await noToken.close();
  });
});

describe("the QR code drawn from modules", () => {
  it("scans back to the share link", async () => {
    const url = "https://velkommen.example/ar/shared/#t=AbC123_-xyz";
    const page = await mountIsland(testBrowser.browser, "QrCode", "ar", [], { modules: await qrModules(url), label: "QR" });
    await page.setViewportSize({ width: 400, height: 400 });
    await page.addStyleTag({ content: ".qr svg { inline-size: 300px; block-size: 300px; }" });
    const png = PNG.sync.read(await page.locator(".qr svg").screenshot());
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(url);
    await page.close();
  });
});
