// third-party: loads every page type in Chromium and records every request. Anything that leaves
// 127.0.0.1 fails the check.
import { join } from "node:path";
import { projectRoot } from "../../scripts/lib/pocketbase-server.mjs";
import { locales } from "../../src/i18n/locales.ts";
import { launchChromium, progress, serveDirectory } from "../lib/context.mjs";
import { measurePage } from "../lib/measure-page.mjs";
import { pageTypes } from "./weight.mjs";

export async function run() {
  const server = await serveDirectory(join(projectRoot, "dist"));
  const browser = await launchChromium();
  const pages = [];
  try {
    for (const locale of locales) {
      for (const [pageType, pathFor] of Object.entries({ chooser: () => "/", ...pageTypes })) {
        const measured = await measurePage(browser, server.url + pathFor(locale.code));
        if (measured.status !== 200) continue;
        pages.push({ pageType, lang: locale.code, requests: measured.requests.length, offOrigin: measured.offOrigin });
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const offending = pages.filter((page) => page.offOrigin.length > 0);
  const requests = pages.reduce((total, page) => total + page.requests, 0);
  progress(`${pages.length} pages, ${requests} requests, ${offending.length} pages with third-party requests`);
  return {
    pages: pages.length,
    requests,
    offending,
    budgets: [{ name: "requests leaving 127.0.0.1", measured: offending.reduce((total, page) => total + page.offOrigin.length, 0), budget: 0, unit: "", pass: offending.length === 0 }],
  };
}

export function table(result) {
  const lines = [`${result.pages} pages loaded, ${result.requests} requests, all same-origin: ${result.offending.length === 0 ? "yes" : "NO"}.`];
  for (const page of result.offending) lines.push(`- ${page.lang} ${page.pageType}: ${page.offOrigin.join(", ")}`);
  return lines.join("\n");
}
