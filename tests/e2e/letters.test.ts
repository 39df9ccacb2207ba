// `npm run letters` against a real PocketBase: bilingual PDFs through the system Chromium, checked with poppler
// (pdftotext, pdftoppm) and a QR decoder; the printed activation code really signs the refugee in.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import type { RecordModel } from "pocketbase";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runLetters } from "../../scripts/letters.mjs";
import { letterDocument } from "../../scripts/lib/letter-document.mjs";
import { computeMilestones } from "../../src/domain/milestones";
import { rulesForMunicipality } from "../../src/domain/rules";
import { formatDate } from "../../src/utils/format";
import { launchBrowser, type TestBrowser } from "../support/browser";
import { createMunicipality, createUser } from "../support/fixtures";
import { startTestServer, type TestServer } from "../support/pocketbase";

let server: TestServer;
let outDirectory: string;
const plans: Record<string, RecordModel> = {};
const names: Record<string, string> = { ar: "أمل حسن", ti: "ሰላም ተስፋይ", uk: "Олена Коваль" };
const arrivalDate = "2026-11-02";
const responsibilityDate = "2026-11-09";

beforeAll(async () => {
  server = await startTestServer();
  outDirectory = mkdtempSync(join(tmpdir(), "velkommen-letters-test-"));
  const glostrup = await createMunicipality(server.admin, "glostrup");
  const caseworker = await createUser(server.admin, { email: "cw@letters.test", role: "caseworker", municipality: glostrup.id, name: "Mette Hansen" });
  for (const [language, name] of Object.entries(names)) {
    const refugee = await createUser(server.admin, { email: `${language}@letters.test`, role: "refugee", municipality: glostrup.id, language, name });
    plans[language] = await server.admin.collection("plans").create({
      refugee: refugee.id, municipality: glostrup.id, caseworker: caseworker.id, language,
      arrival_date: arrivalDate, responsibility_date: responsibilityDate, household: { adults: 1, children: 1, unaccompanied_minor: false },
    });
    await server.admin.collection("appointments").create({
      plan: plans[language]!.id, title: "Helbredsvurdering", starts: "2030-01-10 08:30:00.000Z", place: "Lægehuset, Eksempelvej 1", interpreter: true, status: "planned",
    });
  }
});

afterAll(async () => {
  await server?.stop();
  if (outDirectory) rmSync(outDirectory, { recursive: true, force: true });
});

const squash = (text: string) => text.replace(/\s+/g, " ");
// pdftotext returns Arabic glyph runs with stray spaces and bidi marks; compare those without them.
const compact = (text: string) => text.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "");
const pdfText = (file: string) => squash(execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }));

function decodeQr(pdfFile: string): string | null {
  const prefix = join(outDirectory, "page");
  execFileSync("pdftoppm", ["-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile", pdfFile, prefix]);
  const png = PNG.sync.read(readFileSync(`${prefix}.png`));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

const targetText: Record<string, string> = { ar: "صفحتك الشخصية", ti: "ናይ ውልቀ ገጽኩም", uk: "Ваша особиста сторінка" };

describe("npm run letters", () => {
  it("prints da+ar, da+ti and da+uk letters with the rules' dates and a working QR code", async () => {
    const lines: string[] = [];
    const written = await runLetters({
      client: server.admin, planSelector: Object.values(plans).map((plan) => plan.id).join(","),
      outDirectory, origin: server.url, log: (line: string) => lines.push(line),
    });
    expect(written).toHaveLength(3);
    // The PDFs carry live codes: readable by their owner only (security review, finding 19).
    for (const file of written) expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(lines.filter((line) => /\[\d\/3\]/.test(line))).toHaveLength(3);

    const expectedMilestones = computeMilestones(
      { arrivalDate, responsibilityDate, household: { adults: 1, children: 1, unaccompanied_minor: false } },
      rulesForMunicipality("glostrup"),
    ).filter((milestone) => milestone.due && milestone.kind !== "welcome_letter" && milestone.kind !== "program_end")
      .sort((first, second) => first.due!.localeCompare(second.due!))
      .slice(0, 6);
    expect(expectedMilestones.length).toBeGreaterThanOrEqual(4);

    for (const [language, plan] of Object.entries(plans)) {
      const file = join(outDirectory, `letter-${plan.id}-${language}.pdf`);
      const text = pdfText(file);
      expect(compact(text)).toContain(compact(names[language]!));
      expect(text).toContain("Velkommen til Glostrup Kommune");
      expect(text).toContain("Din personlige side");
      expect(compact(text)).toContain(compact(targetText[language]!));
      for (const milestone of expectedMilestones) expect(text).toContain(`Senest ${formatDate(milestone.due!, "da")}`);
      expect(text).toContain(`Du kom til kommunen ${formatDate(arrivalDate, "da")}`.split(" ").slice(0, 4).join(" "));
      expect(text).toContain(formatDate(responsibilityDate, "da"));

      // Every font is embedded, and the script's own font is used (not a fallback with missing glyphs).
      const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" }).trim().split("\n").slice(2);
      for (const font of fonts) expect(font.split(/\s+/).slice(-5)[0], font).toBe("yes");
      const scriptFont: Record<string, string> = { ar: "NotoNaskhArabic", ti: "NotoSansEthiopic", uk: "" };
      expect(fonts.join("\n")).toContain(scriptFont[language]);

      const url = decodeQr(file);
      expect(url).toMatch(new RegExp(`^${server.url}/${language}/me/#code=[A-Z2-9]{5}-[A-Z2-9]{5}$`));
      expect(text).toContain(url!);
      const activated = await fetch(`${server.url}/api/velkommen/activate`, {
        method: "POST", headers: { "content-type": "application/json" },
        body: JSON.stringify({ code: url!.split("#code=")[1], password: "a long new password" }),
      });
      expect(activated.status).toBe(200);
    }
  }, 120_000);

  it("gives an account already in use (activated above) the sign-in address in both languages, and no code", async () => {
    const written = await runLetters({ client: server.admin, planSelector: plans.ar!.id, outDirectory: join(outDirectory, "active"), origin: server.url, log: () => {} });
    const text = pdfText(written[0]!);
    expect(text).toContain("Du har allerede adgang til din personlige side");
    expect(text).toContain(`${server.url}/ar/me/`);
    expect(compact(text)).toContain(compact("لديك بالفعل إمكانية الدخول"));
    expect(text).not.toContain("#code=");
    expect(text).not.toContain("Koden virker til");
  }, 60_000);

  it("stops with a clear error for an unknown plan and writes nothing", async () => {
    const emptyOut = join(outDirectory, "unknown");
    await expect(runLetters({ client: server.admin, planSelector: `${plans.ar!.id},nosuchplan12345`, outDirectory: emptyOut, origin: server.url, log: () => {} }))
      .rejects.toThrow(/Unknown plan "nosuchplan12345"/);
    expect(existsSync(emptyOut) ? readdirSync(emptyOut) : []).toEqual([]);
  });
});

describe("letter safety", () => {
  let testBrowser: TestBrowser;
  beforeAll(async () => {
    testBrowser = await launchBrowser();
  });
  afterAll(async () => {
    await testBrowser?.close();
  });

  const base = {
    language: "ar", municipality: "glostrup", appointments: [],
    facts: { arrivalDate, responsibilityDate, household: { adults: 1, children: 0, unaccompanied_minor: false } },
    caseworker: { name: "<script>alert(2)</script>", phone: "+45 12 34 56 78" },
  };

  it("renders the Arabic side right-to-left and the already-active text instead of a code and a QR", async () => {
    const page = await testBrowser.browser.newPage();
    await page.setContent(await letterDocument({ ...base, refugeeName: "أمل حسن", activation: null, alreadyActive: true, signInUrl: "https://velkommen.example/ar/me/" }, "2026-11-25"));
    expect(await page.locator(".letter").getAttribute("dir")).toBe("rtl");
    expect(await page.locator('.letter-side[lang="ar"]').first().getAttribute("dir")).toBe("rtl");
    expect(await page.locator('.letter-side[lang="da"]').first().getAttribute("dir")).toBe("ltr");
    expect(await page.locator(".letter-code, .letter-qr svg").count()).toBe(0);
    expect(await page.locator('.letter-side[lang="da"] .letter-already-active').textContent()).toContain("https://velkommen.example/ar/me/");
    expect(await page.locator('.letter-side[lang="ar"] .letter-already-active bdi[dir="ltr"]').textContent()).toBe("https://velkommen.example/ar/me/");
    await page.close();
  });

  it.each([
    ["an XSS payload", "<img src=x onerror=alert(1)>"],
    ["a right-to-left override", "\u202Eevil name"],
    ["a very long name", "Abdulrahman".repeat(30)],
  ])("prints %s as inert, isolated text that stays on the page", async (_what, name) => {
    const page = await testBrowser.browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.setContent(await letterDocument({ ...base, refugeeName: name }, "2026-11-25"));
    expect(await page.locator(".letter img, .letter script").count()).toBe(0);
    expect(dialogs).toEqual([]);
    const greeting = page.locator('.letter-side[lang="da"] .letter-greeting');
    expect(await greeting.locator("bdi").textContent()).toBe(name);
    expect((await greeting.textContent())?.startsWith("Kære ")).toBe(true);
    const overflow = await page.evaluate(() => {
      const letter = document.querySelector(".letter") as HTMLElement;
      return letter.scrollWidth - letter.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
