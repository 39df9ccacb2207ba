// Which guide explains which milestone (guide slugs in src/content/guides/<lang>/).
import type { MilestoneKind } from "../domain/rules.ts";

const guides: Partial<Record<MilestoneKind, string>> = {
  welcome_letter: "first-month",
  intro_internship: "work-and-internship",
  guided_tour: "first-month",
  medical_check: "health",
  jobcenter_meeting: "work-and-internship",
  integration_program_start: "integration-programme",
  integration_contract: "integration-contract",
  danish_lessons_start: "danish-lessons",
  visitation: "integration-contract",
  health_assessment_offer: "health",
  contract_follow_up: "integration-contract",
  digital_denmark: "digital-denmark",
  children_school_daycare: "children-and-school",
  family_support: "children-and-school",
  volunteer_guardian: "unaccompanied-minors",
  program_end: "integration-programme",
};

export function milestoneGuide(kind: MilestoneKind): string | undefined {
  return guides[kind];
}
