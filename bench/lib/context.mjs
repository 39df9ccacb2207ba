// What every bench part gets: a Chromium, servers for built sites, the machine description.
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, totalmem, tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { startPocketBase } from "../../scripts/lib/pocketbase-server.mjs";

export const chromiumFlags = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync",
];

export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", headless: true, args: chromiumFlags });
}

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
