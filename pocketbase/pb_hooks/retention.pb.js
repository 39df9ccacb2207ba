/// <reference path="../../.cache/pocketbase-types/types.d.ts" />
// Nightly retention job (lib/retention.js). VELKOMMEN_RETENTION_CRON changes the schedule; a superuser can run it
// now with POST /api/crons/velkommenRetention (PocketBase's cron API).

cronAdd("velkommenRetention", ($os.getenv("VELKOMMEN_RETENTION_CRON") || "17 3 * * *"), () => {
  require(`${__hooks}/lib/retention.js`).runRetention($app);
});
