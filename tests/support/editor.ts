// The editorial island against a real PocketBase: texts stored as the import stores them (an entry with a
// published `import` version of the repository's file), people with their roles, and the island mounted under
// the server's origin (tests/support/component.ts), signed in by putting the person's session in localStorage.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { islandMessages } from "../../src/i18n/island-messages";
import { locales } from "../../src/i18n/locales";
import { watchForErrors } from "./browser";
import { mountComponent } from "./component";
import { password } from "./fixtures";
import type { TestServer } from "./pocketbase";
import { expect } from "vitest";

export const repositoryFile = (path: string) => readFileSync(join(process.cwd(), path), "utf8");

/** Stores a text like the import: the entry and a published version with origin import. */
export async function storeText(admin: PocketBase, fields: { path: string; kind: string; key: string; locale: string; municipality?: string; body?: string }): Promise<RecordModel> {
  const { body, ...entryFields } = fields;
  const entry = await admin.collection("content_entries").create(entryFields);
  await admin.collection("content_versions").create({
    entry: entry.id, body: body ?? repositoryFile(fields.path), status: "published", origin: "import",
    ...(fields.locale !== "da" && fields.kind !== "municipality" ? { translation_status: "machine" } : {}),
  });
  return admin.collection("content_entries").getOne(entry.id);
}

export const editorProps = (lang: "da" | "en") => ({
  lang,
  messages: islandMessages(lang, ["editor.", "staff.signIn.", "staff.error"]),
  locales: locales.map(({ code, endonym, dir, fontStack }) => ({ code, endonym, dir, fontStack })),
});

/** The island in a page of its own (optionally in a given browser context), signed in as `email` unless null. */
export async function openEditor(browser: Browser | BrowserContext, server: TestServer, options: { email: string | null; lang?: "da" | "en"; hash?: string }):
  Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors = watchForErrors(page);
  const lang = options.lang ?? "da";
  if (options.email) {
    const person = await server.signIn(options.email, password);
    await page.route(`${server.url}/favicon.ico`, (route) => route.fulfill({ status: 204, body: "" }));
    await page.goto(`${server.url}/api/health`);
    await page.evaluate(([token, record]) => localStorage.setItem("pocketbase_auth", JSON.stringify({ token, record })),
      [person.authStore.token, person.authStore.record] as const);
  }
  await mountComponent(page, server.url, { modulePath: "src/islands/editor/EditorApp.tsx", exportName: "EditorApp", lang, props: editorProps(lang), css: editorCss });
  if (options.hash) await page.evaluate((hash) => { location.hash = hash; }, options.hash);
  if (options.hash) await page.reload();
  return { page, errors };
}

const editorCss = readFileSync(join(process.cwd(), "src", "styles", "global.css"), "utf8") + readFileSync(join(process.cwd(), "src", "styles", "editor.css"), "utf8");

/**
 * Console lines Chromium writes for the server's designed answers: 404 for an issue-14 endpoint that this
 * server does not have yet (the island then uses the collection API), and the refusals a test provokes.
 */
export function unexpected(errors: string[], allowed: number[] = []): string[] {
  return errors.filter((error) => !error.includes("status of 404") && !allowed.some((status) => error.includes(`status of ${status}`)));
}

export const activeId = (page: Page) => page.evaluate(() => (document.activeElement === document.body ? "<body>" : document.activeElement?.id ?? document.activeElement?.tagName));

/** Opens the history of the open text and restores the imported version (the oldest published one). */
export async function restoreImportedVersion(page: Page): Promise<void> {
  await page.click('[data-action="history"]');
  await page.waitForSelector('#editor-history [data-action="restore"]');
  const imported = page.locator('#editor-history li[data-status="published"]').last();
  expect(await imported.textContent()).toContain("importen");
  await imported.locator('[data-action="restore"]').click();
  await expect.poll(() => page.locator("#editor-status").textContent()).toBe("Versionen er gendannet som den nyeste.");
}
