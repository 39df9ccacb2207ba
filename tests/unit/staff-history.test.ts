// The staff history as sentences: who did what to which thing, in the reader's language (Danish and English).
import { describe, expect, it } from "vitest";
import { islandMessages } from "../../src/i18n/island-messages";
import { createIslandIntl } from "../../src/islands/lib/intl";
import { historySentence, type AuditRow } from "../../src/islands/staff/history";

const names = { people: { u1: "Maria Jensen", u2: "أمل حسن" }, records: { a1: "Lægetjek", m1: "Integrationskontrakt", c1: "Røde Kors" } };
const row = (action: string, collection: string, actor: string, record = ""): AuditRow => ({ id: "x", action, collection, record, actor, at: "2026-12-01 10:00:00.000Z" });

describe("history sentences", () => {
  const da = createIslandIntl("da", islandMessages("da", ["staff."]));
  const en = createIslandIntl("en", islandMessages("en", ["staff."]));
  it.each([
    [row("create", "appointments", "u1", "a1"), "Maria Jensen tilføjede aftalen Lægetjek", "Maria Jensen added the appointment Lægetjek"],
    [row("update", "milestones", "u1", "m1"), "Maria Jensen ændrede fristen Integrationskontrakt", "Maria Jensen changed the milestone Integrationskontrakt"],
    [row("create", "contacts", "u1", "c1"), "Maria Jensen tilføjede kontakten Røde Kors", "Maria Jensen added the contact Røde Kors"],
    [row("activate", "users", "u2"), "أمل حسن aktiverede sin konto", "أمل حسن activated their account"],
    [row("issue_activation_code", "activation_codes", "u1"), "Maria Jensen lavede en ny aktiveringskode", "Maria Jensen made a new activation code"],
    [row("recompute_move", "milestones", "superuser:abc"), "Systemet beregnede fristerne igen", "The system recomputed the milestones"],
    [row("share_use", "shares", "anonymous"), "En frivillig så den delte plan", "A volunteer viewed the shared plan"],
    [row("create", "plans", "nobody-known"), "En bruger oprettede planen", "A user created the plan"],
  ])("%o", (entry, danish, english) => {
    expect(historySentence(da, entry, names)).toBe(danish);
    expect(historySentence(en, entry, names)).toBe(english);
  });

  it("an action without a sentence still says who did what, never a raw key", () => {
    expect(historySentence(da, row("frobnicate", "plans", "u1"), names)).toBe("Maria Jensen: frobnicate (plans)");
  });
});
