// "Add a contact" in the hub form (src/islands/editor/lib/new-contact.ts): the id from the name (ASCII slug, Danish
// letters spelt out, unique among the file's contacts), what must be answered first, and the new contact itself,
// which the server's validation accepts and the saved text lays out like its siblings.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTACT_KINDS } from "../../src/content/municipalities/contact-kinds";
import type { Municipality } from "../../src/content/municipalities/index";
import { validateHub } from "../../src/domain/hub-validation";
import { updateJsonText } from "../../src/islands/editor/lib/json-edit";
import { contactId, newContact, newContactProblems, slugOf, type NewContactChoice } from "../../src/islands/editor/lib/new-contact";

const gentofteText = readFileSync("src/content/municipalities/gentofte.json", "utf8");
const gentofte = JSON.parse(gentofteText) as Municipality;
const today = "2026-12-01";
const choice = (fields: Partial<NewContactChoice>): NewContactChoice => ({ name: "Sundhedshuset", kind: "health", sources: ["gentofte-integration"], ...fields });

describe("slugOf", () => {
  it.each([
    ["Røde Kors Glostrup", "roede-kors-glostrup"],
    ["Følg en familie/ven", "foelg-en-familie-ven"],
    ["Ældre Sagen", "aeldre-sagen"],
    ["Åbent Hus", "aabent-hus"],
    ["ÆØÅ æøå", "aeoeaa-aeoeaa"],
    ["Café Ünal", "cafe-unal"],
    ["  Jobcenter  Gentofte!! ", "jobcenter-gentofte"],
    ["Sundhedshuset, 2. sal", "sundhedshuset-2-sal"],
    ["VITO – Børn & Unge", "vito-boern-unge"],
    ["Центр", ""],
    ["", ""],
  ])("%j → %j", (name, slug) => expect(slugOf(name)).toBe(slug));
});

describe("contactId", () => {
  it.each([
    { name: "Jobcenter", taken: [], id: "jobcenter" },
    { name: "Jobcenter", taken: ["jobcenter"], id: "jobcenter-2" },
    { name: "Jobcenter", taken: ["jobcenter", "jobcenter-2"], id: "jobcenter-3" },
    { name: "Jobcenter", taken: ["jobcenter", "jobcenter-3"], id: "jobcenter-2" },
    { name: "jobcenter-2", taken: ["jobcenter-2"], id: "jobcenter-2-2" },
    { name: "Røde Kors", taken: gentofte.contacts.map((contact) => contact.id), id: "roede-kors-2" },
    { name: "!!!", taken: [], id: "kontakt" },
    { name: "Центр", taken: ["kontakt"], id: "kontakt-2" },
  ])("$name with $taken taken → $id", ({ name, taken, id }) => expect(contactId(name, taken)).toBe(id));
  it("positive control: gentofte really has a contact roede-kors", () => expect(gentofte.contacts.map((contact) => contact.id)).toContain("roede-kors"));
});

describe("newContactProblems", () => {
  it.each([
    { name: "all answered", given: choice({}), problems: [] },
    { name: "several sources", given: choice({ sources: ["star-reform", "gentofte-integration"] }), problems: [] },
    { name: "no name", given: choice({ name: "" }), problems: ["name"] },
    { name: "a name of spaces", given: choice({ name: "   " }), problems: ["name"] },
    { name: "no kind", given: choice({ kind: "" }), problems: ["kind"] },
    { name: "no source", given: choice({ sources: [] }), problems: ["sources"] },
    { name: "only a source the hub does not have", given: choice({ sources: ["nowhere"] }), problems: ["sources"] },
    { name: "nothing", given: choice({ name: "", kind: "", sources: [] }), problems: ["name", "kind", "sources"] },
  ])("$name → $problems", ({ given, problems }) => expect(newContactProblems(gentofte, given)).toEqual(problems));
});

describe("newContact", () => {
  it.each([
    { name: "one source is its id", given: choice({}), id: "sundhedshuset", source: "gentofte-integration" },
    { name: "several sources are a list in the hub's order", given: choice({ sources: ["star-reform", "gentofte-flygtninge"] }), id: "sundhedshuset",
      source: ["gentofte-flygtninge", "star-reform"] },
    { name: "an unknown id is left out", given: choice({ sources: ["nowhere", "star-reform"] }), id: "sundhedshuset", source: "star-reform" },
    { name: "a taken id gets -2, the name is trimmed", given: choice({ name: "  Jobcenter ", kind: "jobcentre" }), id: "jobcenter-2", source: "gentofte-integration" },
  ])("$name", ({ given, id, source }) => {
    const contact = newContact(gentofte, given, today);
    expect(contact).toEqual({
      id, name: given.name.trim(), organisation: null, kind: given.kind, phone: null, email: null, address: null, url: null,
      openingHours: null, phoneHours: null, description: "", lastChecked: today, source,
    });
  });

  it("has the files' keys in their order, so the saved text lays it out like the contact before it", () => {
    const contact = newContact(gentofte, choice({}), today);
    expect(Object.keys(contact)).toEqual(Object.keys(gentofte.contacts.at(-1)!));
    const saved = updateJsonText(gentofteText, { ...gentofte, contacts: [...gentofte.contacts, contact] });
    expect(JSON.parse(saved).contacts.at(-1)).toEqual(contact);
    // Laid out over several lines like its siblings (not one inline object); everything before it keeps its bytes.
    expect(saved).toContain(`\n      "id": "sundhedshuset", "name": "Sundhedshuset", "organisation": null, "kind": "health",\n`);
    const lastBefore = gentofteText.lastIndexOf(`"source"`, gentofteText.indexOf(`"promises"`));
    expect(saved.slice(0, lastBefore)).toBe(gentofteText.slice(0, lastBefore));
  });

  it("offers every kind of the one list, and each is a contact the server accepts", () => {
    expect(CONTACT_KINDS).toContain("jobcentre");
    for (const kind of CONTACT_KINDS) {
      const contact = newContact(gentofte, choice({ kind }), today);
      expect(validateHub({ ...gentofte, contacts: [...gentofte.contacts, contact] }, { slug: "gentofte" })).toEqual({});
    }
  });
});
