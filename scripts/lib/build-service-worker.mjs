// Builds dist/sw.js: bundles src/service-worker/sw.ts with esbuild, then lets workbox-build inject the
// precache manifest (the translated offline pages and the icon; pages and assets are cached when visited).
import { buildSync } from "esbuild";
import { join } from "node:path";
import { injectManifest } from "workbox-build";
import { projectRoot } from "./pocketbase-server.mjs";

export async function buildServiceWorker(distDirectory = join(projectRoot, "dist")) {
  const bundled = join(projectRoot, ".cache", "sw.bundle.js");
  buildSync({
    entryPoints: [join(projectRoot, "src", "service-worker", "sw.ts")],
    outfile: bundled,
    bundle: true,
    format: "iife",
    minify: true,
    target: "es2020",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "error",
  });
  const { count, size, warnings } = await injectManifest({
    swSrc: bundled,
    swDest: join(distDirectory, "sw.js"),
    globDirectory: distDirectory,
    globPatterns: ["*/offline/index.html", "favicon.svg"],
  });
  for (const warning of warnings) console.warn(`  ⚠ ${warning}`);
  return { count, size };
}

if (process.argv[1] && process.argv[1].endsWith("build-service-worker.mjs")) {
  const { count, size } = await buildServiceWorker();
  console.log(`dist/sw.js precaches ${count} files (${(size / 1024).toFixed(1)} KiB)`);
}
