// One source per enumeration: the domain's lists equal the select values of the migrations, as generated into
// src/types/pocketbase-types.ts (the typegen drift test pins those to the migrations, which closes the loop).
import { describe, expect, it } from "vitest";
import { MILESTONE_KINDS } from "../../src/domain/rules";
import { SHARE_SCOPES } from "../../src/domain/shares";
import { MilestonesKindOptions, MilestonesStatusOptions, SharesScopeOptions } from "../../src/types/pocketbase-types";
import type { TimelineMilestone } from "../../src/domain/timeline";

const sorted = (values: Iterable<string>) => [...values].sort();

describe("enumerations", () => {
  it("milestone kinds", () => expect(sorted(MILESTONE_KINDS)).toEqual(sorted(Object.values(MilestonesKindOptions))));
  it("share scopes", () => expect(sorted(SHARE_SCOPES)).toEqual(sorted(Object.values(SharesScopeOptions))));
  it("milestone statuses the timeline knows", () => {
    const statuses: Record<TimelineMilestone["status"], true> = { open: true, done: true, skipped: true };
    expect(sorted(Object.keys(statuses))).toEqual(sorted(Object.values(MilestonesStatusOptions)));
  });
  it("positive control: a missing or extra value is seen", () => {
    expect(sorted(SHARE_SCOPES.slice(1))).not.toEqual(sorted(Object.values(SharesScopeOptions)));
  });
});
