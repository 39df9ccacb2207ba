// The system Chromium driven by playwright-core. Never downloads a browser.
// chromium.launch() gives every run a fresh, temporary user-data dir of its own.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "../../scripts/lib/chromium.mjs";

export interface TestBrowser {
  browser: Browser;
  close: () => Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  const browser: Browser = await launchChromium();
  return { browser, close: () => browser.close() };
}

/** Collects console errors, uncaught exceptions and failed requests of a page. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`exception: ${error.message}`));
  page.on("requestfailed", (request) => {
    // A request the browser cancels because the page navigated on (e.g. a late favicon) is not a failure.
    if (request.failure()?.errorText === "net::ERR_ABORTED") return;
    errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  return errors;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe-core (WCAG 2.1 A/AA rules) in the page and returns its violations, as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (script-src 'self') does not block it.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)}`));
  });
  return violations;
}

/** Runs `action` with the browser context's network off, and turns it back on whatever happens. */
export async function offline(context: BrowserContext, action: () => Promise<void>): Promise<void> {
  await context.setOffline(true);
  try {
    await action();
  } finally {
    await context.setOffline(false);
  }
}
