// What every bench part gets: a Chromium, servers for built sites, the machine description.
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, totalmem, tmpdir } from "node:os";
import { join } from "node:path";
import { startPocketBase } from "../../scripts/lib/pocketbase-server.mjs";

export { chromiumFlags, chromiumPath, launchChromium } from "../../scripts/lib/chromium.mjs";

/** Serves a directory of built pages from a throwaway PocketBase (the same server production uses). */
export async function serveDirectory(publicDirectory) {
  const dataDirectory = mkdtempSync(join(tmpdir(), "velkommen-bench-"));
  const server = await startPocketBase({ dataDirectory, publicDirectory });
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      rmSync(dataDirectory, { recursive: true, force: true });
    },
  };
}

export function machineDescription() {
  return { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? "unknown", memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
}

export function progress(message) {
  process.stderr.write(`  · ${message}\n`);
}
