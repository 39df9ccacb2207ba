import { describe, expect, it } from "vitest";
import { DEFAULT_PLAN_RETENTION_YEARS, planDeletableFrom, planRetentionYears } from "../../src/domain/retention";

describe("planRetentionYears", () => {
  it.each([
    ["glostrup", 5],
    ["gladsaxe", 5],
    ["gentofte", 5],
    ["no-such-municipality", DEFAULT_PLAN_RETENTION_YEARS],
  ])("%s keeps plans %i years after the programme ends", (slug, years) => {
    expect(planRetentionYears(slug)).toBe(years);
  });
});

describe("planDeletableFrom", () => {
  it.each([
    ["2031-11-09", 5, "2036-11-09"],
    ["2028-02-29", 1, "2029-02-28"],
    ["2030-01-01", 0, "2030-01-01"],
  ])("programme end %s + %i years = %s", (end, years, expected) => {
    expect(planDeletableFrom(end, years)).toBe(expected);
  });
});
