// How long until a text is stale is a setting of the instance (VELKOMMEN_STALE_MONTHS, default 6); ?months= asks
// for another period. A guide checked two months ago is stale with the setting 1, fresh with ?months=6.
import { afterAll, beforeAll, expect, it } from "vitest";
import type PocketBase from "pocketbase";
import { addOffset } from "../../src/domain/dates";
import { danishToday } from "../../src/domain/danish-day";
import { createMunicipality, createUser, password } from "../support/fixtures";
import { startTestServer, type TestServer } from "../support/pocketbase";

let server: TestServer;
let editor: PocketBase;
const twoMonthsAgo = addOffset(danishToday(new Date()), { months: -2 });

beforeAll(async () => {
  server = await startTestServer({ env: { VELKOMMEN_STALE_MONTHS: "1" } });
  const gentofte = await createMunicipality(server.admin, "gentofte");
  await createUser(server.admin, { email: "editor@stale.test", role: "editor", municipality: gentofte.id });
  editor = await server.signIn("editor@stale.test", password);
  const entry = await server.admin.collection("content_entries").create({ path: "src/content/guides/da/health.md", kind: "guide", key: "health", locale: "da" });
  await server.admin.collection("content_versions").create({ entry: entry.id, body: `---\ntitle: Helbred\nchecked: ${twoMonthsAgo}\n---\n\nTekst.\n`, status: "published" });
}, 60_000);
afterAll(async () => { await server?.stop(); });

it("uses the instance's setting without ?months, and ?months when given", async () => {
  const bySetting = await editor.send("/api/velkommen/content/stale", {});
  expect(bySetting.months).toBe(1);
  expect(bySetting.items).toEqual([expect.objectContaining({ path: "src/content/guides/da/health.md", checked_on: twoMonthsAgo, stale: true })]);
  const asked = await editor.send("/api/velkommen/content/stale", { query: { months: 6 } });
  expect(asked.months).toBe(6);
  expect(asked.items[0].stale).toBe(false);
});
