// A contact the editor adds to the hub: its id from its name (a lowercase ASCII slug, unique among the file's
// contacts), and the contact itself with everything the form does not ask for empty, in the files' key order,
// so the saved text lays it out like its siblings. Pure: the hub form and the unit tests use it.
import type { Contact, ContactKind, Municipality } from "../../../content/municipalities/index.ts";

export interface NewContactChoice {
  name: string;
  /** "" until the editor chooses one. */
  kind: ContactKind | "";
  /** Ids of the hub's sources, in any order. */
  sources: string[];
}

/** The name as an id: Danish letters spelt out (æ → ae, ø → oe, å → aa), other accents dropped, the rest dashes. */
export function slugOf(name: string): string {
  return name.toLowerCase().replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa")
    .normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** A new id for a contact called `name`: its slug ("kontakt" when nothing is left), with -2, -3 … when taken. */
export function contactId(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = slugOf(name) || "kontakt";
  let id = base;
  for (let number = 2; used.has(id); number += 1) id = `${base}-${number}`;
  return id;
}

/** What is missing before the contact can be added: "name", "kind" and/or "sources" (at least one known source). */
export function newContactProblems(hub: Pick<Municipality, "sources">, choice: NewContactChoice): Array<"name" | "kind" | "sources"> {
  const known = new Set(hub.sources.map((source) => source.id));
  return [
    ...(choice.name.trim() === "" ? ["name" as const] : []),
    ...(choice.kind === "" ? ["kind" as const] : []),
    ...(choice.sources.some((id) => known.has(id)) ? [] : ["sources" as const]),
  ];
}

/**
 * The contact to add: the name trimmed, the id from it, every detail empty (null, description ""), checked today
 * (Danish day, "YYYY-MM-DD"), and its source as one id or, for several, a list in the order of the hub's sources.
 * Call it only when newContactProblems() is empty.
 */
export function newContact(hub: Pick<Municipality, "sources" | "contacts">, choice: NewContactChoice, today: string): Contact {
  const name = choice.name.trim();
  const sources = hub.sources.map((source) => source.id).filter((id) => choice.sources.includes(id));
  return {
    id: contactId(name, hub.contacts.map((contact) => contact.id)), name, organisation: null, kind: choice.kind as ContactKind,
    phone: null, email: null, address: null, url: null, openingHours: null, phoneHours: null,
    description: "", lastChecked: today, source: sources.length === 1 ? sources[0]! : sources,
  };
}
