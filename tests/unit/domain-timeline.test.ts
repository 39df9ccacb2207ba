import { describe, expect, it } from "vitest";
import { buildTimeline, daysUntil, timelineGroup, type TimelineMilestone } from "../../src/domain/timeline";

const today = "2026-11-25";
const milestone = (due: string | null, status: TimelineMilestone["status"] = "open"): TimelineMilestone => ({ id: due ?? "x", kind: "integration_contract", due, status });

describe("timelineGroup", () => {
  it.each<[string | null, TimelineMilestone["status"], string]>([
    ["2026-11-24", "open", "overdue"],
    ["2026-11-25", "open", "next"],
    ["2026-12-09", "open", "next"],
    ["2026-12-10", "open", "later"],
    [null, "open", "next"],
    ["2026-11-01", "done", "done"],
    ["2026-11-01", "skipped", "skipped"],
  ])("due %s, %s → %s", (due, status, group) => {
    expect(timelineGroup(milestone(due, status), today)).toBe(group);
  });
});

describe("daysUntil", () => {
  it.each<[string | null, number | null]>([["2026-11-30", 5], ["2026-11-20", -5], [null, null], ["2027-03-29", 124]])("%s → %s", (due, days) => {
    expect(daysUntil({ due }, today)).toBe(days);
  });
});

describe("buildTimeline", () => {
  it("orders overdue, next, later, done and sorts by date", () => {
    const timeline = buildTimeline([milestone("2027-01-01"), milestone("2026-11-01"), milestone("2026-11-30"), milestone(null), milestone("2026-10-01", "done")], today);
    expect(timeline.map((entry) => [entry.group, entry.items.map((item) => item.due)])).toEqual([
      ["overdue", ["2026-11-01"]],
      ["next", [null, "2026-11-30"]],
      ["later", ["2027-01-01"]],
      ["done", ["2026-10-01"]],
    ]);
  });
});
