import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine, formatUtcDateTime } from "../../src/domain/calendar";
import { activationUrl, formatActivationCode, normalizeActivationCode, validateNewPassword } from "../../src/domain/activation";

describe("RFC 5545 text", () => {
  it.each([
    ["Møde, kl. 9; tag pas med", "Møde\\, kl. 9\\; tag pas med"],
    ["linje 1\nlinje 2", "linje 1\\nlinje 2"],
    ["C:\\sti", "C:\\\\sti"],
    ["موعد", "موعد"],
  ])("escapes %j", (input, escaped) => {
    expect(escapeText(input)).toBe(escaped);
  });

  it.each([
    ["short", 1],
    ["x".repeat(75), 1],
    ["x".repeat(76), 2],
    ["ø".repeat(60), 2],
    ["م".repeat(200), 6],
  ])("folds %j into %i physical lines of at most 75 octets", (line, count) => {
    const physical = foldLine(line).split("\r\n");
    expect(physical).toHaveLength(count);
    for (const part of physical) expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
    expect(physical.map((part, index) => (index === 0 ? part : part.slice(1))).join("")).toBe(line);
  });

  it.each([
    ["2026-12-01 09:30:00.000Z", "20261201T093000Z"],
    ["2026-12-01T09:30:00Z", "20261201T093000Z"],
    ["not a date", null],
  ])("formats %j as %j", (input, output) => {
    expect(formatUtcDateTime(input)).toBe(output);
  });

  it("builds a calendar with CRLF, UID and DTSTAMP on every event, and skips undated ones", () => {
    const calendar = buildCalendar(
      [
        { id: "a1", title: "Helbredsvurdering", starts: "2026-12-01 09:30:00.000Z", ends: "2026-12-01 10:30:00.000Z", place: "Lægehuset, Hovedvejen 1", interpreter: true, status: "planned" },
        { id: "a2", title: "Aflyst", starts: "2026-12-02 09:30:00.000Z", status: "cancelled" },
        { id: "a3", title: "Uden dato", starts: "" },
      ],
      { now: new Date("2026-11-24T12:00:00Z"), calendarName: "velkommen", uidDomain: "example.dk", interpreterNote: "Tolk" },
    );
    expect(calendar.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(calendar.split("\r\n").every((line) => !line.includes("\n"))).toBe(true);
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(calendar).toContain("UID:a1@example.dk\r\nDTSTAMP:20261124T120000Z\r\nDTSTART:20261201T093000Z\r\nDTEND:20261201T103000Z");
    expect(calendar).toContain("LOCATION:Lægehuset\\, Hovedvejen 1");
    expect(calendar).toContain("DESCRIPTION:Tolk");
    expect(calendar).toContain("STATUS:CANCELLED");
  });
});

describe("activation codes", () => {
  it.each([
    ["ABCDE-23456", "ABCDE23456"],
    ["abcde 23456", "ABCDE23456"],
    [" abcde-2345 6 ", "ABCDE23456"],
    ["ABCDE-2345", null],
    ["OOOOO-11111", null],
    [12345, null],
    [undefined, null],
  ])("normalizes %j to %j", (input, code) => {
    expect(normalizeActivationCode(input)).toBe(code);
  });

  it("prints the code in two groups and puts it in the URL fragment", () => {
    expect(formatActivationCode("ABCDE23456")).toBe("ABCDE-23456");
    expect(activationUrl("https://velkommen.glostrup.dk/", "ar", "ABCDE23456")).toBe("https://velkommen.glostrup.dk/ar/me/#code=ABCDE-23456");
  });

  it.each([
    ["a long enough password", null],
    ["short", "validation_password_too_short"],
    ["abcdefghi", "validation_password_too_short"],
    ["abcdefghij", null],
    ["x".repeat(71), null],
    ["x".repeat(72), "validation_password_too_long"],
    ["ب".repeat(36), null],
    ["ب".repeat(37), "validation_password_too_long"],
    ["ሰ".repeat(24), null],
    ["ሰ".repeat(25), "validation_password_too_long"],
    [null, "validation_password_too_short"],
  ])("password %j: %j", (password, problem) => {
    expect(validateNewPassword(password)).toBe(problem);
  });
});
