import { describe, expect, it } from "vitest";
import { computeMilestones, moveMilestones, recomputeMilestones, validatePlanFacts, type ComputedMilestone, type Household, type PlanFacts } from "../../src/domain/milestones";
import { isIsoDate } from "../../src/domain/dates";
import { MILESTONE_KINDS, MUNICIPALITY_SLUGS, RESIDENCE_BASES, rulesForMunicipality, type ResidenceBasis } from "../../src/domain/rules";

const single: Household = { adults: 1, children: 0, unaccompanied_minor: false };
const family: Household = { adults: 2, children: 3, unaccompanied_minor: false };
const minor: Household = { adults: 0, children: 1, unaccompanied_minor: true };

// T0 on Monday 2 February 2026, arrival two days before it.
const facts = (household: Household, basis: ResidenceBasis = "refugee", dates: Partial<PlanFacts> = {}): PlanFacts =>
  ({ arrivalDate: "2026-01-31", responsibilityDate: "2026-02-02", household, basis, ...dates });

function milestonesOf(municipality: string, planFacts: PlanFacts): ComputedMilestone[] {
  return computeMilestones(planFacts, rulesForMunicipality(municipality));
}
function one(municipality: string, planFacts: PlanFacts, kind: string): ComputedMilestone | undefined {
  return milestonesOf(municipality, planFacts).find((milestone) => milestone.kind === kind);
}

const adultKinds = ["intro_internship", "integration_program_start", "integration_contract", "danish_lessons_start", "visitation", "contract_follow_up", "program_end"];

describe("who gets which milestones", () => {
  it.each([
    // case, municipality, facts, kinds that must be there, kinds that must not
    ["adult refugee", "gladsaxe", facts(single, "refugee"), [...adultKinds, "health_assessment_offer", "digital_denmark"], ["volunteer_guardian", "children_school_daycare", "welcome_letter"]],
    ["quota refugee", "gladsaxe", facts(single, "quota_refugee"), [...adultKinds, "health_assessment_offer"], ["volunteer_guardian"]],
    ["adult reunified with a refugee", "gladsaxe", facts(single, "family_reunified_to_refugee"), [...adultKinds, "health_assessment_offer"], ["volunteer_guardian"]],
    // § 15 d covers refugees and those reunified with a refugee; other family-reunified people are not in it.
    ["adult reunified with someone else", "gladsaxe", facts(single, "family_reunified_other"), adultKinds, ["health_assessment_offer"]],
    ["unaccompanied minor", "gentofte", facts(minor), ["volunteer_guardian", "children_school_daycare", "digital_denmark", "health_assessment_offer"], [...adultKinds, "jobcenter_meeting", "family_support"]],
    ["family in Gentofte", "gentofte", facts(family), [...adultKinds, "family_support", "children_school_daycare", "jobcenter_meeting"], ["volunteer_guardian"]],
  ] as const)("%s", (_case, municipality, planFacts, present, absent) => {
    const kinds = new Set(milestonesOf(municipality, planFacts).map((milestone) => milestone.kind));
    for (const kind of present) expect(kinds, kind).toContain(kind);
    for (const kind of absent) expect(kinds.has(kind as never), kind).toBe(false);
  });

  it("an unaccompanied minor's plan has exactly the minor's milestones", () => {
    expect(milestonesOf("gladsaxe", facts(minor)).map((milestone) => milestone.kind).sort())
      .toEqual(["children_school_daycare", "digital_denmark", "health_assessment_offer", "volunteer_guardian"]);
  });

  it.each([
    // basis, health assessment conditional? (§ 15 d stk. 1–3)
    ["refugee", true],
    ["quota_refugee", false],
    ["family_reunified_to_refugee", true],
  ] as const)("health assessment for %s: conditional = %s, due T0 + 6 months", (basis, conditional) => {
    const health = one("gladsaxe", facts(single, basis), "health_assessment_offer");
    expect(health).toMatchObject({ due: "2026-08-02", legalDue: "2026-08-02", localDue: null, conditional });
  });
});

describe("due dates", () => {
  it.each([
    // municipality, facts, kind, due, legalDue, localDue, targetDue
    ["gladsaxe", facts(single), "intro_internship", "2026-03-02", "2026-03-02", null, "2026-02-16"],
    ["gladsaxe", facts(single), "integration_program_start", "2026-03-02", "2026-03-02", null, null],
    ["gladsaxe", facts(single), "integration_contract", "2026-03-02", "2026-03-02", null, null],
    ["gladsaxe", facts(single), "danish_lessons_start", "2026-03-02", "2026-03-02", null, null],
    ["gladsaxe", facts(single), "visitation", "2026-05-02", "2026-05-02", null, null],
    ["gladsaxe", facts(single), "program_end", "2031-02-02", "2031-02-02", null, null],
    ["gladsaxe", facts(single), "digital_denmark", null, null, null, null],
    ["glostrup", facts(single), "welcome_letter", "2026-02-14", null, "2026-02-14", null],
    ["glostrup", facts(single), "guided_tour", null, null, null, null],
    // Glostrup's 14 days from arrival come before the legal month; the 2-week target is then later than due.
    ["glostrup", facts(single), "intro_internship", "2026-02-14", "2026-03-02", "2026-02-14", null],
    // Arrival weeks after T0 (responsibility passed before the move): the legal limit wins (review #34).
    ["glostrup", facts(single, "refugee", { responsibilityDate: "2026-03-02", arrivalDate: "2026-03-25" }), "intro_internship", "2026-04-02", "2026-04-02", "2026-04-08", "2026-03-16"],
    ["glostrup", facts(single, "refugee", { responsibilityDate: "2026-03-02", arrivalDate: "2026-03-25" }), "welcome_letter", "2026-04-08", null, "2026-04-08", null],
    // Month ends clamp to the month's last day, and leap years have a 29 February.
    ["gladsaxe", facts(single, "refugee", { responsibilityDate: "2026-01-31" }), "integration_contract", "2026-02-28", "2026-02-28", null, null],
    ["gladsaxe", facts(single, "refugee", { responsibilityDate: "2026-01-31" }), "visitation", "2026-04-30", "2026-04-30", null, null],
    ["gladsaxe", facts(single, "refugee", { responsibilityDate: "2026-01-31" }), "health_assessment_offer", "2026-07-31", "2026-07-31", null, null],
    ["gladsaxe", facts(single, "refugee", { responsibilityDate: "2028-01-31" }), "integration_contract", "2028-02-29", "2028-02-29", null, null],
    ["gladsaxe", facts(single, "refugee", { responsibilityDate: "2028-01-31" }), "danish_lessons_start", "2028-02-29", "2028-02-29", null, null],
    ["gladsaxe", facts(single, "refugee", { responsibilityDate: "2027-01-31" }), "integration_contract", "2027-02-28", "2027-02-28", null, null],
    ["gladsaxe", facts(single, "refugee", { responsibilityDate: "2028-02-29" }), "program_end", "2033-02-28", "2033-02-28", null, null],
  ] as const)("%s %j: %s due %s (legal %s, local %s, target %s)", (municipality, planFacts, kind, due, legalDue, localDue, targetDue) => {
    expect(one(municipality, planFacts, kind)).toMatchObject({ due, legalDue, localDue, targetDue });
  });

  it.each([
    // T0, the four planned follow-ups (every 6 weeks after the visitation), the § 20 limit (visitation + 6 months)
    ["2026-02-02", ["2026-06-13", "2026-07-25", "2026-09-05", "2026-10-17"], "2026-11-02"],
    ["2026-01-31", ["2026-06-11", "2026-07-23", "2026-09-03", "2026-10-15"], "2026-10-30"],
    ["2028-01-31", ["2028-06-11", "2028-07-23", "2028-09-03", "2028-10-15"], "2028-10-30"],
  ])("T0 %s: contract follow-ups on %j, all by %s", (responsibilityDate, planned, limit) => {
    const followUps = milestonesOf("gladsaxe", facts(single, "refugee", { responsibilityDate })).filter((milestone) => milestone.kind === "contract_follow_up");
    expect(followUps.map((milestone) => milestone.due)).toEqual(planned);
    expect(followUps.map((milestone) => milestone.occurrence)).toEqual([1, 2, 3, 4]);
    for (const followUp of followUps) expect(followUp).toMatchObject({ legalDue: limit, recurring: true });
    const visitation = one("gladsaxe", facts(single, "refugee", { responsibilityDate }), "visitation")!;
    for (const followUp of followUps) expect(followUp.due! > visitation.due! && followUp.due! <= limit).toBe(true);
  });

  it("Gentofte's family support is a three-year duration without an invented start date (review #36)", () => {
    expect(one("gentofte", facts(family), "family_support")).toMatchObject({ due: null, legalDue: null, localDue: null, duration: { years: 3 } });
  });

  it("the effective date is never later than the legal limit", () => {
    for (const municipality of ["gentofte", "gladsaxe", "glostrup"]) {
      for (const basis of RESIDENCE_BASES) {
        for (const milestone of milestonesOf(municipality, facts(family, basis, { arrivalDate: "2026-04-20" }))) {
          if (milestone.legalDue !== null) expect(milestone.due! <= milestone.legalDue, `${municipality} ${milestone.kind}`).toBe(true);
        }
      }
    }
  });

  it("only ever produces known kinds, and only the follow-ups repeat", () => {
    for (const municipality of ["gentofte", "gladsaxe", "glostrup"]) {
      const kinds = milestonesOf(municipality, facts(family)).map((milestone) => milestone.kind);
      for (const kind of kinds) expect(MILESTONE_KINDS).toContain(kind);
      const repeated = kinds.filter((kind, index) => kinds.indexOf(kind) !== index);
      expect(new Set(repeated)).toEqual(new Set(["contract_follow_up"]));
    }
  });

  it("every milestone cites at least one source with a name", () => {
    for (const municipality of ["gentofte", "gladsaxe", "glostrup"]) {
      for (const milestone of milestonesOf(municipality, facts(family))) {
        expect(milestone.sources.length, milestone.kind).toBeGreaterThan(0);
        for (const source of milestone.sources) expect(source.name).not.toMatch(/seed/i);
      }
    }
  });

  it("rejects an unknown municipality", () => {
    expect(() => rulesForMunicipality("aarhus")).toThrow(/Unknown municipality/);
  });
});

describe("the rules as data", () => {
  const everyRule = MUNICIPALITY_SLUGS.flatMap((slug) => rulesForMunicipality(slug).flatMap((rule) => [rule.legal, rule.local]))
    .filter((rule) => rule !== null);

  it("cite a named source for every rule; a checked date only with an address to check it against", () => {
    expect(everyRule.length).toBeGreaterThan(10);
    for (const rule of everyRule) {
      expect(rule.sources.length, rule.kind).toBeGreaterThan(0);
      for (const source of rule.sources) {
        expect(source.name, rule.kind).not.toMatch(/seed|^\s*$/i);
        if (source.url !== null) expect(source.url, rule.kind).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
        if (source.checked !== null) {
          expect(isIsoDate(source.checked), rule.kind).toBe(true);
          expect(source.url, `${rule.kind}: checked against what?`).not.toBeNull();
        }
      }
    }
  });

  it("give the statute's own paragraph for the programme, contract, visitation, follow-ups and health assessment", () => {
    const names = (kind: string) => rulesForMunicipality("gladsaxe").find((rule) => rule.kind === kind)!.legal!.sources.map((source) => source.name).join(" | ");
    expect(names("integration_program_start")).toMatch(/Integrationsloven § 16/);
    expect(names("integration_contract")).toMatch(/Integrationsloven § 19/);
    expect(names("visitation")).toMatch(/Integrationsloven § 17, stk. 2/);
    expect(names("contract_follow_up")).toMatch(/Integrationsloven § 20/);
    expect(names("health_assessment_offer")).toMatch(/Integrationsloven § 15 d/);
    expect(names("danish_lessons_start")).toMatch(/Danskuddannelsesloven § 5/);
  });
});

describe("moveMilestones", () => {
  it("moves open milestones with T0, keeps done ones, and moves each follow-up by its own occurrence", () => {
    const moved = moveMilestones(
      [
        { kind: "integration_contract", due: "2026-03-02", status: "open" },
        { kind: "danish_lessons_start", due: "2026-03-02", status: "done" },
        { kind: "digital_denmark", due: null, status: "open" },
        { kind: "contract_follow_up", due: "2026-06-13", status: "done" },
        { kind: "contract_follow_up", due: "2026-07-25", status: "open" },
        { kind: "contract_follow_up", due: "2026-12-24", status: "open" },
        { kind: "contract_follow_up", due: "2026-10-17", status: "open" },
        { kind: "contract_follow_up", due: "2027-02-01", status: "open" },
      ],
      facts(single, "refugee", { responsibilityDate: "2026-02-16" }),
      rulesForMunicipality("gladsaxe"),
    );
    // T0 + 2 weeks: visitation 2026-05-16, follow-ups 06-27, 08-08, 09-19, 10-31, paired in date order (10-17 is
    // the third, 12-24 the fourth); the fifth, added by hand, stays where it is.
    expect(moved.map((milestone) => milestone.newDue)).toEqual(["2026-03-16", "2026-03-02", null, "2026-06-13", "2026-08-08", "2026-10-31", "2026-09-19", "2027-02-01"]);
  });
});

describe("recomputeMilestones", () => {
  const rules = rulesForMunicipality("gladsaxe");

  it("brings a plan made under the old rules up to date: moves the open follow-up, adds the visitation and the missing follow-ups", () => {
    const legacy = [
      { kind: "integration_contract", due: "2026-03-02", status: "done" as const },
      { kind: "contract_follow_up", due: "2026-05-02", status: "open" as const },
      { kind: "health_assessment_offer", due: "2026-08-02", status: "open" as const },
    ];
    const result = recomputeMilestones(legacy, facts(single), rules);
    expect(result.moved).toEqual([{ index: 1, from: "2026-05-02", to: "2026-06-13" }]);
    expect(result.noLongerApplies).toEqual([]);
    expect(result.added.map((milestone) => [milestone.kind, milestone.due])).toEqual([
      ["intro_internship", "2026-03-02"], ["integration_program_start", "2026-03-02"], ["danish_lessons_start", "2026-03-02"],
      ["visitation", "2026-05-02"],
      ["contract_follow_up", "2026-07-25"], ["contract_follow_up", "2026-09-05"], ["contract_follow_up", "2026-10-17"],
      ["digital_denmark", null], ["program_end", "2031-02-02"],
    ]);
  });

  it("flags an unaccompanied minor's open adult milestones, keeps done ones and leaves kinds the rules do not know", () => {
    const legacy = [
      { kind: "integration_contract", due: "2026-03-02", status: "open" as const },
      { kind: "danish_lessons_start", due: "2026-03-02", status: "done" as const },
      { kind: "volunteer_guardian", due: null, status: "open" as const },
      { kind: "medical_check", due: null, status: "open" as const },
    ];
    const result = recomputeMilestones(legacy, facts(minor), rules);
    expect(result.noLongerApplies).toEqual([0]);
    expect(result.moved).toEqual([]);
    expect(result.added.map((milestone) => milestone.kind)).toEqual(["health_assessment_offer", "digital_denmark", "children_school_daycare"]);
  });

  it("changes nothing for a plan that is already up to date (positive control)", () => {
    const current = computeMilestones(facts(single), rules).map((milestone) => ({ kind: milestone.kind, due: milestone.due, status: "open" as const }));
    expect(recomputeMilestones(current, facts(single), rules)).toEqual({ moved: [], added: [], noLongerApplies: [] });
  });
});

describe("validatePlanFacts", () => {
  it.each([
    [{ arrivalDate: "2026-01-01", responsibilityDate: "2026-01-05", household: single }, []],
    [{ arrivalDate: "2026-01-01", responsibilityDate: "2026-01-05", household: single, basis: "quota_refugee" }, []],
    [{ arrivalDate: "2026-01-01", responsibilityDate: "2026-01-05", household: single, basis: "tourist" }, ["basis"]],
    [{ arrivalDate: "2026-01-01", responsibilityDate: "2026-01-05", household: single, basis: 3 }, ["basis"]],
    [{ arrivalDate: "2026-02-30", responsibilityDate: "2026-01-05", household: single }, ["arrival_date"]],
    [{ arrivalDate: "2026-01-01", responsibilityDate: "", household: single }, ["responsibility_date"]],
    [{ arrivalDate: "2026-01-01", responsibilityDate: "2026-01-05", household: { adults: -1, children: 0, unaccompanied_minor: false } }, ["household"]],
    [{ arrivalDate: "2026-01-01", responsibilityDate: "2026-01-05", household: { adults: 0, children: 0, unaccompanied_minor: false } }, ["household"]],
    [{ arrivalDate: 5, responsibilityDate: null, household: "big" }, ["arrival_date", "responsibility_date", "household"]],
  ])("%j has errors in %j", (input, fields) => {
    expect(Object.keys(validatePlanFacts(input)).sort()).toEqual([...fields].sort());
  });
});
