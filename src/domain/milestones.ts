// A plan's milestones and their due dates, from the deadline rules. Pure: the server runs it when a plan is
// created or its dates change; the site runs it for the letter and the timeline.
import { addOffset, isIsoDate } from "./dates.ts";
import type { Audience, DeadlineRule, MilestoneKind } from "./rules.ts";

export interface Household {
  adults: number;
  children: number;
  unaccompanied_minor: boolean;
}

export interface PlanFacts {
  arrivalDate: string;
  responsibilityDate: string;
  household: Household;
}

export interface ComputedMilestone {
  kind: MilestoneKind;
  /** "YYYY-MM-DD", or null for "early, no set date". */
  due: string | null;
  /** An earlier date to aim for, where the rule has one. */
  targetDue: string | null;
  recurring: boolean;
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
    case "families": return household.children > 0;
    case "unaccompanied_minors": return household.unaccompanied_minor;
  }
}

export function computeMilestones(facts: PlanFacts, rules: DeadlineRule[]): ComputedMilestone[] {
  return rules
    .filter((rule) => applies(rule.appliesTo, facts.household))
    .map((rule) => {
      const anchorDate = rule.anchor === "arrival" ? facts.arrivalDate : facts.responsibilityDate;
      return {
        kind: rule.kind,
        due: rule.offset ? addOffset(anchorDate, rule.offset) : null,
        targetDue: rule.target ? addOffset(anchorDate, rule.target) : null,
        recurring: rule.recurring === true,
      };
    });
}

/** New due dates for open milestones after the plan's dates changed; done and skipped ones keep theirs. */
export function moveMilestones(existing: StoredMilestone[], newFacts: PlanFacts, rules: DeadlineRule[]): Array<StoredMilestone & { newDue: string | null }> {
  const computed = new Map(computeMilestones(newFacts, rules).map((milestone) => [milestone.kind, milestone.due]));
  return existing.map((milestone) => ({
    ...milestone,
    newDue: milestone.status === "open" && computed.has(milestone.kind as MilestoneKind) ? computed.get(milestone.kind as MilestoneKind) ?? null : milestone.due,
  }));
}

export type FieldErrors = Record<string, string>;

/** Per-field problems with a plan's facts; empty when they are fine. */
export function validatePlanFacts(input: { arrivalDate?: unknown; responsibilityDate?: unknown; household?: unknown }): FieldErrors {
  const errors: FieldErrors = {};
  if (!isIsoDate(input.arrivalDate)) errors.arrival_date = "Must be a date (YYYY-MM-DD).";
  if (!isIsoDate(input.responsibilityDate)) errors.responsibility_date = "Must be a date (YYYY-MM-DD).";
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
