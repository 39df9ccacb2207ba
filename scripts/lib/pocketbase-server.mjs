// Starts and stops one PocketBase process that serves the API and (optionally) the built site.
// Used by `npm start`, the integration and end-to-end tests, the seed and the benchmarks.
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildHooks } from "./build-hooks.mjs";
import { ensurePocketBase } from "./pocketbase-binary.mjs";

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const migrationsDirectory = join(projectRoot, "pocketbase", "pb_migrations");
export const hooksDirectory = join(projectRoot, "pocketbase", "pb_hooks");

/** Asks the OS for a free port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Resolves when nothing listens on the port; otherwise rejects with a readable message. */
function ensurePortFree(port) {
  return new Promise((resolveFree, reject) => {
    const probe = createServer();
    probe.once("error", () => reject(new Error(`Port ${port} on 127.0.0.1 is already in use (another PocketBase?). Choose another with PORT=…`)));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolveFree()));
  });
}

/** Creates or updates a superuser directly in the data dir (works before the server runs). */
export async function upsertSuperuser(dataDirectory, email, password) {
  const binary = await ensurePocketBase();
  const result = spawnSync(binary, ["superuser", "upsert", email, password, "--dir", dataDirectory,
    "--migrationsDir", migrationsDirectory, "--hooksDir", hooksDirectory], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`superuser upsert failed: ${result.stderr || result.stdout}`);
}

async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`PocketBase exited early with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  throw new Error(`PocketBase did not answer ${url}/api/health within ${timeoutMs} ms`);
}

/**
 * Starts `pocketbase serve` and resolves once /api/health answers.
 * Builds the hooks' domain bundle first, so the server always runs the current rules.
 * @param {{ dataDirectory: string, port?: number, publicDirectory?: string, hooksDirectory?: string, quiet?: boolean, env?: Record<string,string> }} options
 */
export async function startPocketBase({ dataDirectory, port, publicDirectory, hooksDirectory: hooks = hooksDirectory, quiet = true, env = {}, extraArgs = [] }) {
  const binary = await ensurePocketBase();
  buildHooks(hooks);
  const listenPort = port ?? (await freePort());
  // Otherwise an old server on the same port would answer our health check and fool us.
  await ensurePortFree(listenPort);
  const args = ["serve", "--http", `127.0.0.1:${listenPort}`, "--dir", dataDirectory,
    "--migrationsDir", migrationsDirectory, "--hooksDir", hooks,
    "--automigrate=false", "--hooksWatch=false", "--dev=false", "--indexFallback=false"];
  if (publicDirectory) args.push("--publicDir", publicDirectory);
  args.push(...extraArgs);
  const child = spawn(binary, args, {
    stdio: quiet ? ["ignore", "pipe", "pipe"] : ["ignore", "inherit", "inherit"],
    env: { ...process.env, ...env },
  });
  let output = "";
  child.stdout?.on("data", (chunk) => { output += chunk; });
  child.stderr?.on("data", (chunk) => { output += chunk; });
  const url = `http://127.0.0.1:${listenPort}`;
  try {
    await waitForHealth(url, child, 30_000);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${error.message}\n${output}`);
  }
  return {
    url,
    port: listenPort,
    process: child,
    output: () => output,
    /** Stops the server (SIGTERM, then SIGKILL after 5 s) and waits for it to exit. */
    stop: () => stopProcess(child),
  };
}

export function stopProcess(child, signal = "SIGTERM") {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolveStop();
    });
    child.kill(signal);
  });
}
