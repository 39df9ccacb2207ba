// Finds or fetches the pinned PocketBase binary. Order (first hit wins):
// POCKETBASE_BIN, `pocketbase` on PATH, the gitignored cache, `go install`, the official release.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync, chmodSync } from "node:fs";
import { arch, platform, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const POCKETBASE_VERSION = "0.39.11";
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const cacheDirectory = join(projectRoot, ".cache", "pocketbase", POCKETBASE_VERSION);
const cachedBinary = join(cacheDirectory, platform() === "win32" ? "pocketbase.exe" : "pocketbase");

// sha256 of the official release archives (from the v0.39.11 release's checksums).
const releaseArchives = {
  "linux-x64": { asset: `pocketbase_${POCKETBASE_VERSION}_linux_amd64.zip`, sha256: "08b9fcda0d5fd42cb315dc15a36dfa121c993855bd635f01d347c31b4328ec34" },
  "linux-arm64": { asset: `pocketbase_${POCKETBASE_VERSION}_linux_arm64.zip`, sha256: "8c785618840df7ebba795fdf4eba33a5fed64ac5307ad8023b955b4ebb82048b" },
};

function log(message) {
  process.stderr.write(`[pocketbase] ${message}\n`);
}

function reportedVersion(binary) {
  const result = spawnSync(binary, ["--version"], { encoding: "utf8" });
  if (result.status !== 0) return null;
  return (result.stdout.match(/version\s+(\S+)/) ?? [])[1] ?? null;
}

function fromEnvironment() {
  const binary = process.env.POCKETBASE_BIN;
  if (!binary) return null;
  if (!existsSync(binary)) throw new Error(`POCKETBASE_BIN points to ${binary}, which does not exist.`);
  return binary;
}

function fromPath() {
  const result = spawnSync("sh", ["-c", "command -v pocketbase"], { encoding: "utf8" });
  const binary = result.stdout.trim();
  if (!binary) return null;
  const version = reportedVersion(binary);
  if (version !== POCKETBASE_VERSION) {
    log(`ignoring ${binary} on PATH: it reports version ${version ?? "unknown"}, the project pins ${POCKETBASE_VERSION}.`);
    return null;
  }
  return binary;
}

function fromGoInstall() {
  if (spawnSync("go", ["version"]).status !== 0) return null;
  log(`building PocketBase v${POCKETBASE_VERSION} with go install (first run only, about a minute)…`);
  const buildDirectory = join(cacheDirectory, "gobin");
  mkdirSync(buildDirectory, { recursive: true });
  const result = spawnSync(
    "go",
    ["install", "-ldflags", `-s -w -X github.com/pocketbase/pocketbase.Version=${POCKETBASE_VERSION}`,
      `github.com/pocketbase/pocketbase/examples/base@v${POCKETBASE_VERSION}`],
    { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, GOBIN: buildDirectory, CGO_ENABLED: "0" } },
  );
  const built = join(buildDirectory, "base");
  if (result.status !== 0 || !existsSync(built)) {
    log("go install failed.");
    return null;
  }
  renameSync(built, cachedBinary);
  rmSync(buildDirectory, { recursive: true, force: true });
  return cachedBinary;
}

async function fromRelease() {
  const archive = releaseArchives[`${platform()}-${arch()}`];
  if (!archive) return null;
  const url = `https://github.com/pocketbase/pocketbase/releases/download/v${POCKETBASE_VERSION}/${archive.asset}`;
  log(`downloading ${url}…`);
  let bytes;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    bytes = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    log(`download failed: ${error.message}`);
    return null;
  }
  const digest = createHash("sha256").update(bytes).digest("hex");
  if (digest !== archive.sha256) {
    log(`checksum mismatch for ${archive.asset}: got ${digest}, expected ${archive.sha256}. Not using it.`);
    return null;
  }
  const zipPath = join(tmpdir(), `${archive.asset}-${process.pid}`);
  writeFileSync(zipPath, bytes);
  try {
    execFileSync("unzip", ["-o", "-q", zipPath, "pocketbase", "-d", cacheDirectory]);
  } finally {
    rmSync(zipPath, { force: true });
  }
  chmodSync(cachedBinary, 0o755);
  return cachedBinary;
}

/** Returns the path of a usable PocketBase binary, or throws with instructions. */
export async function ensurePocketBase() {
  const known = fromEnvironment() ?? fromPath() ?? (existsSync(cachedBinary) ? cachedBinary : null);
  if (known) return known;
  mkdirSync(cacheDirectory, { recursive: true });
  const fetched = fromGoInstall() ?? (await fromRelease());
  if (fetched && reportedVersion(fetched)) {
    log(`PocketBase ${reportedVersion(fetched)} ready at ${fetched}`);
    return fetched;
  }
  throw new Error(
    `Could not get PocketBase v${POCKETBASE_VERSION}. Do one of these, then run the command again:\n` +
      `  - install Go ≥ 1.25 so that 'go install github.com/pocketbase/pocketbase/examples/base@v${POCKETBASE_VERSION}' can build it;\n` +
      `  - download pocketbase_${POCKETBASE_VERSION}_<os>_<arch>.zip from https://github.com/pocketbase/pocketbase/releases and set POCKETBASE_BIN=/path/to/pocketbase;\n` +
      `  - or put a pocketbase ${POCKETBASE_VERSION} binary on your PATH.`,
  );
}

