// lighthouse: Lighthouse (mobile, its default simulated slow 4G and CPU throttling) on home, a guide and a hub
// in all 12 locales, with the system Chromium. Budget: performance ≥ 98, accessibility 100, best practices 100.
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { projectRoot } from "../../scripts/lib/pocketbase-server.mjs";
import { locales } from "../../src/i18n/locales.ts";
import { chromiumFlags, chromiumPath, progress, serveDirectory } from "../lib/context.mjs";

const pages = { home: (lang) => `/${lang}/`, guide: (lang) => `/${lang}/guides/first-month/`, hub: (lang) => `/${lang}/glostrup/` };
const categories = ["performance", "accessibility", "best-practices", "seo"];
const minimum = { performance: 98, accessibility: 100, "best-practices": 100 };

export async function run() {
  const server = await serveDirectory(join(projectRoot, "dist"));
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ["--headless=new", ...chromiumFlags],
  });
  const rows = [];
  try {
    for (const locale of locales) {
      for (const [pageType, pathFor] of Object.entries(pages)) {
        const url = server.url + pathFor(locale.code);
        const probe = await fetch(url);
        if (probe.status !== 200) {
          rows.push({ lang: locale.code, pageType, missing: true });
          continue;
        }
        const runnerResult = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories });
        const scores = Object.fromEntries(categories.map((category) => [category, Math.round((runnerResult?.lhr.categories[category]?.score ?? 0) * 100)]));
        const failedAudits = Object.values(runnerResult?.lhr.audits ?? {})
          .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary")
          .map((audit) => audit.id);
        rows.push({ lang: locale.code, pageType, ...scores, failedAudits });
        progress(`${locale.code} ${pageType}: ${categories.map((category) => `${category} ${scores[category]}`).join(", ")}`);
      }
    }
  } finally {
    chrome.kill();
    await server.stop();
  }
  const measured = rows.filter((row) => !row.missing);
  const budgets = Object.entries(minimum).map(([category, atLeast]) => {
    const lowest = Math.min(...measured.map((row) => row[category]));
    return { name: `lowest ${category} score over ${measured.length} pages`, measured: lowest, budget: atLeast, unit: "", atLeast: true, pass: lowest >= atLeast };
  });
  return { rows, budgets };
}

export function table(result) {
  const lines = ["| lang | page | performance | accessibility | best practices | SEO | failing audits |", "|---|---|--:|--:|--:|--:|---|"];
  for (const row of result.rows) {
    if (row.missing) lines.push(`| ${row.lang} | ${row.pageType} | not built | | | | |`);
    else lines.push(`| ${row.lang} | ${row.pageType} | ${row.performance} | ${row.accessibility} | ${row["best-practices"]} | ${row.seo} | ${row.failedAudits.join(", ")} |`);
  }
  return lines.join("\n");
}
