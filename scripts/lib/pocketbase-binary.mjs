// Builds or finds the project's PocketBase: the pinned PocketBase (pocketbase/server/go.mod) with the project's
// native Go middlewares and hot reads (pocketbase/server/velkommen, issue 16) and every JS hook and migration
// through the stock jsvm plugin. Order (first hit wins): POCKETBASE_BIN (must be a build of this source), the
// gitignored cache for this exact source, `go build`. A stock PocketBase binary is never used: it would miss
// the security headers, the deactivated-account check, the /64 rate limiter and two endpoints of the contract.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { platform } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const POCKETBASE_VERSION = "0.39.11";
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const serverSource = join(projectRoot, "pocketbase", "server");
const binaryName = platform() === "win32" ? "pocketbase.exe" : "pocketbase";

function log(message) {
  process.stderr.write(`[pocketbase] ${message}\n`);
}

function sourceFiles(directory) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.go$|^go\.(mod|sum)$/.test(entry.name) ? [path] : [];
  }).sort();
}

/** A hash of the Go source (and the pinned version): a change makes a new cache entry, so the build is never stale. */
export function sourceHash() {
  const hash = createHash("sha256").update(POCKETBASE_VERSION);
  for (const file of sourceFiles(serverSource)) hash.update(relative(serverSource, file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex").slice(0, 16);
}

export const cacheDirectory = join(projectRoot, ".cache", "pocketbase", POCKETBASE_VERSION);

/** The version PocketBase reports and the source hash the build carries (`pocketbase velkommen-build`). */
function buildOf(binary) {
  const version = spawnSync(binary, ["--version"], { encoding: "utf8" });
  const build = spawnSync(binary, ["velkommen-build"], { encoding: "utf8" });
  return {
    version: (version.stdout?.match(/version\s+(\S+)/) ?? [])[1] ?? null,
    // (A stock PocketBase 0.39 answers an unknown command with a message and exit code 0.)
    hash: build.status === 0 && /^[0-9a-f]{16}$/.test(build.stdout.trim()) ? build.stdout.trim() : null,
  };
}

function checkGoModule() {
  const goMod = readFileSync(join(serverSource, "go.mod"), "utf8");
  const pinned = (goMod.match(/github\.com\/pocketbase\/pocketbase v(\S+)/) ?? [])[1];
  if (pinned !== POCKETBASE_VERSION) throw new Error(`pocketbase/server/go.mod requires PocketBase ${pinned}, scripts/lib/pocketbase-binary.mjs pins ${POCKETBASE_VERSION}: make them the same.`);
}

function fromEnvironment(hash) {
  const binary = process.env.POCKETBASE_BIN;
  if (!binary) return null;
  if (!existsSync(binary)) throw new Error(`POCKETBASE_BIN points to ${binary}, which does not exist.`);
  const build = buildOf(binary);
  if (build.version !== POCKETBASE_VERSION || build.hash !== hash) {
    throw new Error(`POCKETBASE_BIN (${binary}) is not a build of this checkout's pocketbase/server (it reports version ${build.version ?? "unknown"}, ` +
      `source ${build.hash ?? "none: a stock PocketBase"}; expected ${POCKETBASE_VERSION}, ${hash}). Unset it to let npm run setup build one.`);
  }
  return binary;
}

function fromGoBuild(target, hash) {
  if (spawnSync("go", ["version"]).status !== 0) return null;
  log(`building the project's PocketBase v${POCKETBASE_VERSION} (source ${hash}) with go build (a few minutes with a cold module cache)…`);
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial-${process.pid}`;
  const ldflags = `-s -w -X github.com/pocketbase/pocketbase.Version=${POCKETBASE_VERSION} -X velkommen/pocketbase-server/velkommen.SourceHash=${hash}`;
  const result = spawnSync("go", ["build", "-mod=readonly", "-trimpath", "-ldflags", ldflags, "-o", partial, "."],
    { cwd: serverSource, stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, CGO_ENABLED: "0" } });
  if (result.status !== 0 || !existsSync(partial)) {
    rmSync(partial, { force: true });
    log("go build failed.");
    return null;
  }
  renameSync(partial, target);
  return target;
}

/** Returns the path of the project's PocketBase binary for the current source, building it if needed, or throws. */
export async function ensurePocketBase() {
  checkGoModule();
  const hash = sourceHash();
  const fromEnv = fromEnvironment(hash);
  if (fromEnv) return fromEnv;
  const cached = join(cacheDirectory, `velkommen-${hash}`, binaryName);
  if (existsSync(cached)) return cached;
  const built = fromGoBuild(cached, hash);
  if (built && buildOf(built).hash === hash) {
    log(`PocketBase ${buildOf(built).version} (project build ${hash}) ready at ${built}`);
    return built;
  }
  throw new Error(
    `Could not build the project's PocketBase v${POCKETBASE_VERSION} (pocketbase/server). Do one of these, then run the command again:\n` +
      "  - install Go ≥ 1.25 (https://go.dev/dl/; Debian: golang-go from bookworm-backports) so that `go build` can fetch the pinned modules;\n" +
      "  - or build it elsewhere with the same command (see docs/deploy.md) and set POCKETBASE_BIN=/path/to/pocketbase.",
  );
}
