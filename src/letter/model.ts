// What goes into a welcome letter, worked out from the plan facts with the same deadline rules the server uses.
// Pure: the letter form (browser), the batch command (Node) and the tests all build letters through this.
import { getMunicipality, type Contact, type Municipality } from "../content/municipalities/index.ts";
import { computeMilestones, type PlanFacts } from "../domain/milestones.ts";
import { rulesForMunicipality, type MilestoneKind } from "../domain/rules.ts";

export interface LetterInput {
  refugeeName: string;
  /** The refugee's locale code; Danish is always the second language. */
  language: string;
  municipality: string;
  facts: PlanFacts;
  appointments: Array<{ title: string; starts: string; place?: string; interpreter?: boolean }>;
  caseworker: { name: string; phone?: string; email?: string };
  /** Present when a code was issued: the code as printed and the full activation URL. */
  activation?: { code: string; url: string; expires: string } | null;
  /** The person activated their account already: the letter says so and gives no code (activation is null). */
  alreadyActive?: boolean;
  /** Where an already active person signs in (their language's personal page), e.g. https://…/ar/me/. */
  signInUrl?: string;
}

export interface LetterModel extends LetterInput {
  municipalityData: Municipality;
  milestones: Array<{ kind: MilestoneKind; due: string | null }>;
  helpContacts: Contact[];
}

/** How many milestones and contacts fit on the first page next to everything else. */
const MILESTONES_ON_LETTER = 6;
const HELP_CONTACTS_ON_LETTER = 3;

export function buildLetterModel(input: LetterInput): LetterModel {
  const municipalityData = getMunicipality(input.municipality);
  const computed = computeMilestones(input.facts, rulesForMunicipality(input.municipality))
    .filter((milestone) => milestone.kind !== "welcome_letter" && milestone.kind !== "program_end");
  // Dated ones first, in date order; "early, no set date" ones after them.
  const milestones = computed
    .map((milestone) => ({ kind: milestone.kind, due: milestone.targetDue ?? milestone.due }))
    .sort((first, second) => (first.due ?? "9999").localeCompare(second.due ?? "9999"))
    .slice(0, MILESTONES_ON_LETTER);
  const helpContacts = municipalityData.contacts
    .filter((contact) => contact.kind === "volunteer" || (contact.kind === "municipality" && contact.openingHours))
    .slice(0, HELP_CONTACTS_ON_LETTER);
  return { ...input, municipalityData, milestones, helpContacts, appointments: [...input.appointments].sort((a, b) => a.starts.localeCompare(b.starts)).slice(0, 3) };
}
