import { describe, expect, it } from "vitest";
import { isShareActive, validateShare } from "../../src/domain/shares";
import { openingStatus } from "../../src/domain/opening-hours";
import { getMunicipality } from "../../src/content/municipalities";

const now = new Date("2026-11-24T12:00:00Z");

describe("validateShare", () => {
  it.each([
    [{ expires: "2026-12-24", scope: ["appointments"] }, []],
    [{ expires: "2027-02-22", scope: ["appointments", "contacts", "milestones"] }, []],
    [{ expires: "2027-02-23", scope: ["appointments"] }, ["expires"]],
    [{ expires: "2026-11-24", scope: ["appointments"] }, ["expires"]],
    [{ expires: "next week", scope: ["appointments"] }, ["expires"]],
    [{ expires: "2026-12-01", scope: [] }, ["scope"]],
    [{ expires: "2026-12-01", scope: ["health"] }, ["scope"]],
    [{ expires: "2026-12-01", scope: ["contacts", "contacts"] }, ["scope"]],
    [{}, ["expires", "scope"]],
  ])("%j has errors in %j", (input, fields) => {
    expect(Object.keys(validateShare(input, now)).sort()).toEqual([...fields].sort());
  });
});

describe("isShareActive", () => {
  it.each([
    [{ expires: "2026-11-25 00:00:00.000Z", revoked: false }, true],
    [{ expires: "2026-11-24 11:59:59.000Z", revoked: false }, false],
    [{ expires: "2026-12-25 00:00:00.000Z", revoked: true }, false],
    [{ expires: "garbage", revoked: false }, false],
  ])("%j is active: %s", (share, active) => {
    expect(isShareActive(share, now)).toBe(active);
  });
});

describe("openingStatus (Gladsaxe, Europe/Copenhagen)", () => {
  // The housing unit with seed 002's hours (transcribed exactly), found by id so a new first contact changes nothing.
  const hours = getMunicipality("gladsaxe").contacts.find((contact) => contact.id === "boligsocial-enhed")?.openingHours ?? [];
  it.each([
    ["Monday 09:59 in winter (UTC+1)", "2026-11-23T08:59:00Z", false, null, { day: "mon", time: "10:00" }],
    ["Monday 10:00 in winter", "2026-11-23T09:00:00Z", true, "14:00", null],
    ["Thursday 17:30", "2026-11-26T16:30:00Z", true, "18:00", null],
    ["Friday 14:00 sharp", "2026-11-27T13:00:00Z", false, null, { day: "mon", time: "10:00" }],
    ["Saturday", "2026-11-28T11:00:00Z", false, null, { day: "mon", time: "10:00" }],
    ["Monday 10:30 in summer (UTC+2)", "2026-06-01T08:30:00Z", true, "14:00", null],
    ["Monday 09:30 summer time, would be 10:30 if DST were ignored", "2026-06-01T07:30:00Z", false, null, { day: "mon", time: "10:00" }],
    ["the Monday after DST ends, 10:15", "2026-10-26T09:15:00Z", true, "14:00", null],
  ])("%s", (_case, instant, open, closesAt, nextOpening) => {
    expect(openingStatus(hours, new Date(instant))).toEqual({ open, closesAt, nextOpening });
  });

  it("never claims open for empty hours", () => {
    expect(openingStatus([], now)).toEqual({ open: false, closesAt: null, nextOpening: null });
  });
});
