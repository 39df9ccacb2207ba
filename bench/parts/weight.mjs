// weight: bytes per page type (home, guide, hub, glossary, letter, me, editor) in da and ar (the editor: da and en,
// the only languages it exists in), from dist/.
import { join } from "node:path";
import { projectRoot } from "../../scripts/lib/pocketbase-server.mjs";
import { launchChromium, progress, serveDirectory } from "../lib/context.mjs";
import { measurePage, sumBy } from "../lib/measure-page.mjs";
import { lazyChunks } from "../lib/lazy-chunks.mjs";

export const pageTypes = {
  home: (lang) => `/${lang}/`,
  guide: (lang) => `/${lang}/guides/first-month/`,
  hub: (lang) => `/${lang}/glostrup/`,
  glossary: (lang) => `/${lang}/guides/glossary/`,
  letter: (lang) => `/${lang}/letter/`,
  me: (lang) => `/${lang}/me/`,
  editor: (lang) => `/${lang}/editor/`,
};
const languages = ["da", "ar"];
/** Page types that exist in other languages than `languages` (locales/fallbacks.json). */
const languagesOf = { editor: ["da", "en"] };
/** The editorial workspace is a tool for staff on a laptop or tablet, not a refugee's phone page; its island
 * (Preact, the PocketBase SDK, formatjs, jsdiff) gets a budget of its own, above the personal page's 35 KB. */
const EDITOR_JS_BUDGET_KB = 45;
const KB = 1024;

export async function run() {
  const server = await serveDirectory(join(projectRoot, "dist"));
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const [pageType, pathFor] of Object.entries(pageTypes)) {
      for (const lang of languagesOf[pageType] ?? languages) {
        const path = pathFor(lang);
        const withJs = await measurePage(browser, server.url + path);
        if (withJs.status !== 200) {
          progress(`${path}: HTTP ${withJs.status}, not built yet`);
          rows.push({ pageType, lang, path, missing: true });
          continue;
        }
        const withoutJs = await measurePage(browser, server.url + path, { javaScriptEnabled: false });
        const readableWithoutJs = withoutJs.mainTextLength > 200;
        const js = sumBy(withJs.requests, ["js"]);
        // Scripts loaded later by import() (the editor's role views after sign-in): the heaviest path counts.
        const lazy = lazyChunks(join(projectRoot, "dist"), withJs.requests.filter((request) => request.kind === "js").map((request) => request.url));
        const row = {
          pageType, lang, path,
          lazyJsGzip: lazy[0]?.gzip ?? 0,
          requests: withJs.requests.length,
          htmlGzip: sumBy(withJs.requests, ["html"]), htmlBrotli: sumBy(withJs.requests, ["html"], "brotli"), htmlRaw: sumBy(withJs.requests, ["html"], "raw"),
          cssGzip: sumBy(withJs.requests, ["css"]), cssRaw: sumBy(withJs.requests, ["css"], "raw"),
          jsGzip: js, jsBrotli: sumBy(withJs.requests, ["js"], "brotli"), jsRaw: sumBy(withJs.requests, ["js"], "raw"),
          fontGzip: sumBy(withJs.requests, ["font"]),
          jsNeededToReadGzip: readableWithoutJs ? 0 : js,
          firstLoadGzip: sumBy(withJs.requests, ["html", "css", "js", "font", "image", "other"]),
          readableWithoutJs,
        };
        progress(`${path}: ${row.requests} requests, HTML+CSS ${(row.htmlGzip + row.cssGzip)} B gzip, JS ${js} B gzip${row.lazyJsGzip ? ` + ${row.lazyJsGzip} B loaded later` : ""}`);
        rows.push(row);
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return { rows, budgets: budgetsFor(rows) };
}

function budgetsFor(rows) {
  const budgets = [];
  for (const row of rows.filter((candidate) => !candidate.missing)) {
    const label = `${row.pageType} ${row.lang}`;
    if (["home", "guide", "hub", "glossary"].includes(row.pageType)) {
      budgets.push({ name: `${label}: HTML+CSS gzip`, measured: row.htmlGzip + row.cssGzip, budget: 14 * KB, unit: "B" });
      budgets.push({ name: `${label}: JS needed to read`, measured: row.jsNeededToReadGzip, budget: 0, unit: "B" });
      budgets.push({ name: `${label}: enhancement JS gzip`, measured: row.jsGzip, budget: 10 * KB, unit: "B" });
    }
    if (row.pageType === "me") budgets.push({ name: `${label}: all JS gzip`, measured: row.jsGzip, budget: 35 * KB, unit: "B" });
    if (row.pageType === "editor") {
      budgets.push({ name: `${label}: all JS gzip, signed in (page + heaviest role's views)`, measured: row.jsGzip + row.lazyJsGzip, budget: EDITOR_JS_BUDGET_KB * KB, unit: "B" });
    }
  }
  return budgets.map((budget) => ({ ...budget, pass: budget.measured <= budget.budget }));
}

export function table(result) {
  const lines = ["| page | lang | requests | HTML raw / gzip / br | CSS gzip | JS raw / gzip / br | JS to read | fonts | first load gzip |", "|---|---|--:|--:|--:|--:|--:|--:|--:|"];
  for (const row of result.rows) {
    if (row.missing) lines.push(`| ${row.pageType} | ${row.lang} | not built | | | | | | |`);
    else lines.push(`| ${row.pageType} | ${row.lang} | ${row.requests} | ${row.htmlRaw} / ${row.htmlGzip} / ${row.htmlBrotli} | ${row.cssGzip} | ${row.jsRaw} / ${row.jsGzip} / ${row.jsBrotli} | ${row.jsNeededToReadGzip} | ${row.fontGzip} | ${row.firstLoadGzip} |`);
  }
  return lines.join("\n");
}
