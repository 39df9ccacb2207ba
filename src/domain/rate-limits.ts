// PocketBase's rate limiter counts per client address. One IPv6 home or phone network gets a whole /64, so an
// attacker can rotate through 2^64 addresses. The hooks add a second counter per /64 that applies the very same
// rules (settings.rateLimits.rules, the one list, set in pb_migrations/1764200000_accounts_and_sessions.js),
// found the same way PocketBase finds them.
// The server runs this as native Go since issue 16 (pocketbase/server/velkommen/ratelimit64.go, with PocketBase's
// own FindRateLimitRule); ratelimit64_test.go checks the Go with the same cases as the unit test of this file.

export interface RateLimitRule {
  label: string;
  maxRequests: number;
  duration: number;
  audience: string;
}

const COLLECTION_ROUTE = /^\/api\/collections\/([^/]+)\/(auth-with-password|auth-with-otp|auth-with-oauth2|auth-refresh|request-otp|records)$/;
const COLLECTION_TAGS: Record<string, string> = {
  "auth-with-password": "auth", "auth-with-otp": "auth", "auth-with-oauth2": "auth", "auth-refresh": "authRefresh", "request-otp": "requestOTP",
};

/** The labels PocketBase searches for a request, most specific first. */
export function rateLimitLabels(method: string, path: string): string[] {
  const labels: string[] = [];
  const match = COLLECTION_ROUTE.exec(path);
  if (match) {
    const collection = match[1] ?? "";
    const route = match[2] ?? "";
    const tag = route === "records" ? (method === "POST" ? "create" : "") : COLLECTION_TAGS[route] ?? "";
    if (tag) labels.push(`${collection}:${tag}`, `*:${tag}`);
  }
  labels.push(`${method} ${path}`, path);
  return labels;
}

/** PocketBase's FindRateLimitRule: the first exact label match, else a rule ending in "/" that prefixes the path. */
export function findRateLimitRule(rules: RateLimitRule[], labels: string[], audiences: string[]): RateLimitRule | null {
  const audienceFits = (rule: RateLimitRule) => audiences.length === 0 || audiences.includes(rule.audience);
  const prefixRules = rules.filter((rule) => rule.label.endsWith("/"));
  for (const label of labels) {
    const exact = rules.find((rule) => rule.label === label && audienceFits(rule));
    if (exact) return exact;
    const prefix = prefixRules.find((rule) => `${label}/`.startsWith(rule.label) && audienceFits(rule));
    if (prefix) return prefix;
  }
  return null;
}

/**
 * The /64 network of an IPv6 address as "2001:0db8:0000:0001::/64", or null for IPv4 (PocketBase's own
 * limiter already counts those per address). Accepts PocketBase's expanded form and the short forms.
 */
export function ipv6Network(address: string): string | null {
  if (!address.includes(":")) return null;
  const withoutZone = address.split("%")[0] ?? "";
  const halves = withoutZone.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  // An IPv4-mapped tail (::ffff:1.2.3.4) counts as IPv4.
  if (tail.some((group) => group.includes(".")) || head.some((group) => group.includes("."))) return null;
  const missing = 8 - head.length - tail.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  const groups = [...head, ...Array(missing).fill("0"), ...tail];
  if (!groups.every((group) => /^[0-9a-fA-F]{1,4}$/.test(group))) return null;
  return `${groups.slice(0, 4).map((group) => group.toLowerCase().padStart(4, "0")).join(":")}::/64`;
}
