// `npm run build`: the whole site build, one step after another, each with a progress line.
// Steps after `astro build` work on dist/ (search index, service worker).
import { spawnSync } from "node:child_process";
import { parseCommandLine } from "./lib/cli.mjs";
import { projectRoot } from "./lib/pocketbase-server.mjs";

parseCommandLine({ usage: `
Usage: npm run build

Builds the static site into dist/, step by step with a progress line each: municipality index, Astro pages for
every locale, the Pagefind search index, the service worker, and the hooks' domain bundle.

Options:
  -h, --help   print this and exit` });

const steps = [
  { title: "Municipality index (src/content/municipalities/index.generated.json)", command: "node", args: ["scripts/lib/municipalities.mjs"] },
  { title: "Astro: pages for every locale", command: "astro", args: ["build"] },
  { title: "Pagefind: one search index per language", command: "pagefind", args: ["--site", "dist"] },
  { title: "Workbox: service worker", command: "node", args: ["scripts/lib/build-service-worker.mjs"] },
  { title: "PocketBase hooks: domain bundle (pb_hooks/generated/domain.js)", command: "node", args: ["scripts/lib/build-hooks.mjs"] },
];

const started = Date.now();
for (const [index, step] of steps.entries()) {
  const stepStarted = Date.now();
  console.log(`▶ [${index + 1}/${steps.length}] ${step.title}`);
  const result = spawnSync(step.command, step.args, { cwd: projectRoot, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`✖ ${step.title} failed.`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${step.title} (${((Date.now() - stepStarted) / 1000).toFixed(1)} s)`);
}
console.log(`Build finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
