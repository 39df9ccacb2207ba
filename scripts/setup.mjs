// `npm run setup`: fetches what the project needs besides npm packages, each pinned and cached in .cache/:
// PocketBase, Litestream (both built with Go or checked downloads), the aiosmtpd venv for the MFA test, and, when
// run as root, the Debian packages chromium, poppler-utils, caddy and python3-venv.
import { parseCommandLine } from "./lib/cli.mjs";
import { ensurePocketBase } from "./lib/pocketbase-binary.mjs";
import { ensureLitestream, ensureSmtpServer, installSystemPackages } from "./lib/tools.mjs";

const usage = `
Usage: npm run setup [-- --no-apt] [--pocketbase-only]

Gets the pinned tools into .cache/ (idempotent; a second run changes nothing):
  1/4 system packages chromium, poppler-utils, caddy, python3-venv (apt-get, only as root and only if missing)
  2/4 PocketBase, built by the project: POCKETBASE_BIN, the cache for this source, or go build in pocketbase/server
  3/4 Litestream (LITESTREAM_BIN, cache, or go install of the pinned tag)
  4/4 aiosmtpd in a venv (the local SMTP server the MFA test uses)

Options:
  --no-apt            never call apt-get; only say which packages are missing
  --pocketbase-only   only step 2 (what npm start needs)
  -h, --help          print this and exit`;

const { values } = parseCommandLine({ usage, options: { "no-apt": { type: "boolean" }, "pocketbase-only": { type: "boolean" } } });

try {
  if (!values["pocketbase-only"]) {
    console.log("▶ [1/4] System packages");
    const missing = values["no-apt"] ? [] : installSystemPackages();
    if (missing.length > 0) console.log(`  still missing: ${missing.join(", ")}`);
  }
  console.log("▶ [2/4] PocketBase");
  console.log(`  ${await ensurePocketBase()}`);
  if (!values["pocketbase-only"]) {
    console.log("▶ [3/4] Litestream");
    console.log(`  ${ensureLitestream()}`);
    console.log("▶ [4/4] aiosmtpd (test SMTP server)");
    console.log(`  ${ensureSmtpServer()}`);
  }
  console.log("✔ Setup done.");
} catch (error) {
  console.error(`✖ ${error.message}`);
  process.exit(1);
}
