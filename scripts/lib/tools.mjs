// The tools besides PocketBase that production and the tests use, each pinned and cached in .cache/ (gitignored):
//   Litestream (continuous SQLite replication), built from source with the Go toolchain like PocketBase;
//   aiosmtpd (a real local SMTP server for the MFA test), installed from Python's package index into a venv;
//   the system packages chromium, poppler-utils (pdftotext) and caddy, from apt.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "./pocketbase-server.mjs";

export const LITESTREAM_VERSION = "0.5.18";
export const AIOSMTPD_VERSION = "1.4.6";
const litestreamDirectory = join(projectRoot, ".cache", "litestream", LITESTREAM_VERSION);
export const cachedLitestream = join(litestreamDirectory, "litestream");
const smtpVenv = join(projectRoot, ".cache", "aiosmtpd", AIOSMTPD_VERSION);
export const smtpPython = join(smtpVenv, "bin", "python");

function log(message) {
  process.stderr.write(`[setup] ${message}\n`);
}

/** LITESTREAM_BIN, else the cache, else `go install` of the pinned tag (pure Go: CGO_ENABLED=0). */
export function ensureLitestream() {
  if (process.env.LITESTREAM_BIN) {
    if (!existsSync(process.env.LITESTREAM_BIN)) throw new Error(`LITESTREAM_BIN points to ${process.env.LITESTREAM_BIN}, which does not exist.`);
    return process.env.LITESTREAM_BIN;
  }
  if (existsSync(cachedLitestream)) return cachedLitestream;
  if (spawnSync("go", ["version"]).status !== 0) {
    throw new Error(`Litestream v${LITESTREAM_VERSION} is built from source with Go ≥ 1.26, and 'go' is not on the PATH. Install Go, or set LITESTREAM_BIN=/path/to/litestream.`);
  }
  log(`building Litestream v${LITESTREAM_VERSION} with go install (first run only, a few minutes)…`);
  const buildDirectory = join(litestreamDirectory, "gobin");
  mkdirSync(buildDirectory, { recursive: true });
  const result = spawnSync("go", ["install", "-ldflags", `-s -w -X main.Version=v${LITESTREAM_VERSION}`,
    `github.com/benbjohnson/litestream/cmd/litestream@v${LITESTREAM_VERSION}`],
  { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, GOBIN: buildDirectory, CGO_ENABLED: "0" } });
  const built = join(buildDirectory, "litestream");
  if (result.status !== 0 || !existsSync(built)) throw new Error("go install of Litestream failed (see above).");
  renameSync(built, cachedLitestream);
  rmSync(buildDirectory, { recursive: true, force: true });
  return cachedLitestream;
}

/** A venv in .cache with the pinned aiosmtpd: the local SMTP server the MFA test reads one-time codes from. */
export function ensureSmtpServer() {
  if (existsSync(smtpPython) && spawnSync(smtpPython, ["-m", "aiosmtpd", "--version"]).status === 0) return smtpPython;
  log(`installing aiosmtpd ${AIOSMTPD_VERSION} into ${smtpVenv} …`);
  rmSync(smtpVenv, { recursive: true, force: true });
  const venv = spawnSync("python3", ["-m", "venv", smtpVenv], { stdio: "inherit" });
  if (venv.status !== 0) throw new Error("python3 -m venv failed: install python3 and python3-venv (apt-get install python3-venv).");
  const pip = spawnSync(join(smtpVenv, "bin", "pip"), ["install", "-q", "--disable-pip-version-check", `aiosmtpd==${AIOSMTPD_VERSION}`], { stdio: "inherit" });
  if (pip.status !== 0) throw new Error(`pip install aiosmtpd==${AIOSMTPD_VERSION} failed (see above).`);
  return smtpPython;
}

export const chromiumPathSetting = () => process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const caddyPath = () => process.env.CADDY_BIN ?? "/usr/bin/caddy";

const onPath = (command) => spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).stdout.trim() || null;

/** What npm test needs on the machine, each with the one line that says how to get it. */
export function missingPrerequisites() {
  const missing = [];
  if (!existsSync(chromiumPathSetting())) {
    missing.push(`Chromium not found at ${chromiumPathSetting()}: run 'apt-get install chromium' (or 'npm run setup' as root), or set CHROMIUM_PATH to a Chromium or Chrome binary.`);
  }
  if (!onPath("pdftotext")) missing.push("pdftotext not found: run 'apt-get install poppler-utils' (or 'npm run setup' as root).");
  if (!existsSync(caddyPath())) missing.push(`Caddy not found at ${caddyPath()}: run 'apt-get install caddy' (or 'npm run setup' as root), or set CADDY_BIN.`);
  if (!onPath("python3")) missing.push("python3 not found (the MFA test's SMTP server): run 'apt-get install python3 python3-venv'.");
  return missing;
}

/** Installs the Debian packages that are missing, when running as root; otherwise says what to run. */
export function installSystemPackages() {
  const wanted = [];
  if (!existsSync(chromiumPathSetting())) wanted.push("chromium");
  if (!onPath("pdftotext")) wanted.push("poppler-utils");
  if (!existsSync(caddyPath())) wanted.push("caddy");
  if (spawnSync("python3", ["-c", "import venv, ensurepip"]).status !== 0) wanted.push("python3", "python3-venv");
  if (wanted.length === 0) return [];
  if (process.getuid?.() !== 0) {
    log(`missing system packages; run as root: apt-get install ${wanted.join(" ")}`);
    return wanted;
  }
  log(`apt-get install ${wanted.join(" ")} …`);
  const environment = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env: environment });
  const install = spawnSync("apt-get", ["install", "-y", "-qq", ...wanted], { stdio: "inherit", env: environment });
  if (install.status !== 0) throw new Error(`apt-get install ${wanted.join(" ")} failed (see above).`);
  return [];
}
