import { describe, expect, it } from "vitest";
import { SESSION_HOURS_REFUGEE, SESSION_HOURS_STAFF, SESSION_MAX_HOURS, tokenSecondsLeft } from "../../src/domain/sessions";
import { findRateLimitRule, ipv6Network, rateLimitLabels, type RateLimitRule } from "../../src/domain/rate-limits";
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

describe("rate limits per /64", () => {
  it.each<[string, string | null]>([
    ["2001:db8:1:2::7", "2001:0db8:0001:0002::/64"],
    ["2001:0db8:0001:0002:0000:0000:0000:0007", "2001:0db8:0001:0002::/64"],
    ["::1", "0000:0000:0000:0000::/64"],
    ["fe80::1%eth0", "fe80:0000:0000:0000::/64"],
    ["127.0.0.1", null],
    ["::ffff:10.0.0.1", null],
    ["1:2:3", null],
    ["zzzz::1", null],
  ])("%s → %s", (address, network) => {
    expect(ipv6Network(address)).toBe(network);
  });

  const rules: RateLimitRule[] = [
    { label: "*:auth", maxRequests: 2, duration: 3, audience: "" },
    { label: "users:auth", maxRequests: 10, duration: 60, audience: "" },
    { label: "*:create", maxRequests: 20, duration: 5, audience: "" },
    { label: "/api/velkommen/activate", maxRequests: 5, duration: 60, audience: "" },
    { label: "/api/", maxRequests: 300, duration: 10, audience: "" },
  ];
  it.each<[string, string, string]>([
    ["POST", "/api/collections/users/auth-with-password", "users:auth"],
    ["POST", "/api/collections/_superusers/auth-with-password", "*:auth"],
    ["POST", "/api/collections/plans/records", "*:create"],
    ["POST", "/api/velkommen/activate", "/api/velkommen/activate"],
    ["GET", "/api/velkommen/me/dashboard", "/api/"],
  ])("%s %s uses %s, as PocketBase picks it", (method, path, label) => {
    expect(findRateLimitRule(rules, rateLimitLabels(method, path), ["", "@guest"])?.label).toBe(label);
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
