/// <reference path="../../.cache/pocketbase-types/types.d.ts" />
// The second rate limiter for IPv6 clients (per /64 network, with PocketBase's own rules) runs on every request,
// so it is native Go: pocketbase/server/velkommen/ratelimit64.go. Here: the staff-read audit markers'
// cleanup (lib/audit.js recordOncePerHour and the Go worklist keep one hour number per key in the app store).

// Forget markers of finished hours now and then, so the store holds only current ones.
cronAdd("velkommenAuditMarkersCleanup", "*/10 * * * *", () => {
  const store = $app.store();
  const hour = Math.floor(Date.now() / 3600000);
  for (const key of Object.keys(store.getAll())) {
    if (key.indexOf("velkommen.audit.") !== 0) continue;
    const value = store.get(key);
    if (typeof value !== "number" || value < hour) store.remove(key);
  }
});
