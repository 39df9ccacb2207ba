// Production settings applied at every start from the environment that `npm run serve` (or systemd) sets, so the
// environment is the one source of truth and nothing secret is written by scripts. Nothing here runs unless its
// variable is set, so `npm start` and the tests keep PocketBase's defaults.

function env(name) {
  return ($os.getenv(name) || "").trim();
}

/** A secret from NAME, or from the file named by NAME_FILE (systemd credentials, Docker secrets). */
function secret(name) {
  const file = env(name + "_FILE");
  if (file) return toString($os.readFile(file)).replace(/\r?\n$/, "");
  return $os.getenv(name) || "";
}

/** Behind Caddy, the client's address arrives in X-Forwarded-For; the rightmost entry is the one Caddy wrote. */
function applyTrustedProxy(settings) {
  const header = env("VELKOMMEN_TRUSTED_PROXY_HEADER");
  if (!header) return false;
  settings.trustedProxy.headers = [header];
  settings.trustedProxy.useLeftmostIP = false;
  return true;
}

function applySmtp(settings) {
  const host = env("VELKOMMEN_SMTP_HOST");
  if (!host) return false;
  settings.smtp.enabled = true;
  settings.smtp.host = host;
  settings.smtp.port = Number(env("VELKOMMEN_SMTP_PORT") || "587");
  settings.smtp.username = env("VELKOMMEN_SMTP_USERNAME");
  settings.smtp.password = secret("VELKOMMEN_SMTP_PASSWORD");
  settings.smtp.tls = env("VELKOMMEN_SMTP_TLS") === "true";
  settings.smtp.authMethod = env("VELKOMMEN_SMTP_AUTH") || "PLAIN";
  settings.smtp.localName = env("VELKOMMEN_SMTP_LOCAL_NAME");
  settings.meta.senderAddress = env("VELKOMMEN_MAIL_FROM");
  settings.meta.senderName = env("VELKOMMEN_MAIL_FROM_NAME") || "velkommen";
  if (env("VELKOMMEN_ORIGIN")) settings.meta.appURL = env("VELKOMMEN_ORIGIN");
  return true;
}

/**
 * Staff (everyone whose role is not refugee) and superusers sign in with password plus an e-mailed one-time code.
 * Refugees keep password-only sign-in (their activation letter is the other factor they have); OTP alone is
 * never enough for staff because MFA asks for two different methods.
 */
function applyStaffMfa(app) {
  if (env("VELKOMMEN_STAFF_MFA") !== "1") return false;
  const otpSeconds = Number(env("VELKOMMEN_OTP_SECONDS") || "300");
  const users = app.findCollectionByNameOrId("users");
  users.otp.enabled = true;
  users.otp.duration = otpSeconds;
  users.otp.length = 8;
  users.mfa.enabled = true;
  users.mfa.duration = 600;
  users.mfa.rule = "role != 'refugee'";
  app.save(users);
  const superusers = app.findCollectionByNameOrId("_superusers");
  superusers.otp.enabled = true;
  superusers.otp.duration = otpSeconds;
  superusers.otp.length = 8;
  superusers.mfa.enabled = true;
  superusers.mfa.duration = 600;
  superusers.mfa.rule = "";
  // A stolen superuser token is worth the whole instance: one hour, then sign in again.
  superusers.authToken.duration = 3600;
  app.save(superusers);
  return true;
}

/** The superuser named by VELKOMMEN_SUPERUSER_EMAIL, with the password from PB_SUPERUSER_PASSWORD(_FILE). */
function applySuperuser(app) {
  const email = env("VELKOMMEN_SUPERUSER_EMAIL");
  if (!email) return false;
  const password = secret("PB_SUPERUSER_PASSWORD");
  if (!password) throw new Error("VELKOMMEN_SUPERUSER_EMAIL is set but PB_SUPERUSER_PASSWORD(_FILE) is empty.");
  let record;
  try {
    record = app.findAuthRecordByEmail("_superusers", email);
  } catch (notFound) {
    record = new Record(app.findCollectionByNameOrId("_superusers"));
    record.setEmail(email);
  }
  if (!record.validatePassword(password)) {
    record.setPassword(password);
    app.save(record);
  }
  return true;
}

/** Demo accounts (npm start) use the reserved .demo domain; production refuses to run on such a data dir. */
function refuseDemoData(app) {
  if (env("VELKOMMEN_MODE") !== "production") return;
  const demo = new DynamicModel({ count: 0 });
  app.db().newQuery("SELECT COUNT(*) AS count FROM users WHERE email LIKE '%.demo'").one(demo);
  if (demo.count > 0) {
    throw new Error("This data directory holds demo data from `npm start` (" + demo.count + " .demo accounts). " +
      "Production (npm run serve) never runs on demo data: point PB_DATA at a new, empty directory.");
  }
}

function applyProduction(app) {
  const wanted = ["VELKOMMEN_MODE", "VELKOMMEN_TRUSTED_PROXY_HEADER", "VELKOMMEN_SMTP_HOST", "VELKOMMEN_STAFF_MFA", "VELKOMMEN_SUPERUSER_EMAIL"];
  if (!wanted.some((name) => env(name))) return;
  app.runAllMigrations();
  refuseDemoData(app);
  const settings = app.settings();
  const proxy = applyTrustedProxy(settings);
  const smtp = applySmtp(settings);
  if (proxy || smtp) app.save(settings);
  applyStaffMfa(app);
  applySuperuser(app);
}

/** `onRecordRequestOTPRequest`: refugees get no e-mail code (one more way in is one more way to take over). */
function skipRefugeeOtp(e) {
  if (e.record && e.record.getString("role") === "refugee") {
    // The same answer as for an unknown address, so it reveals nothing.
    return e.json(200, { otpId: $security.randomString(15) });
  }
  return e.next();
}

module.exports = { applyProduction, skipRefugeeOtp };
