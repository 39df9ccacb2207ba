// Over the built site (dist/, made by `npm run build`): no page shows an internal label ("seed 004") as a
// source, no Danish guide names an abolished programme or benefit as current, every guide page and hub shows
// its sources as links with the date checked, and the hubs say what to do tonight (1813, 112). Reads the HTML
// files directly: what a reader gets with JavaScript off.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { findProblems, INTERNAL_LABEL, visibleText } from "../support/content-checks.ts";

const dist = join(process.cwd(), "dist");

function htmlFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

describe("the built site", () => {
  it("exists (run `npm run build` first)", () => {
    expect(existsSync(join(dist, "da", "index.html"))).toBe(true);
  });

  const pages = existsSync(dist) ? htmlFiles(dist) : [];
  const page = (path: string) => readFileSync(join(dist, path), "utf8");

  it("no page in any language shows an internal label", () => {
    expect(pages.length).toBeGreaterThan(100);
    const offenders = pages.filter((file) => INTERNAL_LABEL.test(visibleText(readFileSync(file, "utf8")))).map((file) => relative(dist, file));
    expect(offenders).toEqual([]);
  });

  it("the internal-label check catches a planted label in a built page (positive control)", () => {
    const planted = page("da/guides/health/index.html").replace("</article>", "<p>Kilde: seed 004</p></article>");
    expect(INTERNAL_LABEL.test(visibleText(planted))).toBe(true);
  });

  const danishGuides = pages.filter((file) => relative(dist, file).startsWith(join("da", "guides")) && !file.includes("glossary"));
  it("no Danish guide page names an abolished programme or benefit as current", () => {
    expect(danishGuides.length).toBeGreaterThanOrEqual(14);
    for (const file of danishGuides) {
      const article = readFileSync(file, "utf8").match(/<article[\s\S]*?<\/article>/)?.[0] ?? "";
      expect(findProblems(visibleText(article)), relative(dist, file)).toEqual([]);
    }
  });

  it("the abolished-name check catches a planted sentence in a built guide (positive control)", () => {
    const article = page("da/guides/money-and-benefits/index.html").match(/<article[\s\S]*?<\/article>/)?.[0] ?? "";
    const planted = article.replace("</article>", "<p>Pengene hedder selvforsørgelses- og hjemrejseydelse.</p></article>");
    expect(findProblems(visibleText(planted)).map((finding) => finding.kind)).toContain("abolished-name");
  });

  it.each(["da", "ar", "en"])("guide pages in %s show their sources as links with the date checked", (lang) => {
    const html = page(`${lang}/guides/health/index.html`);
    const sources = html.match(/<aside class="sources">[\s\S]*?<\/aside>/)?.[0] ?? "";
    expect(sources).toContain('href="https://www.regionh.dk/presse-og-nyt/pressemeddelelser-og-nyheder/Sider/Fakta-om-1813.aspx"');
    expect(sources).toMatch(/lang="da"/);
    if (lang === "da") expect(visibleText(sources)).toMatch(/tjekket 1\. december 2026/);
  });

  it.each(["gentofte", "gladsaxe", "glostrup"])("the %s hub says what to do tonight and lists its sources", (slug) => {
    const html = page(`da/${slug}/index.html`);
    expect(html).toContain('href="tel:1813"');
    expect(html).toContain('href="tel:112"');
    expect(html).toContain("https://www.regionh.dk/");
    const text = visibleText(html);
    expect(text.indexOf("1813")).toBeLessThan(text.indexOf("Kontakter"));
    expect(text).toMatch(/Kilder/);
    expect(text).toMatch(/tjekket 1\. december 2026/);
  });
});
