// The editor/translator workflow of issue 14 against a real PocketBase with the repository's content pack
// imported: conflicts kept, publish, restore, confirm, the stale list, the translator's queue, new translations,
// the server's front matter bookkeeping, hub, guide, glossary and UI text validation per field, and the export's
// _status.json.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportPack, importPack } from "../../scripts/lib/content-pack.mjs";
import { projectRoot } from "../../scripts/lib/pocketbase-server.mjs";
import { danishToday } from "../../src/domain/danish-day";
import { validateHub } from "../../src/domain/hub-validation";
import { guideSourceHash, parseGuideFile } from "../../src/i18n/guide-source";
import { namespaceSourceHash } from "../../src/i18n/source-hash";
import { createMunicipality, createUser, password } from "../support/fixtures";
import { useWorld } from "../support/world";

const context = useWorld();
let admin: PocketBase;
let editor: PocketBase;
let otherEditor: PocketBase;
let translator: PocketBase;
let editorRecord: RecordModel;
let translatorRecord: RecordModel;
const outDirectories: string[] = [];

type Answer = { status: number; body: any };
/** Calls an endpoint and gives back status and JSON, for refusals as well. */
async function call(client: PocketBase, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  try {
    return { status: 200, body: await client.send(`/api/velkommen/content/${path}`, { method, body: body as any, headers }) };
  } catch (error: any) {
    return { status: error.status, body: error.response };
  }
}

async function entryAt(path: string) {
  return admin.collection("content_entries").getFirstListItem(admin.filter("path = {:path}", { path }));
}
async function bodyOf(versionId: string) {
  return (await admin.collection("content_versions").getOne(versionId)).body as string;
}
async function auditOf(versionId: string) {
  return admin.collection("audit_log").getFullList({ filter: admin.filter("record = {:record}", { record: versionId }) });
}
const today = () => danishToday(new Date());
const packFile = (path: string) => readFileSync(join(projectRoot, path), "utf8");

beforeAll(async () => {
  const { server, world } = context;
  admin = server.admin;
  await createMunicipality(admin, "gladsaxe");
  await importPack(admin, projectRoot);
  editorRecord = await createUser(admin, { email: "editor@gentofte.test", role: "editor", municipality: world.otherMunicipality.id });
  await createUser(admin, { email: "other-editor@gentofte.test", role: "editor", municipality: world.otherMunicipality.id });
  translatorRecord = await createUser(admin, { email: "translator-ar@workflow.test", role: "translator", languages: "ar" });
  editor = await server.signIn("editor@gentofte.test", password);
  otherEditor = await server.signIn("other-editor@gentofte.test", password);
  translator = await server.signIn("translator-ar@workflow.test", password);
}, 120_000);
afterAll(() => {
  for (const directory of outDirectories) rmSync(directory, { recursive: true, force: true });
});

describe("two editors save the same text: the second gets the conflict, and nothing is lost", () => {
  it("stores the refused text as a conflict version, names it in the 409, audits it and moves no pointer", async () => {
    const path = "src/content/guides/da/housing.md";
    const entry = await entryAt(path);
    const opened = entry.head_version;
    const original = await bodyOf(opened);
    const firstText = original.replace(/\n$/, "\nFørste redaktørs sætning.\n");
    const secondText = original.replace(/\n$/, "\nAnden redaktørs sætning.\n");
    const first = await editor.collection("content_versions").create({ entry: entry.id, body: firstText, status: "draft", base_version: opened });
    const refusal = await otherEditor.collection("content_versions").create({ entry: entry.id, body: secondText, status: "draft", base_version: opened })
      .then(() => null, (error) => error);
    expect(refusal?.status).toBe(409);
    expect(refusal.response.data.base_version.code).toBe("edit_conflict");
    expect(refusal.response.data.conflict_version.code).toBe("kept");
    const keptId = refusal.response.data.conflict_version.message;
    const kept = await admin.collection("content_versions").getOne(keptId);
    expect(kept).toMatchObject({ status: "conflict", body: secondText, base_version: opened, origin: "edit", entry: entry.id });
    const after = await entryAt(path);
    expect(after.head_version).toBe(first.id);
    expect(after.published_version).toBe(entry.published_version);
    expect(await auditOf(keptId)).toEqual([expect.objectContaining({ action: "content_conflict", detail: path, collection: "content_versions" })]);
    // Only writers of the text see it: the other editor does, an anonymous visitor and the translator do not.
    expect((await otherEditor.collection("content_versions").getOne(keptId)).body).toBe(secondText);
    await expect(context.server.client().collection("content_versions").getOne(keptId)).rejects.toMatchObject({ status: 404 });
    await expect(translator.collection("content_versions").getOne(keptId)).rejects.toMatchObject({ status: 404 });
    // Nobody saves a conflict version directly.
    const direct = await editor.collection("content_versions").create({ entry: entry.id, body: secondText, status: "conflict", base_version: first.id })
      .then(() => null, (error) => error);
    expect(direct?.status).toBe(400);
    // The kept text comes back by restoring it (positive control: nothing was lost).
    const restored = await call(otherEditor, "POST", `${entry.id}/restore`, { version: keptId });
    expect(restored.status).toBe(200);
    expect(restored.body.version).toMatchObject({ status: "draft", body: secondText, base_version: first.id });
    expect((await entryAt(path)).head_version).toBe(restored.body.version.id);
  });
});

describe("publish", () => {
  const path = "src/content/guides/da/health.md";
  let entry: RecordModel;
  let imported: string;
  let draftId: string;

  beforeAll(async () => {
    entry = await entryAt(path);
    imported = await bodyOf(entry.published_version);
    const draft = await editor.collection("content_versions").create({
      entry: entry.id, body: imported.replace("Dit helbred", "Dit helbred og din læge"), status: "draft", base_version: entry.head_version,
    });
    draftId = draft.id;
    // A draft is not live and does not date a change yet.
    expect(draft.body).not.toMatch(/^changed:/m);
    expect((await entryAt(path)).published_version).toBe(entry.published_version);
  });

  it("refuses an older version than the head with the 409, naming the version", async () => {
    const stale = await call(editor, "POST", `${entry.id}/publish`, { version: entry.published_version });
    expect(stale.status).toBe(409);
    expect(stale.body.data).toMatchObject({ base_version: { code: "edit_conflict" }, conflict_version: { code: "kept", message: entry.published_version } });
    expect((await entryAt(path)).published_version).toBe(entry.published_version);
  });

  it("makes the head draft live as a new published version, dates the Danish change and audits it", async () => {
    const published = await call(editor, "POST", `${entry.id}/publish`, {});
    expect(published.status).toBe(200);
    const version = published.body.version;
    expect(version).toMatchObject({ status: "published", base_version: draftId, origin: "edit", author: editorRecord.id });
    expect(version.body).toContain("title: Dit helbred og din læge");
    expect(version.body).toMatch(new RegExp(`^changed: ${today()}$`, "m"));
    const after = await entryAt(path);
    expect(after).toMatchObject({ head_version: version.id, published_version: version.id, checked_on: "2026-12-01" });
    expect(Date.now() - Date.parse(after.published_at)).toBeLessThan(120_000);
    expect(published.body.entry).toMatchObject({ id: entry.id, published_version: version.id });
    expect(await auditOf(version.id)).toEqual([expect.objectContaining({ action: "content_published", actor: editorRecord.id, detail: path })]);
    // Publishing the live head again writes nothing.
    const again = await call(editor, "POST", `${entry.id}/publish`, { version: version.id });
    expect(again.body).toMatchObject({ unchanged: true });
    expect((await entryAt(path)).head_version).toBe(version.id);
  });

  it("a change of an unrelated front matter line (order) does not date the Danish text as changed", async () => {
    const live = await entryAt(path);
    const body = (await bodyOf(live.published_version)).replace(/^changed: .*\n/m, "").replace(/^order: 6$/m, "order: 7");
    const saved = await editor.collection("content_versions").create({ entry: live.id, body, status: "published", base_version: live.head_version });
    expect(saved.body).not.toMatch(/^changed:/m);
  });

  it("restores the imported text as a draft and then published, each a new audited version", async () => {
    const before = await entryAt(path);
    const asDraft = await call(editor, "POST", `${entry.id}/restore`, { version: entry.published_version });
    expect(asDraft.status).toBe(200);
    expect(asDraft.body.version).toMatchObject({ status: "draft", base_version: before.head_version });
    expect(asDraft.body.version.body).toBe(imported);
    expect((await entryAt(path)).published_version).toBe(before.published_version);
    const live = await call(editor, "POST", `${entry.id}/restore`, { version: entry.published_version, publish: true });
    expect(live.body.version.status).toBe("published");
    // The title went back, so the Danish text changed again and says when.
    expect(live.body.version.body).toContain("title: Dit helbred\n");
    expect(live.body.version.body).toMatch(new RegExp(`^changed: ${today()}$`, "m"));
    expect((await entryAt(path)).published_version).toBe(live.body.version.id);
    expect(await auditOf(live.body.version.id)).toEqual([expect.objectContaining({ action: "content_restored", detail: path })]);
  });

  it.each([
    ["no version", {}, "version", "validation_required"],
    ["an unknown version", { version: "nosuchversion12" }, "version", "validation_unknown_version"],
    ["publish that is not a boolean", { version: "x", publish: "yes" }, "publish", "validation_boolean"],
  ])("restore with %s is a 400 for the field", async (_name, body, field, code) => {
    const answer = await call(editor, "POST", `${entry.id}/restore`, body);
    expect(answer.status).toBe(400);
    expect(answer.body.data[field]).toMatchObject({ code });
  });

  it("restore refuses a version of another text", async () => {
    const other = await entryAt("src/content/guides/da/housing.md");
    const answer = await call(editor, "POST", `${entry.id}/restore`, { version: other.published_version });
    expect(answer.status).toBe(400);
    expect(answer.body.data.version.code).toBe("validation_unknown_version");
  });
});

describe("confirm (still valid)", () => {
  it("sets a guide's checked date to today's Danish day, and nothing else", async () => {
    const path = "src/content/guides/da/work-and-internship.md";
    const entry = await entryAt(path);
    const before = await bodyOf(entry.published_version);
    const answer = await call(editor, "POST", `${entry.id}/confirm`);
    expect(answer.status).toBe(200);
    expect(answer.body.version.body).toBe(before.replace(/^checked: .*$/m, `checked: ${today()}`));
    expect(await entryAt(path)).toMatchObject({ checked_on: today(), published_version: answer.body.version.id });
    expect(await auditOf(answer.body.version.id)).toEqual([expect.objectContaining({ action: "content_confirmed", detail: path })]);
  });

  it("sets the hub's lastChecked, only that line", async () => {
    const path = "src/content/municipalities/gentofte.json";
    const entry = await entryAt(path);
    const before = await bodyOf(entry.published_version);
    const answer = await call(editor, "POST", `${entry.id}/confirm`);
    expect(answer.status).toBe(200);
    expect(answer.body.version.body).toBe(before.replace(/^ {2}"lastChecked": "[^"]*"/m, `  "lastChecked": "${today()}"`));
    expect((await entryAt(path)).checked_on).toBe(today());
  });

  it("refuses a text without a checked date (the glossary) and a text with a newer draft", async () => {
    const glossary = await entryAt("src/content/glossary/da.json");
    expect((await call(editor, "POST", `${glossary.id}/confirm`)).body.data.entry.code).toBe("validation_no_checked_date");
    const guide = await entryAt("src/content/guides/da/danish-lessons.md");
    await editor.collection("content_versions").create({ entry: guide.id, body: `${await bodyOf(guide.head_version)}\nUdkast.\n`, status: "draft", base_version: guide.head_version });
    const answer = await call(editor, "POST", `${guide.id}/confirm`);
    expect(answer.status).toBe(409);
    expect(answer.body.data.head_version.code).toBe("unpublished_draft");
  });
});

describe("stale list (editor)", () => {
  it("lists the editor's texts (Danish guides, glossary, own hub), stale first, with the checked date", async () => {
    const path = "src/content/guides/da/money-and-benefits.md";
    const entry = await entryAt(path);
    const old = (await bodyOf(entry.head_version)).replace(/^checked: .*$/m, "checked: 2025-01-15");
    await editor.collection("content_versions").create({ entry: entry.id, body: old, status: "published", base_version: entry.head_version });
    const answer = await call(editor, "GET", "stale?months=6");
    expect(answer.status).toBe(200);
    const paths = answer.body.items.map((item: any) => item.path);
    expect(paths[0]).toBe(path);
    expect(answer.body.items[0]).toMatchObject({ id: entry.id, kind: "guide", key: "money-and-benefits", checked_on: "2025-01-15", stale: true, upstream_changed: false });
    expect(paths).toContain("src/content/municipalities/gentofte.json");
    expect(paths).toContain("src/content/glossary/da.json");
    expect(paths).not.toContain("src/content/municipalities/gladsaxe.json");
    expect(paths.some((item: string) => item.includes("/ar/"))).toBe(false);
    const fresh = answer.body.items.filter((item: any) => !item.stale);
    expect(fresh.length).toBeGreaterThan(3); // positive control: today's pack is fresh
    // Oldest first among the fresh ones.
    const dates = fresh.map((item: any) => item.checked_on || item.published_at.slice(0, 10));
    expect([...dates].sort()).toEqual(dates);
    // A longer period makes the old guide fresh.
    const long = await call(editor, "GET", "stale?months=36");
    expect(long.body.items.find((item: any) => item.path === path).stale).toBe(false);
  });

  it.each(["0", "abc", "1000", "-3"])("months=%s is a 400 for months", async (months) => {
    const answer = await call(editor, "GET", `stale?months=${months}`);
    expect(answer.status).toBe(400);
    expect(answer.body.data.months.code).toBe("validation_months");
  });
});

describe("translator: queue, review, and the Danish change shown", () => {
  const danishPath = "src/content/guides/da/children-and-school.md";
  const arabicPath = "src/content/guides/ar/children-and-school.md";
  let danishBefore: string;

  it("lists every Danish guide, namespace and the glossary in Arabic, but not the Danish/English-only namespaces", async () => {
    const answer = await call(translator, "GET", "queue");
    expect(answer.status).toBe(200);
    expect(answer.body.languages).toEqual(["ar"]);
    const paths = answer.body.items.map((item: any) => item.path);
    expect(paths).toContain(arabicPath);
    expect(paths).toContain("locales/ar/common.json");
    expect(paths).toContain("locales/ar/municipalities.json");
    expect(paths).toContain("src/content/glossary/ar.json");
    expect(paths).not.toContain("locales/ar/staff.json");
    expect(paths).not.toContain("locales/ar/letter-form.json");
    expect(answer.body.items.every((item: any) => item.locale === "ar")).toBe(true);
    const item = answer.body.items.find((candidate: any) => candidate.path === arabicPath);
    danishBefore = packFile(danishPath);
    expect(item).toMatchObject({ status: "machine", kind: "guide", key: "children-and-school", danish_now: danishBefore, danish_then: danishBefore, body: packFile(arabicPath) });
    // The store does not know when the imported Danish text was written.
    expect(item.danish_changed_on).toBe("");
  });

  it("after an editor changes the Danish guide, the Arabic one is outdated, with the Danish text then and now", async () => {
    const danish = await entryAt(danishPath);
    const changed = danishBefore.replace(/\n$/, "\nEn ny sætning om børn.\n");
    await editor.collection("content_versions").create({ entry: danish.id, body: changed, status: "published", base_version: danish.head_version });
    const answer = await call(translator, "GET", "queue?locale=ar");
    const item = answer.body.items.find((candidate: any) => candidate.path === arabicPath);
    expect(item.status).toBe("outdated");
    expect(item.danish_then).toBe(danishBefore);
    expect(item.danish_now).toContain("En ny sætning om børn.");
    expect(item.danish_changed_on).toBe(today());
    // Outdated items come first, reviewed ones last.
    const order = answer.body.items.map((candidate: any) => candidate.status);
    expect(order.indexOf("outdated")).toBe(0);
  });

  it("the translator fixes it and marks it reviewed: the server stamps sourceHash, translation and reviewed", async () => {
    const arabic = await entryAt(arabicPath);
    const danishNow = await bodyOf((await entryAt(danishPath)).published_version);
    const text = packFile(arabicPath).replace(/\n$/, "\nجملة جديدة عن الأطفال.\n");
    const saved = await translator.collection("content_versions").create({ entry: arabic.id, body: text, status: "published", translation_status: "reviewed", base_version: arabic.head_version });
    expect(saved.body).toMatch(/^translation: reviewed$/m);
    expect(saved.body).toMatch(new RegExp(`^reviewed: ${today()}$`, "m"));
    expect(saved.body).toMatch(new RegExp(`^sourceHash: "${guideSourceHash(parseGuideFile(danishNow))}"$`, "m"));
    expect(saved).toMatchObject({ source_hash: guideSourceHash(parseGuideFile(danishNow)), reviewed_by: translatorRecord.id, translation_status: "reviewed" });
    const item = (await call(translator, "GET", "queue")).body.items.find((candidate: any) => candidate.path === arabicPath);
    expect(item.status).toBe("reviewed");
    // Back to machine: the reviewed line goes again.
    const again = await translator.collection("content_versions").create({ entry: arabic.id, body: saved.body, status: "draft", translation_status: "machine", base_version: saved.id });
    expect(again.body).toMatch(/^translation: machine$/m);
    expect(again.body).not.toMatch(/^reviewed:/m);
  });

  it("a namespace save records the Danish hash on the version, and the export writes it to _status.json", async () => {
    const arabic = await entryAt("locales/ar/common.json");
    const saved = await translator.collection("content_versions").create({ entry: arabic.id, body: packFile("locales/ar/common.json"), status: "published", translation_status: "reviewed", base_version: arabic.head_version });
    const danishCommon = JSON.parse(packFile("locales/da/common.json"));
    expect(saved).toMatchObject({ source_hash: namespaceSourceHash(danishCommon), translation_status: "reviewed", body: packFile("locales/ar/common.json") });
    const out = mkdtempSync(join(tmpdir(), "velkommen-export-"));
    outDirectories.push(out);
    await exportPack(admin, out);
    const status = JSON.parse(readFileSync(join(out, "locales/ar/_status.json"), "utf8"));
    expect(status.common).toEqual({ translation: "reviewed", sourceHash: namespaceSourceHash(danishCommon), reviewed: today() });
    // The other namespaces keep their pack status, in the pack's order (positive control).
    const pack = JSON.parse(packFile("locales/ar/_status.json"));
    expect(Object.keys(status)).toEqual(Object.keys(pack));
    expect(status.letter).toEqual(pack.letter);
    expect(readFileSync(join(out, "locales/ti/_status.json"), "utf8")).toBe(packFile("locales/ti/_status.json"));
  });

  it("a glossary save keeps the file's layout: only the top-level status lines and stale term hashes change", async () => {
    const arabic = await entryAt("src/content/glossary/ar.json");
    const text = packFile("src/content/glossary/ar.json");
    const saved = await translator.collection("content_versions").create({ entry: arabic.id, body: text, status: "draft", translation_status: "reviewed", base_version: arabic.head_version });
    const stored = JSON.parse(saved.body);
    expect(stored.translation).toBe("reviewed");
    expect(stored.reviewed).toBe(today());
    expect(saved.body.split("\n").length).toBe(text.split("\n").length + 1); // one line more: "reviewed"
    expect(saved.body).toContain(`  "translation": "reviewed",\n  "reviewed": "${today()}",\n  "terms": [`);
  });

  it("a missing translation is created with its first version, stamped and audited; it cannot be created twice", async () => {
    const danish = await admin.collection("content_entries").create({ path: "src/content/guides/da/new-guide.md", kind: "guide", key: "new-guide", locale: "da" });
    const danishBody = "---\ntitle: Ny vejledning\ndescription: Om noget nyt.\norder: 99\nchecked: 2026-12-01\nsources:\n  - label: Kilde\ntranslation: source\n---\n\nTekst.\n";
    await admin.collection("content_versions").create({ entry: danish.id, body: danishBody, status: "published" });
    const missing = (await call(translator, "GET", "queue")).body.items.find((item: any) => item.path === "src/content/guides/ar/new-guide.md");
    expect(missing).toMatchObject({ status: "missing", entry: "", danish_entry: danish.id, head_version: "", danish_now: danishBody });
    const created = await call(translator, "POST", "translations", {
      danish_entry: danish.id, locale: "ar", body: "---\ntitle: دليل جديد\ndescription: عن شيء جديد.\norder: 99\nchecked: 2026-12-01\nsources:\n  - label: Kilde\n---\n\nنص.\n", translation_status: "machine",
    });
    expect(created.status).toBe(200);
    expect(created.body.entry).toMatchObject({ path: "src/content/guides/ar/new-guide.md", kind: "guide", key: "new-guide", locale: "ar" });
    expect(created.body.version).toMatchObject({ status: "draft", translation_status: "machine", source_hash: guideSourceHash(parseGuideFile(danishBody)) });
    expect(created.body.version.body).toMatch(/^translation: machine$/m);
    expect(await auditOf(created.body.entry.id)).toEqual([expect.objectContaining({ action: "content_entry_create" })]);
    expect(await auditOf(created.body.version.id)).toEqual([expect.objectContaining({ action: "content_draft" })]);
    const twice = await call(translator, "POST", "translations", { danish_entry: danish.id, locale: "ar", body: "---\ntitle: x\n---\n" });
    expect(twice.status).toBe(400);
    expect(twice.body.data.locale.code).toBe("validation_translation_exists");
  });

  it.each([
    ["no Danish entry", { locale: "ar", body: "---\ntitle: x\n---\n" }, "danish_entry"],
    ["an empty body", { locale: "ar", body: " " }, "body"],
    ["an unknown translation status", { locale: "ar", body: "---\ntitle: x\n---\n", translation_status: "perfect" }, "translation_status"],
  ])("POST translations with %s is a 400 for the field", async (_name, request, field) => {
    const danish = await entryAt("src/content/guides/da/health.md");
    const body = field === "danish_entry" ? request : { danish_entry: danish.id, ...request };
    const answer = await call(translator, "POST", "translations", body);
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.data)).toContain(field);
  });
});

describe("hub input is checked per field, in Danish or English, never a 500", () => {
  const path = "src/content/municipalities/gentofte.json";
  const withChange = async (change: (hub: any) => void) => {
    const entry = await entryAt(path);
    const hub = JSON.parse(await bodyOf(entry.head_version));
    change(hub);
    return { entry, body: `${JSON.stringify(hub, null, 2)}\n` };
  };

  it.each([
    ["a phone without +45", (hub: any) => { hub.contacts[0].phone = "39650575"; }, "contacts.0.phone", "validation_phone"],
    ["a bad e-mail", (hub: any) => { hub.contacts[0].email = "koordination@"; }, "contacts.0.email", "validation_email"],
    ["a 3-digit postal code", (hub: any) => { hub.contacts[0].address = { street: "Bernstorffsvej 20", postalCode: "290", city: "Hellerup" }; }, "contacts.0.address.postalCode", "validation_postal_code"],
    ["hours closing before opening", (hub: any) => { hub.contacts[0].openingHours = [{ days: ["mon"], opens: "16:00", closes: "09:00" }]; }, "contacts.0.openingHours.0.closes", "validation_hours_order"],
    ["an http link", (hub: any) => { hub.contacts[0].url = "http://netvaerkshuset.dk/"; }, "contacts.0.url", "validation_url_https"],
    ["a javascript: link", (hub: any) => { hub.sources[0].url = "javascript:alert(1)"; }, "sources.0.url", "validation_url_web"],
  ])("%s → 400 at %s", async (_name, change, field, code) => {
    const { entry, body } = await withChange(change);
    const messages = new Set<string>();
    for (const [header, language] of [["da", "da"], ["en-GB,en;q=0.9", "en"]] as const) {
      const refusal = await editor.collection("content_versions").create({ entry: entry.id, body, status: "published", base_version: entry.head_version }, { headers: { "Accept-Language": header } })
        .then(() => null, (error) => error);
      expect(refusal?.status).toBe(400);
      expect(Object.keys(refusal.response.data)).toEqual([field]);
      // The message is the validator's own, in the language asked for.
      expect(refusal.response.data[field]).toEqual({ code, message: validateHub(JSON.parse(body), { slug: "gentofte", language })[field]?.message });
      messages.add(refusal.response.data[field].message);
    }
    expect(messages.size).toBe(2);
    expect((await entryAt(path)).head_version).toBe(entry.head_version);
  });

  it("a good hub change goes through (positive control), with new opening hours", async () => {
    const { entry, body } = await withChange((hub) => { hub.contacts[0].openingHours = [{ days: ["mon", "tue"], opens: "09:00", closes: "15:30" }]; });
    const saved = await editor.collection("content_versions").create({ entry: entry.id, body, status: "published", base_version: entry.head_version });
    expect(saved.body).toBe(body);
    expect((await entryAt(path)).published_version).toBe(saved.id);
  });

  it("a hub that is not JSON is a 400 for body", async () => {
    const entry = await entryAt(path);
    const refusal = await editor.collection("content_versions").create({ entry: entry.id, body: "{ broken", status: "draft", base_version: entry.head_version }).then(() => null, (error) => error);
    expect(refusal?.status).toBe(400);
    expect(refusal.response.data.body.code).toBe("validation_json");
  });
});

describe("guides, the glossary and UI texts are checked per field before they are stored, never a broken site", () => {
  type Save = { client: () => PocketBase; path: string; change: (body: string) => string; translation_status?: string };
  const glossaryWith = (change: (glossary: any) => void) => (body: string) => {
    const glossary = JSON.parse(body);
    change(glossary);
    return `${JSON.stringify(glossary, null, 2)}\n`;
  };
  async function save({ client, path, change, translation_status }: Save, language = "da") {
    const entry = await entryAt(path);
    const body = change(await bodyOf(entry.head_version));
    const versionsBefore = (await admin.collection("content_versions").getFullList({ filter: admin.filter("entry = {:entry}", { entry: entry.id }) })).length;
    const answer = await client().collection("content_versions")
      .create({ entry: entry.id, body, status: "published", base_version: entry.head_version, ...(translation_status ? { translation_status } : {}) }, { headers: { "Accept-Language": language } })
      .then((saved) => ({ status: 200, saved, data: {} as Record<string, { code: string; message: string }>, message: "" }),
        (error) => ({ status: error.status as number, saved: null, data: error.response.data as Record<string, { code: string; message: string }>, message: error.response.message as string }));
    const versionsAfter = (await admin.collection("content_versions").getFullList({ filter: admin.filter("entry = {:entry}", { entry: entry.id }) })).length;
    return { ...answer, entry, stored: versionsAfter - versionsBefore, headAfter: (await entryAt(path)).head_version };
  }

  it.each([
    ["a glossary term without its term (what broke the build)", { client: () => editor, path: "src/content/glossary/da.json", change: glossaryWith((glossary) => { delete glossary.terms[3].term; }) }, { "terms.3.term": "validation_required" }],
    ["a glossary with a duplicate id and an empty definition", { client: () => editor, path: "src/content/glossary/da.json", change: glossaryWith((glossary) => { glossary.terms[2].id = glossary.terms[0].id; glossary.terms[1].definition = ""; }) }, { "terms.1.definition": "validation_required", "terms.2.id": "validation_duplicate_id" }],
    ["a guide whose order is not a number", { client: () => editor, path: "src/content/guides/da/housing.md", change: (body: string) => body.replace(/^order: .*$/m, 'order: "x"') }, { "front_matter.order": "validation_integer" }],
    ["a guide without title and with a bad checked date", { client: () => editor, path: "src/content/guides/da/housing.md", change: (body: string) => body.replace(/^title: .*\n/m, "").replace(/^checked: .*$/m, "checked: i går") }, { "front_matter.title": "validation_required", "front_matter.checked": "validation_date" }],
    ["a guide source with a javascript: link", { client: () => editor, path: "src/content/guides/da/housing.md", change: (body: string) => body.replace(/^    url: .*$/m, "    url: javascript:alert(1)") }, { "front_matter.sources.0.url": "validation_url_web" }],
    ["an Arabic UI text that renames {date}", { client: () => translator, path: "locales/ar/common.json", translation_status: "machine", change: (body: string) => JSON.stringify({ ...JSON.parse(body), "notice.reviewed": "راجعه شخص في {day}." }) }, { "common.notice.reviewed": "validation_icu_arguments" }],
    ["an Arabic UI text with an unclosed brace and a number", { client: () => translator, path: "locales/ar/common.json", translation_status: "machine", change: (body: string) => JSON.stringify({ ...JSON.parse(body), "notice.machine": "نص {", "site.name": 7 }) }, { "common.notice.machine": "validation_icu_syntax", "common.site.name": "validation_text" }],
  ] as const)("%s → 400 per field in Danish and English; nothing is stored", async (_name, request, expected) => {
    const messages = new Set<string>();
    for (const language of ["da", "en-GB,en;q=0.9"]) {
      const answer = await save(request as Save, language);
      expect(answer.status).toBe(400);
      expect(Object.fromEntries(Object.entries(answer.data).map(([path, problem]) => [path, problem.code]))).toEqual(expected);
      for (const problem of Object.values(answer.data)) messages.add(problem.message);
      messages.add(answer.message);
      expect(answer.stored).toBe(0);
      expect(answer.headAfter).toBe(answer.entry.head_version);
    }
    expect(messages.size).toBeGreaterThanOrEqual(4); // each message and the summary, once per language
  });

  it("the Danish message names the field's problem: a term without its term", async () => {
    const answer = await save({ client: () => editor, path: "src/content/glossary/da.json", change: glossaryWith((glossary) => { delete glossary.terms[3].term; }) });
    expect(answer.message).toBe("Ordlisten har fejl; se hvert felt.");
    expect(answer.data["terms.3.term"]).toEqual({ code: "validation_required", message: "Skal udfyldes." });
  });

  it.each([
    ["a glossary with a new term", { client: () => editor, path: "src/content/glossary/da.json", change: glossaryWith((glossary) => { glossary.terms.push({ id: "sprogcenter", term: "Sprogcenter", aliases: [], definition: "Stedet, hvor du lærer dansk." }); }) }],
    ["a guide with a new order", { client: () => editor, path: "src/content/guides/da/housing.md", change: (body: string) => body.replace(/^order: .*$/m, "order: 8") }],
    ["an Arabic UI text that keeps {date}", { client: () => translator, path: "locales/ar/common.json", translation_status: "machine", change: (body: string) => JSON.stringify({ ...JSON.parse(body), "notice.reviewed": "راجعه شخص في {date}." }) }],
  ] as const)("%s is stored (positive control)", async (_name, request) => {
    const answer = await save(request as Save);
    expect(answer.status).toBe(200);
    expect(answer.stored).toBe(1);
    expect(answer.headAfter).toBe(answer.saved!.id);
  });
});

describe("a newer national pack beside an editor's text", () => {
  it("the stale list flags it with both texts to diff; restoring the national text clears the flag", async () => {
    const path = "src/content/guides/da/health.md"; // changed by the editor above
    const pack = mkdtempSync(join(tmpdir(), "velkommen-pack-"));
    outDirectories.push(pack);
    for (const root of ["src/content", "locales"]) cpSync(join(projectRoot, root), join(pack, root), { recursive: true });
    const national = `${packFile(path)}\nNy national tekst.\n`;
    writeFileSync(join(pack, path), national);
    const result = await importPack(admin, pack);
    expect(result.flagged).toContain(path);
    const item = (await call(editor, "GET", "stale")).body.items.find((candidate: any) => candidate.path === path);
    const entry = await entryAt(path);
    expect(item).toMatchObject({ upstream_changed: true, upstream_version: entry.upstream_version, upstream_body: national, published_body: await bodyOf(entry.published_version) });
    // Positive control: an unflagged text carries no bodies.
    expect((await call(editor, "GET", "stale")).body.items.find((candidate: any) => candidate.path === "src/content/guides/da/housing.md")).toMatchObject({ upstream_changed: false, upstream_body: "" });
    const accepted = await call(editor, "POST", `${entry.id}/restore`, { version: entry.upstream_version, publish: true });
    expect(accepted.status).toBe(200);
    expect(accepted.body.entry.upstream_changed).toBe(false);
    expect((await entryAt(path)).upstream_changed).toBe(false);
  });
});
