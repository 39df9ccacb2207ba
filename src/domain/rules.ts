// The deadline rules: national ones from src/content/rules/deadline-rules.json, plus the municipality's own
// from its data file, which add rules or replace a national rule of the same kind.
import national from "../content/rules/deadline-rules.json" with { type: "json" };
import municipalityIndex from "../content/municipalities/index.generated.json" with { type: "json" };
import type { Offset } from "./dates.ts";

export const MILESTONE_KINDS = [
  "welcome_letter", "intro_internship", "guided_tour", "medical_check", "jobcenter_meeting",
  "integration_program_start", "integration_contract", "danish_lessons_start", "health_assessment_offer",
  "contract_follow_up", "digital_denmark", "children_school_daycare", "family_support", "volunteer_guardian",
  "program_end",
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export type Audience = "all" | "adults" | "families" | "unaccompanied_minors";

export interface DeadlineRule {
  kind: MilestoneKind;
  anchor: "arrival" | "responsibility";
  /** null: early, no set date. */
  offset: Offset | null;
  /** An earlier date to aim at, where the law says "where possible". */
  target?: Offset;
  recurring?: boolean;
  appliesTo: Audience;
  source: string;
}

// Every municipality data file's own rules (index.generated.json is rebuilt from the folder of data files).
const municipalityRules: Record<string, unknown[]> = Object.fromEntries(
  municipalityIndex.municipalities.map((municipality) => [municipality.slug, municipality.rules as unknown[]]),
);

export const MUNICIPALITY_SLUGS: string[] = Object.keys(municipalityRules);

export function isMilestoneKind(value: unknown): value is MilestoneKind {
  return typeof value === "string" && (MILESTONE_KINDS as readonly string[]).includes(value);
}

/** National rules, with the municipality's own rules added or replacing those of the same kind. */
export function rulesForMunicipality(slug: string): DeadlineRule[] {
  const local = municipalityRules[slug];
  if (!local) throw new Error(`Unknown municipality "${slug}". Known: ${MUNICIPALITY_SLUGS.join(", ")}`);
  const byKind = new Map<string, DeadlineRule>();
  for (const rule of [...national.rules, ...local] as DeadlineRule[]) byKind.set(rule.kind, rule);
  return MILESTONE_KINDS.filter((kind) => byKind.has(kind)).map((kind) => byKind.get(kind) as DeadlineRule);
}
