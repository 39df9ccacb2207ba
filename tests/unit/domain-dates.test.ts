import { describe, expect, it } from "vitest";
import { addOffset, daysBetween, isIsoDate, parseIsoDate } from "../../src/domain/dates";

describe("addOffset", () => {
  it.each([
    ["2026-01-10", { days: 14 }, "2026-01-24"],
    ["2026-01-31", { months: 1 }, "2026-02-28"],
    ["2028-01-31", { months: 1 }, "2028-02-29"],
    ["2026-03-20", { weeks: 2 }, "2026-04-03"],
    ["2026-10-20", { days: 14 }, "2026-11-03"],
    ["2026-12-15", { months: 1 }, "2027-01-15"],
    ["2028-02-29", { years: 5 }, "2033-02-28"],
    ["2026-08-31", { months: 6 }, "2027-02-28"],
  ])("%s + %j = %s", (start, offset, expected) => {
    expect(addOffset(start, offset)).toBe(expected);
  });

  it("refuses a date that does not exist", () => {
    expect(() => addOffset("2026-02-30", { days: 1 })).toThrow(/Not a date/);
  });
});

describe("parsing", () => {
  it.each([
    ["2026-02-28", true], ["2026-02-29", false], ["2028-02-29", true], ["2026-13-01", false],
    ["26-01-01", false], ["", false], ["2026-05-01 00:00:00.000Z", true],
  ])("%j is a date: %s", (value, valid) => {
    expect(isIsoDate(value)).toBe(valid);
    expect(parseIsoDate(value) !== null).toBe(valid);
  });

  it("counts days across DST changes exactly", () => {
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(daysBetween("2026-10-24", "2026-10-26")).toBe(2);
    expect(daysBetween("2026-01-10", "2026-01-01")).toBe(-9);
  });
});
