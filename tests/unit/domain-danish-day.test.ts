// "Today" and "end of the day" in Denmark across both seasons and both clock changes (2026: 29 March, 25 October).
import { describe, expect, it } from "vitest";
import { danishToday, danishUtcOffsetHours, endOfDanishDay, startOfDanishDay } from "../../src/domain/danish-day";

describe("danishToday", () => {
  it.each([
    ["2026-01-15T22:59:59Z", "2026-01-15"], ["2026-01-15T23:00:00Z", "2026-01-16"],
    ["2026-07-01T21:59:59Z", "2026-07-01"], ["2026-07-01T22:00:00Z", "2026-07-02"],
    ["2026-03-29T00:59:59Z", "2026-03-29"], ["2026-10-24T22:00:00Z", "2026-10-25"],
    ["2026-12-31T23:30:00Z", "2027-01-01"],
  ])("at %s it is %s in Denmark", (instant, expected) => {
    expect(danishToday(new Date(instant))).toBe(expected);
  });
  it("agrees with Intl's Europe/Copenhagen every hour of 2026", () => {
    const intlToday = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" });
    for (let time = Date.UTC(2026, 0, 1); time < Date.UTC(2027, 0, 1); time += 3_600_000) {
      expect(danishToday(new Date(time))).toBe(intlToday.format(new Date(time)));
    }
  });
});

describe("endOfDanishDay", () => {
  it.each([
    ["2026-01-15", "2026-01-15 22:59:59.000Z"], // winter, UTC+1
    ["2026-07-01", "2026-07-01 21:59:59.000Z"], // summer, UTC+2: 22:59:59Z would be 00:59:59 the next day
    ["2026-03-28", "2026-03-28 22:59:59.000Z"], // the night before spring forward
    ["2026-03-29", "2026-03-29 21:59:59.000Z"], // spring forward day
    ["2026-10-24", "2026-10-24 21:59:59.000Z"], // the night before fall back
    ["2026-10-25", "2026-10-25 22:59:59.000Z"], // fall back day
  ])("%s ends at %s", (date, expected) => {
    expect(endOfDanishDay(date)).toBe(expected);
    const end = new Date(expected.replace(" ", "T"));
    expect(danishToday(end)).toBe(date);
    expect(danishToday(new Date(end.getTime() + 1000))).not.toBe(date);
  });
  it("starts the next day one second after the end", () => {
    expect(startOfDanishDay("2026-07-02").toISOString()).toBe("2026-07-01T22:00:00.000Z");
    expect(danishUtcOffsetHours(new Date("2026-07-01T12:00:00Z"))).toBe(2);
    expect(danishUtcOffsetHours(new Date("2026-01-01T12:00:00Z"))).toBe(1);
  });
});
