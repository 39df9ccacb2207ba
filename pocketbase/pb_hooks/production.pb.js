/// <reference path="../../.cache/pocketbase-types/types.d.ts" />
// Production settings from the environment (trusted proxy header, SMTP, staff MFA, the superuser): lib/production.js.

// JS hooks have no onServe, and `serve` runs the app migrations only after bootstrap; so on a fresh data dir
// applyProduction runs them first (idempotent: serve then finds nothing left to do).
onBootstrap((e) => {
  e.next();
  require(`${__hooks}/lib/production.js`).applyProduction(e.app);
});

onRecordRequestOTPRequest((e) => {
  return require(`${__hooks}/lib/production.js`).skipRefugeeOtp(e);
}, "users");
