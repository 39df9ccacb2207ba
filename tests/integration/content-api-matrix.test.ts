// Who may use the content workflow endpoints (issue 14), as ONE scenario table in the style of
// content-access-matrix.test.ts: each row is a person, an endpoint and a text; the server must allow exactly what the
// row says. Allowed writes check the new version and its audit row; refused ones check that nothing was written.
// Editors and translators see no personal data (positive control: the caseworker does).
import { beforeAll, describe, expect, it } from "vitest";
import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { createUser, password } from "../support/fixtures";
import { useWorld } from "../support/world";

type Person = "anonymous" | "refugee" | "caseworker" | "volunteer" | "superuser" | "editorGentofte" | "editorGlostrup"
  | "translatorArabic" | "translatorTigrinya" | "deactivatedEditor" | "deactivatedTranslator";
type Text = "guideDa" | "guideAr" | "guideTi" | "glossaryDa" | "namespaceDa" | "namespaceAr" | "hubGentofte" | "hubGlostrup" | "packRules";
type Action = "publish" | "restore" | "confirm";

const paths: Record<Text, string> = {
  guideDa: "src/content/guides/da/health.md",
  guideAr: "src/content/guides/ar/health.md",
  guideTi: "src/content/guides/ti/health.md",
  glossaryDa: "src/content/glossary/da.json",
  namespaceDa: "locales/da/common.json",
  namespaceAr: "locales/ar/common.json",
  hubGentofte: "src/content/municipalities/gentofte.json",
  hubGlostrup: "src/content/municipalities/glostrup.json",
  packRules: "src/content/rules/deadline-rules.json",
};
const slugOf = (text: Text) => (text === "hubGentofte" ? "gentofte" : "glostrup");
const bodyFor = (text: Text, marker: string) =>
  paths[text].endsWith(".md") ? `---\ntitle: ${marker}\ndescription: ${marker}\norder: 1\nchecked: 2026-01-01\nsources:\n  - label: Kilde\ntranslation: source\n---\n\n${marker}\n`
    : text.startsWith("hub") ? `${JSON.stringify({ slug: slugOf(text), name: marker, lastChecked: "2026-01-01", contacts: [] }, null, 2)}\n`
      : text === "glossaryDa" ? `${JSON.stringify({ translation: "source", terms: [], marker })}\n`
        : `${JSON.stringify({ marker })}\n`;

interface Row { person: Person; action: Action; text: Text; allowed: boolean }
const row = (person: Person, action: Action, text: Text, allowed: boolean): Row => ({ person, action, text, allowed });
const notWriters: Person[] = ["anonymous", "refugee", "caseworker", "volunteer", "superuser", "deactivatedEditor", "deactivatedTranslator"];
const actions: Action[] = ["publish", "restore", "confirm"];
const rows: Row[] = [
  // An editor publishes and restores Danish guides, the Danish glossary and their own hub; confirms guides and hubs.
  ...actions.map((action) => row("editorGentofte", action, "guideDa", true)),
  ...actions.map((action) => row("editorGentofte", action, "hubGentofte", true)),
  row("editorGentofte", "publish", "glossaryDa", true),
  row("editorGentofte", "restore", "glossaryDa", true),
  ...actions.map((action) => row("editorGentofte", action, "hubGlostrup", false)),
  ...actions.map((action) => row("editorGlostrup", action, "hubGlostrup", true)), // positive control of the hub rows
  ...actions.map((action) => row("editorGentofte", action, "guideAr", false)),
  ...actions.map((action) => row("editorGentofte", action, "namespaceDa", false)),
  ...actions.map((action) => row("editorGentofte", action, "packRules", false)),
  // A translator of Arabic publishes and restores Arabic texts only; confirming is the editors'.
  row("translatorArabic", "publish", "guideAr", true),
  row("translatorArabic", "restore", "guideAr", true),
  row("translatorArabic", "publish", "namespaceAr", true),
  row("translatorArabic", "confirm", "guideAr", false),
  ...actions.map((action) => row("translatorArabic", action, "guideTi", false)),
  ...actions.map((action) => row("translatorArabic", action, "guideDa", false)),
  ...actions.map((action) => row("translatorArabic", action, "hubGentofte", false)),
  row("translatorTigrinya", "publish", "guideTi", true), // positive control of the language rows
  // Nobody else, and nobody deactivated.
  ...notWriters.flatMap((person) => (["guideDa", "guideAr", "hubGentofte"] as Text[]).flatMap((text) => actions.map((action) => row(person, action, text, false)))),
];

const context = useWorld();
const clients = new Map<Person, PocketBase>();
const people = new Map<Person, RecordModel>();
const entries = new Map<Text, RecordModel>();
const firstVersions = new Map<Text, string>();
let newDanishGuide: RecordModel;

async function call(client: PocketBase, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  try {
    return { status: 200, body: await client.send(`/api/velkommen/content/${path}`, { method, body: body as any }) };
  } catch (error: any) {
    return { status: error.status, body: error.response };
  }
}
/** Anonymous, and deactivated people: their token stopped working when a superuser deactivated them (401). */
const signedOut = (person: Person) => person === "anonymous" || person.startsWith("deactivated");
const entryOf = (text: Text) => context.server.admin.collection("content_entries").getOne(entries.get(text)!.id);

/** Before each row: a live version; for a publish row also a newer draft to publish. */
async function arrange(text: Text, action: Action) {
  const admin = context.server.admin;
  const entry = entries.get(text)!.id;
  await admin.collection("content_versions").create({ entry, body: bodyFor(text, `live-${Date.now()}`), status: "published" });
  if (action === "publish") await admin.collection("content_versions").create({ entry, body: bodyFor(text, `draft-${Date.now()}`), status: "draft" });
}

beforeAll(async () => {
  const { server, world } = context;
  const admin = server.admin;
  const gentofte = world.otherMunicipality;
  const staff = async (person: Person, fields: Parameters<typeof createUser>[1]) => {
    people.set(person, await createUser(admin, fields));
    clients.set(person, await server.signIn(fields.email, password));
  };
  await staff("editorGentofte", { email: "editor@gentofte.api.test", role: "editor", municipality: gentofte.id });
  await staff("translatorTigrinya", { email: "translator-ti@api.test", role: "translator", languages: "ti" });
  await staff("deactivatedEditor", { email: "deactivated-editor@api.test", role: "editor", municipality: gentofte.id });
  await staff("deactivatedTranslator", { email: "deactivated-translator@api.test", role: "translator", languages: "ar" });
  // Signed in first, then deactivated: the token they hold must not work any more.
  for (const person of ["deactivatedEditor", "deactivatedTranslator"] as Person[]) await admin.collection("users").update(people.get(person)!.id, { deactivated: true });
  people.set("editorGlostrup", world.users.editor);
  clients.set("editorGlostrup", await server.signIn(world.users.editor.email, password));
  people.set("translatorArabic", world.users.translator);
  clients.set("translatorArabic", await server.signIn(world.users.translator.email, password));
  clients.set("anonymous", server.client());
  clients.set("superuser", admin);
  clients.set("refugee", await server.signIn(world.users.refugee.email, password));
  clients.set("caseworker", await server.signIn(world.users.caseworker.email, password));
  clients.set("volunteer", await server.signIn(world.users.volunteerValidShare.email, password));

  for (const [text, path] of Object.entries(paths) as [Text, string][]) {
    const kind = path.includes("/guides/") ? "guide" : path.includes("/glossary/") ? "glossary" : path.startsWith("locales/") ? "namespace" : path.includes("/municipalities/") ? "municipality" : "pack";
    const locale = kind === "municipality" ? "da" : kind === "pack" ? "" : path.match(/\/([a-z]{2,3})(\/|\.json)/)![1];
    const municipality = text === "hubGentofte" ? gentofte.id : text === "hubGlostrup" ? world.municipality.id : "";
    const key = kind === "municipality" ? slugOf(text) : text;
    const entry = await admin.collection("content_entries").create({ path, kind, key, locale, municipality });
    firstVersions.set(text, (await admin.collection("content_versions").create({ entry: entry.id, body: bodyFor(text, "first"), status: "published" })).id);
    entries.set(text, entry);
  }
  newDanishGuide = await admin.collection("content_entries").create({ path: "src/content/guides/da/new-guide.md", kind: "guide", key: "new-guide", locale: "da" });
  await admin.collection("content_versions").create({ entry: newDanishGuide.id, body: bodyFor("guideDa", "new guide"), status: "published" });
}, 120_000);

describe("publish, restore, confirm", () => {
  it.each(rows.map((scenario) => ({ ...scenario, name: `${scenario.person} ${scenario.allowed ? "may" : "may not"} ${scenario.action} ${scenario.text}` })))("$name", async ({ person, action, text, allowed }) => {
    await arrange(text, action);
    const before = await entryOf(text);
    const request = action === "restore" ? { version: firstVersions.get(text) } : action === "publish" ? { version: before.head_version } : undefined;
    const answer = await call(clients.get(person)!, "POST", `${before.id}/${action}`, request);
    if (!allowed) {
      expect(answer.status, JSON.stringify(answer.body)).toBe(signedOut(person) ? 401 : 403);
      const after = await entryOf(text);
      expect(after.head_version).toBe(before.head_version);
      expect(after.published_version).toBe(before.published_version);
      return;
    }
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const version = answer.body.version;
    expect(version).toMatchObject({ author: people.get(person)!.id, base_version: before.head_version, origin: "edit" });
    expect((await entryOf(text)).head_version).toBe(version.id);
    const audit = await context.server.admin.collection("audit_log").getFirstListItem(context.server.admin.filter("record = {:record}", { record: version.id }));
    expect(audit).toMatchObject({ actor: people.get(person)!.id, action: { publish: "content_published", restore: "content_restored", confirm: "content_confirmed" }[action], detail: paths[text] });
  });
});

describe("the lists and new translations", () => {
  it.each([
    ["editorGentofte", "stale", 200], ["editorGlostrup", "stale", 200], ["translatorArabic", "stale", 403],
    ["translatorArabic", "queue", 200], ["translatorTigrinya", "queue", 200], ["editorGentofte", "queue", 403],
    ...notWriters.flatMap((person) => [[person, "stale", signedOut(person) ? 401 : 403], [person, "queue", signedOut(person) ? 401 : 403]]),
  ] as Array<[Person, string, number]>)("%s GET %s → %i", async (person, list, status) => {
    const answer = await call(clients.get(person)!, "GET", list);
    expect(answer.status).toBe(status);
    if (status === 200) expect(answer.body.items.length).toBeGreaterThan(0);
  });

  it("the stale list holds only the editor's own hub, the queue only the translator's languages", async () => {
    const stale = (await call(clients.get("editorGentofte")!, "GET", "stale")).body.items.map((item: any) => item.path);
    expect(stale).toEqual(expect.arrayContaining([paths.guideDa, paths.glossaryDa, paths.hubGentofte]));
    expect(stale).not.toContain(paths.hubGlostrup);
    const queue = (await call(clients.get("translatorArabic")!, "GET", "queue")).body.items;
    expect(new Set(queue.map((item: any) => item.locale))).toEqual(new Set(["ar"]));
    expect((await call(clients.get("translatorArabic")!, "GET", "queue?locale=ti")).status).toBe(403);
  });

  it.each([
    ["translatorArabic", "ar", 200], ["translatorArabic", "ti", 403], ["translatorArabic", "da", 403], ["translatorTigrinya", "ti", 200],
    ["editorGentofte", "ar", 403], ["caseworker", "ar", 403], ["refugee", "ar", 403], ["volunteer", "ar", 403], ["superuser", "ar", 403],
    ["deactivatedTranslator", "ar", 401], ["anonymous", "ar", 401],
  ] as Array<[Person, string, number]>)("%s POST translations in %s → %i", async (person, locale, status) => {
    const path = `src/content/guides/${locale}/new-guide.md`;
    const count = async () => (await context.server.admin.collection("content_entries").getList(1, 1, { filter: context.server.admin.filter("path = {:path}", { path }) })).totalItems;
    const before = await count();
    const answer = await call(clients.get(person)!, "POST", "translations", { danish_entry: newDanishGuide.id, locale, body: bodyFor("guideAr", `${person}-${locale}`) });
    expect(answer.status, JSON.stringify(answer.body)).toBe(status);
    if (status === 200) {
      expect(before).toBe(0);
      expect(answer.body.entry.path).toBe(path);
      expect(answer.body.version.author).toBe(people.get(person)!.id);
      expect(await count()).toBe(1);
    } else {
      expect(await count()).toBe(before); // nothing written
    }
  });
});

describe("a translator never writes Danish or another language, an editor never a translation (403 with words)", () => {
  it.each([
    ["translatorArabic", "guideDa"], ["translatorArabic", "guideTi"], ["translatorArabic", "hubGentofte"], ["editorGentofte", "guideAr"], ["editorGentofte", "namespaceAr"],
  ] as Array<[Person, Text]>)("%s saving %s → 403", async (person, text) => {
    const entry = await entryOf(text);
    const refusal = await clients.get(person)!.collection("content_versions").create({ entry: entry.id, body: bodyFor(text, "no"), status: "draft", base_version: entry.head_version })
      .then(() => null, (error) => error);
    expect(refusal?.status).toBe(403);
    expect(refusal.response.message).toMatch(/^\S+( \S+){3,}/); // a sentence that says why
    expect((await entryOf(text)).head_version).toBe(entry.head_version);
  });

  it("positive control: the same translator saves Arabic", async () => {
    const entry = await entryOf("guideAr");
    const saved = await clients.get("translatorArabic")!.collection("content_versions").create({ entry: entry.id, body: bodyFor("guideAr", "yes"), status: "draft", base_version: entry.head_version });
    expect((await entryOf("guideAr")).head_version).toBe(saved.id);
  });
});

describe("editors and translators see no personal data", () => {
  it.each(["plans", "contacts", "appointments", "milestones", "shares", "audit_log"])("%s: nothing for editors and translators; the caseworker sees the plan's (positive control)", async (collection) => {
    for (const person of ["editorGentofte", "editorGlostrup", "translatorArabic"] as Person[]) {
      const seen = await clients.get(person)!.collection(collection).getList(1, 10).then((list) => list.totalItems, (error) => (error.status === 403 ? 0 : -1));
      expect(seen, `${person} ${collection}`).toBe(0);
    }
    if (collection !== "audit_log" && collection !== "shares") {
      expect((await clients.get("caseworker")!.collection(collection).getList(1, 10)).totalItems).toBeGreaterThan(0);
    }
  });

  it("users: an editor or translator sees only themself", async () => {
    for (const person of ["editorGentofte", "translatorArabic"] as Person[]) {
      const seen = await clients.get(person)!.collection("users").getFullList();
      expect(seen.map((user) => user.id)).toEqual([people.get(person)!.id]);
    }
  });
});
