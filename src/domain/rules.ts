// The deadline rules: national ones from src/content/rules/deadline-rules.json (the law), plus the
// municipality's own from its data file. A local rule of a kind the law also sets is a promise that can only
// tighten the legal limit: the plan's milestone is due at the earlier of the two (see milestones.ts).
import national from "../content/rules/deadline-rules.json" with { type: "json" };
import municipalityIndex from "../content/municipalities/index.generated.json" with { type: "json" };
import type { Offset } from "./dates.ts";

export const MILESTONE_KINDS = [
  "welcome_letter", "intro_internship", "guided_tour", "medical_check", "jobcenter_meeting",
  "integration_program_start", "integration_contract", "danish_lessons_start", "visitation", "health_assessment_offer",
  "contract_follow_up", "digital_denmark", "children_school_daycare", "family_support", "volunteer_guardian",
  "program_end",
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** plans.basis: on what ground the person lives here. The migrations' select values must equal these. */
export const RESIDENCE_BASES = ["refugee", "quota_refugee", "family_reunified_to_refugee", "family_reunified_other"] as const;
export type ResidenceBasis = (typeof RESIDENCE_BASES)[number];
export const DEFAULT_RESIDENCE_BASIS: ResidenceBasis = "refugee";

export function isResidenceBasis(value: unknown): value is ResidenceBasis {
  return typeof value === "string" && (RESIDENCE_BASES as readonly string[]).includes(value);
}

/**
 * Who in the household a rule is for. "adults": the plan's person was 18 or over at T0 (integrationsloven § 16
 * stk. 1), i.e. not an unaccompanied minor. "children": any child in the plan, the unaccompanied minor too.
 * "families": parents with children (not an unaccompanied minor, who has no family here).
 */
export type Audience = "all" | "adults" | "children" | "families" | "unaccompanied_minors";

/** Where a rule comes from. `checked`: the day its text was compared with the page; null = cited, not compared. */
export interface RuleSource {
  name: string;
  url: string | null;
  checked: string | null;
}

/** A rule that happens several times: the k-th is due k × `every` after anchor + offset, all within `within`. */
export interface Repeat {
  count: number;
  every: Offset;
  within: Offset;
}

export interface DeadlineRule {
  kind: MilestoneKind;
  anchor: "arrival" | "responsibility";
  /** null: early, no set date. */
  offset: Offset | null;
  /** An earlier date to aim at, where the law says "where possible". */
  target?: Offset;
  repeat?: Repeat;
  /** How long it lasts, where a source gives a length but no start (Gentofte's family support). */
  duration?: Offset;
  appliesTo: Audience;
  /** The residence bases it covers; all when absent. */
  bases?: ResidenceBasis[];
  /** Bases for which the law makes it depend on the municipality's assessment of need. */
  conditionalFor?: ResidenceBasis[];
  sources: RuleSource[];
}

/** One kind as it applies in a municipality: the legal rule, the local promise, or both. */
export interface PlanRule {
  kind: MilestoneKind;
  legal: DeadlineRule | null;
  local: DeadlineRule | null;
}

// Every municipality data file's own rules (index.generated.json is rebuilt from the folder of data files).
const municipalityRules: Record<string, DeadlineRule[]> = Object.fromEntries(
  municipalityIndex.municipalities.map((municipality) => [municipality.slug, municipality.rules as unknown as DeadlineRule[]]),
);
const nationalRules = national.rules as unknown as DeadlineRule[];

export const MUNICIPALITY_SLUGS: string[] = Object.keys(municipalityRules);

export function isMilestoneKind(value: unknown): value is MilestoneKind {
  return typeof value === "string" && (MILESTONE_KINDS as readonly string[]).includes(value);
}

/** The national rules with the municipality's own beside them, one entry per kind, in MILESTONE_KINDS order. */
export function rulesForMunicipality(slug: string): PlanRule[] {
  const local = municipalityRules[slug];
  if (!local) throw new Error(`Unknown municipality "${slug}". Known: ${MUNICIPALITY_SLUGS.join(", ")}`);
  const legalByKind = new Map(nationalRules.map((rule) => [rule.kind, rule]));
  const localByKind = new Map(local.map((rule) => [rule.kind, rule]));
  return MILESTONE_KINDS.filter((kind) => legalByKind.has(kind) || localByKind.has(kind)).map((kind) => ({
    kind,
    legal: legalByKind.get(kind) ?? null,
    local: localByKind.get(kind) ?? null,
  }));
}
