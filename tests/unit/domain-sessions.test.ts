import { describe, expect, it } from "vitest";
import { SESSION_HOURS_REFUGEE, SESSION_HOURS_STAFF, SESSION_MAX_HOURS, tokenSecondsLeft } from "../../src/domain/sessions";
import { isInRecoveryCooldown, RECOVERY_COOLDOWN_HOURS, utf8ByteLength, validateRecoveryReason } from "../../src/domain/activation";
import { firstName } from "../../src/domain/shares";

const hour = 3600;

describe("session tokens", () => {
  it.each<[string, string, number, number, number]>([
    ["a refugee's fresh sign-in", "refugee", 0, 0, SESSION_HOURS_REFUGEE * hour],
    ["a caseworker's fresh sign-in", "caseworker", 0, 0, SESSION_HOURS_STAFF * hour],
    ["a refresh near the absolute end", "refugee", 0, (SESSION_MAX_HOURS - 2) * hour, 2 * hour],
    ["a refresh at the absolute end", "refugee", 0, SESSION_MAX_HOURS * hour, 0],
    ["a token without a session start", "refugee", 0, 10 ** 9, 0],
  ])("%s", (_what, role, started, now, seconds) => {
    expect(tokenSecondsLeft(role, started, now)).toBe(seconds);
  });
});

describe("recovery and names", () => {
  it("keeps the cooldown for RECOVERY_COOLDOWN_HOURS", () => {
    const now = new Date("2026-12-10T12:00:00Z");
    expect(isInRecoveryCooldown("", now)).toBe(false);
    expect(isInRecoveryCooldown(new Date(now.getTime() - (RECOVERY_COOLDOWN_HOURS - 1) * 3_600_000).toISOString().replace("T", " "), now)).toBe(true);
    expect(isInRecoveryCooldown(new Date(now.getTime() - (RECOVERY_COOLDOWN_HOURS + 1) * 3_600_000).toISOString(), now)).toBe(false);
  });

  it.each<[unknown, boolean]>([[undefined, false], ["too short", false], ["Lost the phone.", true], ["x".repeat(500), true], ["x".repeat(501), false], ["   padded   ", false]])(
    "reason %j acceptable: %s", (reason, ok) => expect(validateRecoveryReason(reason) === null).toBe(ok));

  it("counts UTF-8 bytes and first names", () => {
    expect(utf8ByteLength("aø€😀")).toBe(1 + 2 + 3 + 4);
    expect(firstName("  Amina Hassan Ali ")).toBe("Amina");
    expect(firstName("")).toBe("");
  });
});
