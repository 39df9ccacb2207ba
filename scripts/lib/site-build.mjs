// One site build from the content store (scripts/site-builder.mjs runs the loop): a staging tree with this
// checkout's code and the store's published texts, the same steps as `npm run build`, then the atomic swap.
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { exportPack } from "./content-pack.mjs";
import { projectRoot } from "./pocketbase-server.mjs";
import { liveTarget, swapLive } from "./live-site.mjs";
import { runSiteBuild } from "./site-build-steps.mjs";

/** What a staging tree copies from the checkout: the site's code and config. The content pack is then overlaid. */
const COPIED = ["src", "locales", "public", "astro.config.mjs", "tsconfig.json", "package.json"];
const LOG_TAIL_CHARACTERS = 8000;

const stripColours = (text) => text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, "");

/**
 * The first meaningful lines of a failed step's output, for an editor: from the first line that names an error
 * (Astro's `[InvalidContentEntryDataError] …` and the field lines under it) up to Astro's "Hint:", at most 6
 * lines and 600 characters, without Markdown stars and backticks; a guide is named by its file in the pack, and an
 * exception without a file in those lines by the first site file of its stack.
 */
export function errorInWords(output, stepTitle) {
  const lines = stripColours(output).split("\n").map((line) => line.replace(/\*\*|`/g, "").trim()).filter((line) => line !== "");
  const first = lines.findIndex((line) => /error|failed|invalid|cannot|could not|not found|✖|expected/i.test(line));
  const from = first >= 0 ? lines.slice(first) : lines.slice(-6);
  const end = from.findIndex((line) => /^(Hint|Error reference|Stack trace|Location):?$/i.test(line));
  const picked = from.slice(0, end > 0 ? Math.min(end, 6) : 6)
    .map((line) => line.replace(/guides → ([a-z]{2,3})\/([a-z0-9-]+)/, "the guide src/content/guides/$1/$2.md"));
  let reason = picked.join("\n");
  // An exception while rendering a page names no file in its first lines; the stack under them does. Name the first
  // file of the site (not a package) it mentions, as a path in the pack/checkout (src/…, locales/…).
  if (!/(?:^|[\s(])(?:src|locales)\/\S+\.(?:astro|tsx?|mdx?|json|mjs)/.test(reason)) {
    const file = from.slice(picked.length).filter((line) => !line.includes("node_modules"))
      .map((line) => line.match(/(?:^|[\s(/])((?:src|locales)\/[\w@[\].\/-]+\.(?:astro|tsx?|mdx?|json|mjs)(?::\d+)?)/)?.[1]).find(Boolean);
    if (file) reason = `${reason}\n(in ${file})`;
  }
  if (reason.length > 600) reason = `${reason.slice(0, 597)}…`;
  return `The site was not rebuilt, so the site keeps the texts it showed before. The step "${stepTitle}" failed:\n${reason || "(no output)"}`;
}

export function logTail(output) {
  const plain = stripColours(output);
  return plain.length > LOG_TAIL_CHARACTERS ? `…${plain.slice(-LOG_TAIL_CHARACTERS)}` : plain;
}

/**
 * node_modules as a folder of links to the checkout's packages: the packages are shared, but Astro's and Vite's
 * caches (node_modules/.astro, .vite) stay inside the staging tree, so a build here never races `npm run build`.
 */
function linkNodeModules(staging) {
  const target = join(staging, "node_modules");
  mkdirSync(target);
  for (const name of readdirSync(join(projectRoot, "node_modules"))) {
    if (name === ".astro" || name === ".vite" || name === ".cache") continue;
    symlinkSync(join(projectRoot, "node_modules", name), join(target, name));
  }
}

/** Makes the staging tree and fills it with what the store publishes; returns the number of texts written. */
export async function prepareStaging(admin, staging) {
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const name of COPIED) {
    if (existsSync(join(projectRoot, name))) cpSync(join(projectRoot, name), join(staging, name), { recursive: true });
  }
  linkNodeModules(staging);
  // A path is written under the staging tree only: refuse any path that could climb out of it.
  const entries = await admin.collection("content_entries").getFullList({ fields: "path", filter: 'published_version != ""' });
  const unsafe = entries.find((entry) => entry.path.split("/").some((segment) => segment === ".." || segment === "."));
  if (unsafe) throw new Error(`The content store holds an unsafe path: ${unsafe.path}`);
  return exportPack(admin, staging);
}

/**
 * Builds one site from the store into `<siteDirectory>/builds/<id>` and swaps `live` to it.
 * Resolves { ok, error?, logTail, texts, liveAt?, cleanUp? } (cleanUp deletes older builds: call it once the build is
 * marked live); never throws for a failed build (the old site stays).
 * @param {{ admin: import("pocketbase").default, id: string, siteDirectory: string, log: (line: string) => void, onStep?: (child: import("node:child_process").ChildProcess) => void }} options
 */
export async function buildSite({ admin, id, siteDirectory, log, onStep }) {
  const staging = join(siteDirectory, `staging-${id}`);
  let output = "";
  try {
    let texts;
    const prepareStarted = Date.now();
    try {
      texts = await prepareStaging(admin, staging);
    } catch (error) {
      output += `${error.message}\n`;
      return { ok: false, error: `The site was not rebuilt, so the site keeps the texts it showed before. The published texts could not be read from the content store: ${error.message}`, logTail: logTail(output) };
    }
    log(`${texts} published texts from the content store in ${staging} (${((Date.now() - prepareStarted) / 1000).toFixed(1)} s)`);
    const result = await runSiteBuild({ root: staging, log, onStep, onOutput: (text) => { output += text; } });
    if (!result.ok) return { ok: false, error: errorInWords(output, result.step.title), logTail: logTail(output), texts };
    const builds = join(siteDirectory, "builds");
    mkdirSync(builds, { recursive: true });
    const previous = liveTarget(siteDirectory);
    rmSync(join(builds, id), { recursive: true, force: true });
    renameSync(join(staging, "dist"), join(builds, id));
    swapLive(join(builds, id), siteDirectory);
    // Live from here on: the time an editor waits ends now; the (possibly slow) clean-up comes after the row says so.
    return { ok: true, logTail: logTail(output), texts, liveAt: Date.now(), cleanUp: () => pruneBuilds(builds, [join(builds, id), previous]) };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Deletes every build but the live one and the one before it (a quick way back: point `live` at it). */
function pruneBuilds(builds, keep) {
  for (const name of readdirSync(builds)) {
    const path = join(builds, name);
    if (!keep.includes(path)) rmSync(path, { recursive: true, force: true });
  }
}
