import { describe, expect, it } from "vitest";
import { computeMilestones, moveMilestones, validatePlanFacts, type Household } from "../../src/domain/milestones";
import { MILESTONE_KINDS, rulesForMunicipality } from "../../src/domain/rules";

const single: Household = { adults: 1, children: 0, unaccompanied_minor: false };
const family: Household = { adults: 2, children: 3, unaccompanied_minor: false };
const minor: Household = { adults: 0, children: 1, unaccompanied_minor: true };
const facts = (household: Household) => ({ arrivalDate: "2026-01-31", responsibilityDate: "2026-02-02", household });

function dueOf(municipality: string, household: Household) {
  return Object.fromEntries(computeMilestones(facts(household), rulesForMunicipality(municipality)).map((milestone) => [milestone.kind, milestone.due]));
}

describe("computeMilestones", () => {
  it.each([
    // municipality, household, kind, expected due (undefined = does not apply)
    ["glostrup", single, "welcome_letter", "2026-02-14"],
    ["glostrup", single, "intro_internship", "2026-02-14"],
    ["gentofte", single, "intro_internship", "2026-03-02"],
    ["gladsaxe", single, "intro_internship", "2026-03-02"],
    ["gladsaxe", single, "welcome_letter", undefined],
    ["gladsaxe", single, "integration_contract", "2026-03-02"],
    ["gladsaxe", single, "integration_program_start", "2026-03-02"],
    ["gladsaxe", single, "danish_lessons_start", "2026-03-02"],
    ["gladsaxe", single, "health_assessment_offer", "2026-08-02"],
    ["gladsaxe", single, "program_end", "2031-02-02"],
    ["gladsaxe", single, "digital_denmark", null],
    ["glostrup", single, "guided_tour", null],
    ["glostrup", single, "medical_check", null],
    ["gentofte", single, "jobcenter_meeting", null],
    ["gentofte", single, "family_support", undefined],
    ["gentofte", family, "family_support", "2029-02-02"],
    ["gentofte", family, "children_school_daycare", null],
    ["gladsaxe", single, "children_school_daycare", undefined],
    ["gentofte", minor, "volunteer_guardian", null],
    ["gentofte", single, "volunteer_guardian", undefined],
    ["glostrup", minor, "intro_internship", undefined],
  ] as const)("%s, %j: %s is due %s", (municipality, household, kind, expected) => {
    expect(dueOf(municipality, household)[kind]).toBe(expected);
  });

  it("gives intro_internship a 2-week target under the national rule", () => {
    const internship = computeMilestones(facts(single), rulesForMunicipality("gentofte")).find((milestone) => milestone.kind === "intro_internship");
    expect(internship?.targetDue).toBe("2026-02-16");
  });

  it("only ever produces known kinds, each once", () => {
    for (const municipality of ["gentofte", "gladsaxe", "glostrup"]) {
      const kinds = computeMilestones(facts(family), rulesForMunicipality(municipality)).map((milestone) => milestone.kind);
      expect(new Set(kinds).size).toBe(kinds.length);
      for (const kind of kinds) expect(MILESTONE_KINDS).toContain(kind);
    }
  });

  it("rejects an unknown municipality", () => {
    expect(() => rulesForMunicipality("aarhus")).toThrow(/Unknown municipality/);
  });
});

describe("moveMilestones", () => {
  it("moves open milestones with T0 and keeps done ones", () => {
    const rules = rulesForMunicipality("gladsaxe");
    const moved = moveMilestones(
      [
        { kind: "integration_contract", due: "2026-03-02", status: "open" },
        { kind: "danish_lessons_start", due: "2026-03-02", status: "done" },
        { kind: "digital_denmark", due: null, status: "open" },
      ],
      { ...facts(single), responsibilityDate: "2026-02-16" },
      rules,
    );
    expect(moved.map((milestone) => milestone.newDue)).toEqual(["2026-03-16", "2026-03-02", null]);
  });
});

describe("validatePlanFacts", () => {
  it.each([
    [{ arrivalDate: "2026-01-01", responsibilityDate: "2026-01-05", household: single }, []],
    [{ arrivalDate: "2026-02-30", responsibilityDate: "2026-01-05", household: single }, ["arrival_date"]],
    [{ arrivalDate: "2026-01-01", responsibilityDate: "", household: single }, ["responsibility_date"]],
    [{ arrivalDate: "2026-01-01", responsibilityDate: "2026-01-05", household: { adults: -1, children: 0, unaccompanied_minor: false } }, ["household"]],
    [{ arrivalDate: "2026-01-01", responsibilityDate: "2026-01-05", household: { adults: 0, children: 0, unaccompanied_minor: false } }, ["household"]],
    [{ arrivalDate: 5, responsibilityDate: null, household: "big" }, ["arrival_date", "responsibility_date", "household"]],
  ])("%j has errors in %j", (input, fields) => {
    expect(Object.keys(validatePlanFacts(input)).sort()).toEqual([...fields].sort());
  });
});
