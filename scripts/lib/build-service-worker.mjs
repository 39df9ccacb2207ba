// Builds dist/sw.js: bundles src/service-worker/sw.ts with esbuild, then lets workbox-build inject the
// precache manifest (the translated offline pages and the icon; pages and assets are cached when visited).
import { buildSync } from "esbuild";
import { join, resolve } from "node:path";
import { injectManifest } from "workbox-build";
import { projectRoot } from "./pocketbase-server.mjs";

/** `root` is the tree to build (the site builder's staging tree, or this checkout); its dist/ by default. */
export async function buildServiceWorker(distDirectory = join(projectRoot, "dist"), root = projectRoot) {
  // Inside the tree, so two builds at once (npm run build, the site builder) never share the bundle file.
  const bundled = join(root, ".cache", "sw.bundle.js");
  buildSync({
    entryPoints: [join(root, "src", "service-worker", "sw.ts")],
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

// `node scripts/lib/build-service-worker.mjs [root]`: root default this checkout.
if (process.argv[1] && process.argv[1].endsWith("build-service-worker.mjs")) {
  const root = process.argv[2] ? resolve(process.argv[2]) : projectRoot;
  const { count, size } = await buildServiceWorker(join(root, "dist"), root);
  console.log(`dist/sw.js precaches ${count} files (${(size / 1024).toFixed(1)} KiB)`);
}
