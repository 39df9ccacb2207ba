// The built site (dist/) served by a real PocketBase, and the system Chromium, for one e2e test file.
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser, type TestBrowser } from "./browser";
import { startTestServer, type TestServer } from "./pocketbase";

export interface Site {
  server: TestServer;
  testBrowser: TestBrowser;
}

/** Starts both before the file's tests and stops them after. Read the fields inside tests, not at import. */
export function useBuiltSite(): Site {
  const site = {} as Site;
  beforeAll(async () => {
    site.server = await startTestServer({ publicDirectory: join(process.cwd(), "dist") });
    site.testBrowser = await launchBrowser();
  });
  afterAll(async () => {
    await site.testBrowser?.close();
    await site.server?.stop();
  });
  return site;
}
