/// <reference path="../pb_data/types.d.ts" />
// PocketBase's built-in rate limiter, on, for sign-in, activation codes and share look-ups (per client IP).
// Behind a reverse proxy, set settings.trustedProxy.headers so the limiter sees the real client IP.
migrate((app) => {
  const settings = app.settings();
  settings.meta.appName = "velkommen";
  settings.rateLimits.enabled = true;
  settings.rateLimits.rules = [
    { label: "*:auth", maxRequests: 10, duration: 60, audience: "" },
    { label: "/api/velkommen/activate", maxRequests: 5, duration: 60, audience: "" },
    { label: "/api/velkommen/shared", maxRequests: 30, duration: 60, audience: "" },
  ];
  settings.batch.enabled = false;
  app.save(settings);
}, (app) => {
  const settings = app.settings();
  settings.rateLimits.enabled = false;
  app.save(settings);
});
