// Island component tests in the system Chromium: bundles tests/support/island-harness.tsx with esbuild once,
// and opens a blank page that mounts a component with the messages a real page would hand it.
import { build } from "esbuild";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { islandMessages, type MessageSelector } from "../../src/i18n/island-messages";
import { getLocale } from "../../src/i18n/locales";

let bundle: Promise<string> | undefined;

function harnessBundle(): Promise<string> {
  return (bundle ??= build({
    entryPoints: [join(process.cwd(), "tests", "support", "island-harness.tsx")],
    bundle: true, write: false, format: "iife", target: "es2022", jsx: "automatic", jsxImportSource: "preact",
    define: { "import.meta.env": "{}" }, logLevel: "silent",
  }).then((result) => result.outputFiles[0]!.text));
}

export async function mountIsland(browser: Browser, component: string, lang: string, selectors: MessageSelector[], props: Record<string, unknown>): Promise<Page> {
  const page = await browser.newPage();
  await page.setContent(`<!doctype html><html lang="${lang}" dir="${getLocale(lang).dir}"><head><meta charset="utf-8"><title>island</title></head><body><main id="root"></main></body></html>`);
  await page.addScriptTag({ content: await harnessBundle() });
  await page.evaluate(([name, locale, messages, componentProps]) =>
    (window as unknown as { mountIsland: (...args: unknown[]) => void }).mountIsland(name, locale, messages, componentProps),
  [component, lang, islandMessages(lang, selectors), props] as const);
  return page;
}
