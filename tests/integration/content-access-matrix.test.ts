// Who may write which text in the content store (issue 14), as ONE scenario table in the style of
// access-matrix.test.ts: each row is a person, a text and a save; the server must allow exactly what the row says.
// Allowed saves check the stored version and its audit row; refused ones check that nothing was written.
import { beforeAll, describe, expect, it } from "vitest";
import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { createMunicipality, createUser, password } from "../support/fixtures";
import { useWorld } from "../support/world";

type Person = "anonymous" | "refugee" | "caseworker" | "volunteer" | "editorGentofte" | "translatorArabic" | "translatorArabicPersian";
type Text = "guideDa" | "guideAr" | "guideTi" | "guideFa" | "glossaryDa" | "namespaceDa" | "namespaceAr" | "hubGentofte" | "hubGladsaxe" | "packRules";

const paths: Record<Text, string> = {
  guideDa: "src/content/guides/da/health.md",
  guideAr: "src/content/guides/ar/health.md",
  guideTi: "src/content/guides/ti/health.md",
  guideFa: "src/content/guides/fa/health.md",
  glossaryDa: "src/content/glossary/da.json",
  namespaceDa: "locales/da/common.json",
  namespaceAr: "locales/ar/common.json",
  hubGentofte: "src/content/municipalities/gentofte.json",
  hubGladsaxe: "src/content/municipalities/gladsaxe.json",
  packRules: "src/content/rules/deadline-rules.json",
};
// A text must pass the structural checks (src/domain/hub-validation.ts, content-validation.ts), so each gets the
// smallest good text of its kind.
const bodyFor = (text: Text, marker: string) =>
  paths[text].endsWith(".md") ? `---\ntitle: ${marker}\ndescription: ${marker}\norder: 1\nchecked: 2026-12-01\nsources:\n  - label: Kilde\ntranslation: source\n---\n\n${marker}\n`
    : paths[text].includes("municipalities/") ? `${JSON.stringify({ slug: text, name: marker, lastChecked: "2026-12-01", contacts: [], marker })}\n`
      : paths[text].includes("glossary/") ? `${JSON.stringify({ translation: "source", terms: [{ id: "marker", term: marker, definition: marker }], marker })}\n`
        : `${JSON.stringify({ marker })}\n`;

interface Row {
  person: Person;
  text: Text;
  /** What the save asks for, on top of entry, body and base version. */
  fields?: Record<string, unknown>;
  allowed: boolean;
}

const row = (person: Person, text: Text, allowed: boolean, fields: Record<string, unknown> = {}): Row => ({ person, text, allowed, fields });
const notWriters: Person[] = ["anonymous", "refugee", "caseworker", "volunteer"];
const rows: Row[] = [
  // A translator of Arabic saves and reviews Arabic texts, never Tigrinya, Persian, Danish or a hub.
  row("translatorArabic", "guideAr", true),
  row("translatorArabic", "guideAr", true, { translation_status: "reviewed" }),
  row("translatorArabic", "namespaceAr", true, { translation_status: "reviewed" }),
  row("translatorArabic", "guideTi", false),
  row("translatorArabic", "guideTi", false, { translation_status: "reviewed" }),
  row("translatorArabic", "guideFa", false),
  row("translatorArabic", "guideDa", false),
  row("translatorArabic", "glossaryDa", false),
  row("translatorArabic", "hubGentofte", false),
  row("translatorArabic", "packRules", false),
  row("translatorArabicPersian", "guideFa", true, { translation_status: "reviewed" }),
  // An editor of Gentofte writes Danish guides and glossary and Gentofte's hub; not Gladsaxe's, not translations,
  // not the UI strings or the rules, and never marks anything reviewed.
  row("editorGentofte", "guideDa", true),
  row("editorGentofte", "guideDa", true, { status: "draft" }),
  row("editorGentofte", "glossaryDa", true),
  row("editorGentofte", "hubGentofte", true),
  row("editorGentofte", "hubGladsaxe", false),
  row("editorGentofte", "guideAr", false),
  row("editorGentofte", "guideAr", false, { translation_status: "reviewed" }),
  row("editorGentofte", "namespaceDa", false),
  row("editorGentofte", "packRules", false),
  // Nobody saves the import's kind of version.
  row("editorGentofte", "guideDa", false, { status: "upstream" }),
  row("translatorArabic", "guideAr", false, { status: "upstream" }),
  // Caseworkers, volunteers, refugees and anonymous visitors write nothing.
  ...notWriters.flatMap((person) => (["guideDa", "guideAr", "hubGentofte"] as Text[]).map((text) => row(person, text, false))),
];

const context = useWorld();
const clients = new Map<Person, PocketBase>();
const people = new Map<Person, RecordModel>();
const entries = new Map<Text, RecordModel>();
const drafts = new Map<Text, RecordModel>();

async function headOf(text: Text): Promise<string> {
  return (await context.server.admin.collection("content_entries").getOne(entries.get(text)!.id)).head_version;
}

beforeAll(async () => {
  const { server, world } = context;
  const admin = server.admin;
  const gentofte = world.otherMunicipality; // the world's second municipality is Gentofte
  const gladsaxe = await createMunicipality(admin, "gladsaxe");
  const staff = async (person: Person, fields: Parameters<typeof createUser>[1]) => {
    people.set(person, await createUser(admin, fields));
    clients.set(person, await server.signIn(fields.email, password));
  };
  await staff("editorGentofte", { email: "editor@gentofte.test", role: "editor", municipality: gentofte.id });
  await staff("translatorArabic", { email: "translator-ar@content.test", role: "translator", languages: "ar" });
  await staff("translatorArabicPersian", { email: "translator-ar-fa@content.test", role: "translator", languages: "fa ar" });
  clients.set("anonymous", server.client());
  clients.set("refugee", await server.signIn(world.users.refugee.email, password));
  clients.set("caseworker", await server.signIn(world.users.caseworker.email, password));
  clients.set("volunteer", await server.signIn(world.users.volunteerValidShare.email, password));

  // The texts, as the import makes them: an entry with a published version; plus a draft of each.
  for (const [text, path] of Object.entries(paths) as [Text, string][]) {
    const parts = path.match(/(guides|glossary|locales|municipalities|rules)\/([a-z]+)?/)!;
    const kind = { guides: "guide", glossary: "glossary", locales: "namespace", municipalities: "municipality", rules: "pack" }[parts[1]!]!;
    const locale = kind === "municipality" ? "da" : kind === "pack" ? "" : path.match(/\/([a-z]{2,3})(\/|\.json)/)![1];
    const municipality = text === "hubGentofte" ? gentofte.id : text === "hubGladsaxe" ? gladsaxe.id : "";
    const entry = await admin.collection("content_entries").create({ path, kind, key: text, locale, municipality });
    await admin.collection("content_versions").create({ entry: entry.id, body: bodyFor(text, "published"), status: "published" });
    drafts.set(text, await admin.collection("content_versions").create({ entry: entry.id, body: bodyFor(text, "draft"), status: "draft" }));
    entries.set(text, entry);
  }
}, 120_000);

describe("saving a text", () => {
  it.each(rows.map((scenario) => ({ ...scenario, name: `${scenario.person} ${scenario.allowed ? "may" : "may not"} save ${scenario.text} ${JSON.stringify(scenario.fields)}` })))("$name", async ({ person, text, fields, allowed }) => {
    const { admin } = context.server;
    const client = clients.get(person)!;
    const marker = `${person}-${text}-${Date.now()}`;
    const before = await headOf(text);
    const attempt = client.collection("content_versions").create({
      entry: entries.get(text)!.id, body: bodyFor(text, marker), status: "published", base_version: before, ...fields,
    });
    if (!allowed) {
      const error = await attempt.then(() => null, (refusal) => refusal);
      expect(error, "refused").not.toBeNull();
      expect([400, 403, 404]).toContain(error.status);
      // An editor or translator asking for a text that is not theirs hears so: 403 from the server's own check
      // (the rule only refuses the import's statuses and an editor's review, with its 400).
      const writer = person.startsWith("editor") || person.startsWith("translator");
      const ruleRefusal = fields?.status !== undefined || (person.startsWith("editor") && fields?.translation_status === "reviewed");
      if (writer && !ruleRefusal) expect(error.status).toBe(403);
      expect(await headOf(text)).toBe(before);
      expect(await admin.collection("content_versions").getList(1, 1, { filter: admin.filter("body ~ {:marker}", { marker }) })).toMatchObject({ totalItems: 0 });
      return;
    }
    const version = await attempt;
    const stored = await admin.collection("content_versions").getOne(version.id);
    const author = people.get(person)!.id;
    expect(stored).toMatchObject({ origin: "edit", author, base_version: before });
    // The server's bookkeeping may add front matter lines (sourceHash, translation, changed); the text is the person's.
    expect(stored.body).toContain(marker);
    if (text === "guideAr" || text === "guideFa") expect(stored.body).toMatch(/^translation: (machine|reviewed)$/m);
    expect(await headOf(text)).toBe(version.id);
    const entry = await admin.collection("content_entries").getOne(entries.get(text)!.id);
    if (stored.status === "published") expect(entry.published_version).toBe(version.id);
    if (fields?.translation_status === "reviewed") {
      expect(stored.reviewed_by).toBe(author);
      expect(Date.now() - Date.parse(stored.reviewed_at)).toBeLessThan(120_000);
    } else {
      expect(stored.reviewed_by).toBe("");
      expect(stored.translation_status).toBe(entry.locale === "da" || entry.kind === "municipality" ? "" : "machine");
    }
    const audit = await admin.collection("audit_log").getFirstListItem(admin.filter("record = {:record}", { record: version.id }));
    expect(audit).toMatchObject({ actor: author, action: `content_${stored.status}`, collection: "content_versions", detail: paths[text] });
  });
});

describe("versions are history: nobody changes or deletes one", () => {
  it.each(["editorGentofte", "translatorArabic", "caseworker", "anonymous"] as Person[])("%s cannot change or delete a version", async (person) => {
    const client = clients.get(person)!;
    const version = drafts.get(person === "translatorArabic" ? "guideAr" : "guideDa")!;
    await expect(client.collection("content_versions").update(version.id, { body: bodyFor("guideDa", "overwritten") })).rejects.toMatchObject({ status: expect.any(Number) });
    await expect(client.collection("content_versions").delete(version.id)).rejects.toMatchObject({ status: expect.any(Number) });
    await expect(client.collection("content_entries").update(entries.get("guideDa")!.id, { published_version: version.id })).rejects.toMatchObject({ status: expect.any(Number) });
    const stored = await context.server.admin.collection("content_versions").getOne(version.id);
    expect(stored.body).toBe(bodyFor(person === "translatorArabic" ? "guideAr" : "guideDa", "draft"));
  });
});

describe("reading", () => {
  const versionsOf = (client: PocketBase, text: Text) =>
    client.collection("content_versions").getFullList({ filter: client.filter("entry = {:entry}", { entry: entries.get(text)!.id }) });

  it.each(["anonymous", "refugee", "caseworker", "volunteer", "translatorArabic"] as Person[])("%s reads only published versions of a Danish guide", async (person) => {
    const seen = await versionsOf(clients.get(person)!, "guideDa");
    expect(seen.length).toBeGreaterThan(0); // positive control: the published ones
    expect(seen.every((version) => version.status === "published")).toBe(true);
    await expect(clients.get(person)!.collection("content_versions").getOne(drafts.get("guideDa")!.id)).rejects.toMatchObject({ status: 404 });
  });

  it("a writer of the text also sees its drafts (the editor the Danish guide's, the translator the Arabic one's)", async () => {
    expect((await versionsOf(clients.get("editorGentofte")!, "guideDa")).map((version) => version.id)).toContain(drafts.get("guideDa")!.id);
    expect((await versionsOf(clients.get("translatorArabic")!, "guideAr")).map((version) => version.id)).toContain(drafts.get("guideAr")!.id);
    expect((await versionsOf(clients.get("translatorArabic")!, "guideTi")).map((version) => version.id)).not.toContain(drafts.get("guideTi")!.id);
  });

  it("everyone may list the texts (what exists and what is live is public)", async () => {
    const listed = await clients.get("anonymous")!.collection("content_entries").getFullList();
    expect(listed.map((entry) => entry.path)).toEqual(expect.arrayContaining(Object.values(paths)));
  });
});

describe("two people editing the same text", () => {
  it("refuses the second save with a 409 that says so, and keeps the first", async () => {
    const editor = clients.get("editorGentofte")!;
    const entry = entries.get("hubGentofte")!.id;
    const base = await headOf("hubGentofte");
    const first = await editor.collection("content_versions").create({ entry, body: bodyFor("hubGentofte", "first"), status: "published", base_version: base });
    const second = await editor.collection("content_versions").create({ entry, body: bodyFor("hubGentofte", "second"), status: "published", base_version: base })
      .then(() => null, (refusal) => refusal);
    expect(second?.status).toBe(409);
    expect(second?.response?.message).toMatch(/Someone else saved this text/);
    expect(second?.response?.data?.base_version?.code).toBe("edit_conflict");
    // The refused text is kept as a conflict version (tests/integration/content-workflow.test.ts has the details).
    expect(second?.response?.data?.conflict_version?.code).toBe("kept");
    expect(await headOf("hubGentofte")).toBe(first.id);
    // Positive control: starting from the latest version, the save goes through.
    const third = await editor.collection("content_versions").create({ entry, body: bodyFor("hubGentofte", "second"), status: "published", base_version: first.id });
    expect(await headOf("hubGentofte")).toBe(third.id);
  });
});

describe("bad input gets a 400 with a message per field", () => {
  it.each([
    ["a glossary that is not JSON", "glossaryDa" as Text, { body: "{ not json" }, "body", "validation_json"],
    ["a guide without front matter", "guideDa" as Text, { body: "Just text" }, "body", "validation_front_matter"],
    ["an empty text", "guideDa" as Text, { body: "" }, "body", "validation_required"],
    ["a translation status on Danish", "guideDa" as Text, { translation_status: "machine" }, "translation_status", "validation_not_a_translation"],
    ["an unknown translation status", "guideAr" as Text, { translation_status: "perfect" }, "translation_status", "validation_invalid_value"],
    ["an unknown status", "guideDa" as Text, { status: "final" }, "status", "validation_invalid_value"],
    ["no status", "guideDa" as Text, { status: "" }, "status", "validation_required"],
  ])("%s", async (_name, text, fields, field, code) => {
    const person: Person = text === "guideAr" ? "translatorArabic" : "editorGentofte";
    const attempt = await clients.get(person)!.collection("content_versions").create({
      entry: entries.get(text)!.id, body: bodyFor(text, "ok"), status: "published", base_version: await headOf(text), ...fields,
    }).then(() => null, (refusal) => refusal);
    expect(attempt?.status).toBe(400);
    expect(attempt?.response?.data?.[field]).toMatchObject({ code, message: expect.any(String) });
  });

  it.each([
    ["Danish", "ar da", "validation_languages_danish"],
    ["an unknown code", "ar xx", "validation_unknown_locale"],
    ["a name instead of a code", "Arabic", "validation_unknown_locale"],
  ])("users.languages refuses %s", async (_name, languages, code) => {
    const attempt = await context.server.admin.collection("users").update(people.get("translatorArabic")!.id, { languages })
      .then(() => null, (refusal) => refusal);
    expect(attempt?.status).toBe(400);
    expect(attempt?.response?.data?.languages).toMatchObject({ code, message: expect.any(String) });
  });

  it("users.languages is only for translators, and is stored sorted (positive control)", async () => {
    const { admin } = context.server;
    const onEditor = await admin.collection("users").update(people.get("editorGentofte")!.id, { languages: "ar" }).then(() => null, (refusal) => refusal);
    expect(onEditor?.response?.data?.languages?.code).toBe("validation_languages_translator_only");
    expect((await admin.collection("users").getOne(people.get("translatorArabicPersian")!.id)).languages).toBe("ar fa");
  });
});

describe("only a superuser sets role and languages", () => {
  it("a translator cannot add a language or change their role, but can change their name (positive control)", async () => {
    const translator = clients.get("translatorArabic")!;
    const id = people.get("translatorArabic")!.id;
    await expect(translator.collection("users").update(id, { languages: "ar ti" })).rejects.toMatchObject({ status: 404 });
    await expect(translator.collection("users").update(id, { role: "editor" })).rejects.toMatchObject({ status: 404 });
    await translator.collection("users").update(id, { name: "Oversætter" });
    const stored = await context.server.admin.collection("users").getOne(id);
    expect(stored).toMatchObject({ languages: "ar", role: "translator", name: "Oversætter" });
  });

  it("an editor cannot make themself a translator", async () => {
    const id = people.get("editorGentofte")!.id;
    await expect(clients.get("editorGentofte")!.collection("users").update(id, { role: "translator", languages: "ar" })).rejects.toMatchObject({ status: 404 });
    expect((await context.server.admin.collection("users").getOne(id)).role).toBe("editor");
  });
});
