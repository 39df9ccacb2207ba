// The refugee's timeline: which milestones are done, overdue, next or later, and how many days away they are.
// Pure: `today` is passed in as "YYYY-MM-DD" (Danish date), so tests and the page agree.
import { daysBetween } from "./dates.ts";
import type { MilestoneKind } from "./rules.ts";

export type TimelineGroup = "overdue" | "next" | "later" | "done" | "skipped";

export interface TimelineMilestone {
  id: string;
  kind: MilestoneKind;
  /** "YYYY-MM-DD" or null for "early, no set date". */
  due: string | null;
  status: "open" | "done" | "skipped";
}

/** Milestones due within this many days count as "next". */
export const NEXT_WINDOW_DAYS = 14;

/** Tasks the refugee does themselves, and so may tick off (the server allows only open ↔ done). */
export const REFUGEE_TASKS: readonly MilestoneKind[] = ["digital_denmark", "children_school_daycare", "medical_check"];

export function timelineGroup(milestone: TimelineMilestone, today: string): TimelineGroup {
  if (milestone.status === "done") return "done";
  if (milestone.status === "skipped") return "skipped";
  if (milestone.due === null) return "next";
  const days = daysBetween(today, milestone.due);
  if (days < 0) return "overdue";
  return days <= NEXT_WINDOW_DAYS ? "next" : "later";
}

/** Days from today to the due date: negative when overdue, null without a date. */
export function daysUntil(milestone: { due: string | null }, today: string): number | null {
  return milestone.due === null ? null : daysBetween(today, milestone.due);
}

const groupOrder: TimelineGroup[] = ["overdue", "next", "later", "done", "skipped"];

/** Grouped in reading order; inside a group by date, undated ones first in "next" (they are "early"). */
export function buildTimeline<T extends TimelineMilestone>(milestones: T[], today: string): Array<{ group: TimelineGroup; items: T[] }> {
  return groupOrder
    .map((group) => ({
      group,
      items: milestones
        .filter((milestone) => timelineGroup(milestone, today) === group)
        .sort((first, second) => (first.due ?? "0000").localeCompare(second.due ?? "0000")),
    }))
    .filter((entry) => entry.items.length > 0);
}
