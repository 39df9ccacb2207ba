/// <reference path="../../.cache/pocketbase-types/types.d.ts" />
// A second rate limiter for IPv6 clients, counted per /64 network with PocketBase's own rules
// (settings.rateLimits.rules). PocketBase counts per address, and a /64 holds 2^64 of them.

routerUse(new Middleware((e) => {
  const settings = e.app.settings();
  const address = e.realIP();
  if (!settings.rateLimits.enabled || address.indexOf(":") === -1 || e.hasSuperuserAuth()) return e.next();
  const domain = require(`${__hooks}/generated/domain.js`);
  const network = domain.ipv6Network(address);
  if (!network || settings.rateLimits.excludedIPs.indexOf(address) !== -1) return e.next();
  const rules = settings.rateLimits.rules.map((rule) => ({
    label: rule.label, maxRequests: rule.maxRequests, duration: rule.duration, audience: rule.audience,
  }));
  const audiences = ["", e.auth ? "@auth" : "@guest"];
  const rule = domain.findRateLimitRule(rules, domain.rateLimitLabels(e.request.method, e.request.url.path), audiences);
  if (!rule) return e.next();
  const window = Math.floor(Date.now() / (rule.duration * 1000));
  const key = "velkommen.ratelimit64|" + rule.label + rule.audience + "|" + network;
  let count = 0;
  e.app.store().setFunc(key, (old) => {
    count = old && old.window === window ? old.count + 1 : 1;
    return { window: window, count: count };
  });
  if (count > rule.maxRequests) throw new TooManyRequestsError("Too Many Requests.");
  return e.next();
}, -999, "velkommenRateLimit64"));

// Forget finished windows now and then, so the store holds only current counters.
cronAdd("velkommenRateLimit64Cleanup", "*/10 * * * *", () => {
  const store = $app.store();
  const now = Date.now();
  for (const key of Object.keys(store.getAll())) {
    if (key.indexOf("velkommen.ratelimit64|") !== 0 && key.indexOf("velkommen.audit.") !== 0) continue;
    const value = store.get(key);
    // Counter windows last at most an hour; audit markers are hour numbers.
    const stale = typeof value === "number" ? value < Math.floor(now / 3600000) : !value || value.window * 1000 < now - 3600000;
    if (stale) store.remove(key);
  }
});
