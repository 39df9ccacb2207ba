// The one list of site build steps, shared by `npm run build` (this checkout) and the site builder (a staging
// tree filled from the content store, scripts/site-builder.mjs), so both always build the same site.
import { spawn } from "node:child_process";
import { delimiter, join } from "node:path";
import { projectRoot } from "./pocketbase-server.mjs";

const bin = (name) => join(projectRoot, "node_modules", ".bin", name);
const script = (name) => join(projectRoot, "scripts", "lib", name);

/**
 * The steps that build `root`'s site into `root`/dist. `withHooks` adds the hooks' domain bundle, which belongs
 * to the server of this checkout, not to a site: the builder leaves it out.
 * @returns {{ title: string, command: string, args: string[], nodeOptions?: string }[]}
 */
export function siteBuildSteps(root = projectRoot, { withHooks = root === projectRoot } = {}) {
  const steps = [
    { title: "Municipality index (src/content/municipalities/index.generated.json)", command: "node", args: [script("municipalities.mjs"), root] },
    // Young-generation semi-spaces of 4 MiB instead of V8's default 16: the Astro step's peak memory falls from
    // ~790 to ~700 MiB in the same time (measured 2026-12-02, 293 pages). It matters where the site builder runs:
    // on the production server, beside PocketBase, at every publish.
    { title: "Astro: pages for every locale", command: bin("astro"), args: ["build"], nodeOptions: "--max-semi-space-size=4" },
    { title: "Pagefind: one search index per language", command: bin("pagefind"), args: ["--site", "dist"] },
    { title: "Workbox: service worker", command: "node", args: [script("build-service-worker.mjs"), root] },
  ];
  if (withHooks) steps.push({ title: "PocketBase hooks: domain bundle (pb_hooks/generated/domain.js)", command: "node", args: [script("build-hooks.mjs")] });
  return steps;
}

/**
 * Runs the steps one after another in `root`, with a progress line each (`log`). `onOutput` gets the steps'
 * output (the builder keeps it for the error and the log tail); without it the output goes to this terminal.
 * Resolves `{ ok: true }` or `{ ok: false, step }` for the first step that failed.
 * `onStep` gets each step's child process (the builder stops it when it is stopped itself).
 * @param {{ root?: string, log?: (line: string) => void, onOutput?: (text: string) => void, onStep?: (child: import("node:child_process").ChildProcess) => void, env?: Record<string, string | undefined>, steps?: ReturnType<typeof siteBuildSteps> }} options
 */
export async function runSiteBuild({ root = projectRoot, log = console.log, onOutput, onStep = () => {}, env = process.env, steps = siteBuildSteps(root) } = {}) {
  // The repository's own Node (the npm package `node`) and tools come first, as under `npm run`, also when a
  // test or the builder runs this file with another node on the PATH.
  // Astro's telemetry would be a request to a third party (and the service's home is read-only): off.
  const stepEnvironment = { ...env, ASTRO_TELEMETRY_DISABLED: "1", PATH: [join(projectRoot, "node_modules", ".bin"), env.PATH ?? ""].join(delimiter) };
  for (const [index, step] of steps.entries()) {
    const stepStarted = Date.now();
    log(`▶ [${index + 1}/${steps.length}] ${step.title}`);
    const status = await new Promise((resolveStep) => {
      const environment = step.nodeOptions ? { ...stepEnvironment, NODE_OPTIONS: [stepEnvironment.NODE_OPTIONS, step.nodeOptions].filter(Boolean).join(" ") } : stepEnvironment;
      const child = spawn(step.command, step.args, { cwd: root, env: environment, stdio: onOutput ? ["ignore", "pipe", "pipe"] : "inherit" });
      onStep(child);
      child.stdout?.on("data", (chunk) => onOutput?.(String(chunk)));
      child.stderr?.on("data", (chunk) => onOutput?.(String(chunk)));
      child.on("error", (error) => {
        onOutput?.(`${error.message}\n`);
        resolveStep(1);
      });
      child.on("close", (code) => resolveStep(code ?? 1));
    });
    if (status !== 0) {
      log(`✖ ${step.title} failed.`);
      return { ok: false, step, status };
    }
    log(`✔ ${step.title} (${((Date.now() - stepStarted) / 1000).toFixed(1)} s)`);
  }
  return { ok: true };
}
