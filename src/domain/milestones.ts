// A plan's milestones and their due dates, from the deadline rules. Pure: the server runs it when a plan is
// created, when its dates change and when a caseworker asks to recompute; the site runs it for the letter and
// the timeline.
import { addOffset, isIsoDate, type Offset } from "./dates.ts";
import {
  DEFAULT_RESIDENCE_BASIS, isResidenceBasis, RESIDENCE_BASES,
  type Audience, type DeadlineRule, type MilestoneKind, type PlanRule, type ResidenceBasis, type RuleSource,
} from "./rules.ts";

export interface Household {
  adults: number;
  children: number;
  unaccompanied_minor: boolean;
}

export interface PlanFacts {
  arrivalDate: string;
  responsibilityDate: string;
  household: Household;
  /** plans.basis; "refugee" when absent. */
  basis?: ResidenceBasis;
}

export interface ComputedMilestone {
  kind: MilestoneKind;
  /** The effective date, "YYYY-MM-DD": the earlier of legalDue and localDue (for a repeat: its planned date). Null: early, no set date. */
  due: string | null;
  /** The statutory limit, when a national rule sets one. */
  legalDue: string | null;
  /** The municipality's own promise, when it has one. */
  localDue: string | null;
  /** An earlier date to aim for, where the law says "where possible" and it is before `due`. */
  targetDue: string | null;
  /** 1, 2, … for a rule that repeats (§ 20 follow-ups); null otherwise. */
  occurrence: number | null;
  /** The caseworker adds more of these as needed after the planned ones. */
  recurring: boolean;
  /** Offered only if the municipality assesses a need (or chooses to), for this person's residence basis. */
  conditional: boolean;
  /** A length without a start date (e.g. "support lasts three years"). */
  duration: Offset | null;
  sources: RuleSource[];
}

export interface StoredMilestone {
  kind: string;
  due: string | null;
  status: "open" | "done" | "skipped";
}

function applies(audience: Audience, household: Household): boolean {
  switch (audience) {
    case "all": return true;
    case "adults": return household.adults > 0 && !household.unaccompanied_minor;
    case "children": return household.children > 0;
    case "families": return household.children > 0 && !household.unaccompanied_minor;
    case "unaccompanied_minors": return household.unaccompanied_minor;
  }
}

function ruleCovers(rule: DeadlineRule, facts: PlanFacts): boolean {
  const basis = facts.basis ?? DEFAULT_RESIDENCE_BASIS;
  return applies(rule.appliesTo, facts.household) && (!rule.bases || rule.bases.includes(basis));
}

function anchorDate(rule: DeadlineRule, facts: PlanFacts): string {
  return rule.anchor === "arrival" ? facts.arrivalDate : facts.responsibilityDate;
}

function dueOf(rule: DeadlineRule | null, facts: PlanFacts): string | null {
  return rule?.offset ? addOffset(anchorDate(rule, facts), rule.offset) : null;
}

function earlier(first: string | null, second: string | null): string | null {
  if (first === null) return second;
  if (second === null) return first;
  return first <= second ? first : second;
}

/** The k-th planned date and the shared legal limit of a repeating rule. */
function occurrencesOf(rule: DeadlineRule & { repeat: NonNullable<DeadlineRule["repeat"]> }, facts: PlanFacts) {
  const start = rule.offset ? addOffset(anchorDate(rule, facts), rule.offset) : anchorDate(rule, facts);
  const limit = addOffset(start, rule.repeat.within);
  return Array.from({ length: rule.repeat.count }, (_, index) => {
    const every = rule.repeat.every;
    const times = index + 1;
    const planned = addOffset(start, {
      days: (every.days ?? 0) * times, weeks: (every.weeks ?? 0) * times,
      months: (every.months ?? 0) * times, years: (every.years ?? 0) * times,
    });
    return { occurrence: times, planned: earlier(planned, limit) as string, limit };
  });
}

export function computeMilestones(facts: PlanFacts, rules: PlanRule[]): ComputedMilestone[] {
  const basis = facts.basis ?? DEFAULT_RESIDENCE_BASIS;
  const milestones: ComputedMilestone[] = [];
  for (const rule of rules) {
    // Who a milestone is for follows the law where there is one: a local promise can tighten a date, not widen
    // the audience.
    const governing = rule.legal ?? rule.local;
    if (!governing || !ruleCovers(governing, facts)) continue;
    const local = rule.local && ruleCovers(rule.local, facts) ? rule.local : null;
    const base = {
      kind: rule.kind,
      conditional: governing.conditionalFor?.includes(basis) === true,
      duration: (local ?? rule.legal)?.duration ?? null,
      sources: [...(rule.legal?.sources ?? []), ...(local?.sources ?? [])],
    };
    if (governing.repeat) {
      for (const { occurrence, planned, limit } of occurrencesOf({ ...governing, repeat: governing.repeat }, facts)) {
        milestones.push({ ...base, due: planned, legalDue: rule.legal ? limit : null, localDue: rule.legal ? null : limit, targetDue: null, occurrence, recurring: true });
      }
      continue;
    }
    const legalDue = dueOf(rule.legal, facts);
    const localDue = dueOf(local, facts);
    const due = earlier(legalDue, localDue);
    const target = rule.legal?.target ? addOffset(anchorDate(rule.legal, facts), rule.legal.target) : null;
    milestones.push({
      ...base, due, legalDue, localDue,
      targetDue: target !== null && due !== null && target < due ? target : null,
      occurrence: null, recurring: false,
    });
  }
  return milestones;
}

/**
 * Pairs stored milestones with computed ones: within a kind, the stored milestones in date order (undated
 * last, then in the order given) are occurrences 1, 2, … of the computed ones. Stored ones beyond the
 * computed count were added by hand ("as needed") and pair with nothing.
 */
function pairByKind(existing: StoredMilestone[], computed: ComputedMilestone[]): Array<ComputedMilestone | null> {
  const queues = new Map<string, ComputedMilestone[]>();
  for (const milestone of computed) queues.set(milestone.kind, [...(queues.get(milestone.kind) ?? []), milestone]);
  const byDate = (first: number, second: number) => {
    const [a, b] = [existing[first]!.due, existing[second]!.due];
    if (a === b) return first - second;
    if (a === null) return 1;
    if (b === null) return -1;
    return a < b ? -1 : 1;
  };
  const indicesByKind = new Map<string, number[]>();
  existing.forEach((milestone, index) => indicesByKind.set(milestone.kind, [...(indicesByKind.get(milestone.kind) ?? []), index]));
  const paired: Array<ComputedMilestone | null> = existing.map(() => null);
  for (const [kind, indices] of indicesByKind) {
    for (const index of indices.sort(byDate)) paired[index] = queues.get(kind)?.shift() ?? null;
  }
  return paired;
}

/** New due dates for open milestones after the plan's dates changed; done and skipped ones keep theirs. */
export function moveMilestones(existing: StoredMilestone[], newFacts: PlanFacts, rules: PlanRule[]): Array<StoredMilestone & { newDue: string | null }> {
  const paired = pairByKind(existing, computeMilestones(newFacts, rules));
  return existing.map((milestone, index) => ({
    ...milestone,
    newDue: milestone.status === "open" && paired[index] ? paired[index]!.due : milestone.due,
  }));
}

export interface Recomputation {
  /** Open milestones whose date changes (index into `existing`). */
  moved: Array<{ index: number; from: string | null; to: string | null }>;
  /** Milestones the rules give this plan that it does not have yet (new kinds, further occurrences). */
  added: ComputedMilestone[];
  /** Open milestones of a rule kind that the rules no longer give this person (e.g. a minor's contract). */
  noLongerApplies: number[];
}

/**
 * What recomputing a plan's milestones under today's rules would change. Touches only open milestones; done
 * and skipped ones keep their dates but still count as the occurrence they were. Kinds the rules do not know
 * for this municipality (added by hand) are left alone.
 */
export function recomputeMilestones(existing: StoredMilestone[], facts: PlanFacts, rules: PlanRule[]): Recomputation {
  const computed = computeMilestones(facts, rules);
  const paired = pairByKind(existing, computed);
  const ruleKinds = new Set(rules.map((rule) => rule.kind as string));
  const computedKinds = new Set(computed.map((milestone) => milestone.kind as string));
  const moved: Recomputation["moved"] = [];
  const noLongerApplies: number[] = [];
  existing.forEach((milestone, index) => {
    if (milestone.status !== "open") return;
    const match = paired[index];
    if (match) {
      if (match.due !== milestone.due) moved.push({ index, from: milestone.due, to: match.due });
    } else if (ruleKinds.has(milestone.kind) && !computedKinds.has(milestone.kind)) {
      noLongerApplies.push(index);
    }
  });
  const used = new Set(paired.filter((match): match is ComputedMilestone => match !== null));
  return { moved, added: computed.filter((milestone) => !used.has(milestone)), noLongerApplies };
}

export type FieldErrors = Record<string, string>;

/** Per-field problems with a plan's facts; empty when they are fine. `basis` may be absent (then "refugee"). */
export function validatePlanFacts(input: { arrivalDate?: unknown; responsibilityDate?: unknown; household?: unknown; basis?: unknown }): FieldErrors {
  const errors: FieldErrors = {};
  if (!isIsoDate(input.arrivalDate)) errors.arrival_date = "Must be a date (YYYY-MM-DD).";
  if (!isIsoDate(input.responsibilityDate)) errors.responsibility_date = "Must be a date (YYYY-MM-DD).";
  if (input.basis !== undefined && input.basis !== null && input.basis !== "" && !isResidenceBasis(input.basis)) {
    errors.basis = `Must be one of: ${RESIDENCE_BASES.join(", ")}.`;
  }
  const household = input.household as Partial<Household> | null | undefined;
  if (!household || typeof household !== "object") {
    errors.household = "Must give adults, children and unaccompanied_minor.";
  } else {
    const count = (value: unknown) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 30;
    if (!count(household.adults) || !count(household.children)) errors.household = "Adults and children must be whole numbers from 0 to 30.";
    else if (typeof household.unaccompanied_minor !== "boolean") errors.household = "unaccompanied_minor must be true or false.";
    else if ((household.adults ?? 0) + (household.children ?? 0) === 0) errors.household = "A household has at least one person.";
  }
  return errors;
}
