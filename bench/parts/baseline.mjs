// baseline: the same guide corpus (all 12 locales) built as a plain Starlight site (bench/starlight),
// built and measured in the same run as velkommen, so the noisy shared machine hits both alike.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../scripts/lib/pocketbase-server.mjs";
import { launchChromium, progress, serveDirectory } from "../lib/context.mjs";
import { measurePage, sumBy } from "../lib/measure-page.mjs";
import { round, timedBuild } from "../lib/timed-build.mjs";

const starlightRoot = join(projectRoot, "bench", "starlight");
const guidesRoot = join(projectRoot, "src", "content", "guides");

/** Copies every guide into Starlight's docs folder, keeping only what Starlight's schema knows. */
function prepareStarlightCorpus() {
  const docsRoot = join(starlightRoot, "src", "content", "docs");
  rmSync(docsRoot, { recursive: true, force: true });
  let files = 0;
  for (const lang of readdirSync(guidesRoot)) {
    mkdirSync(join(docsRoot, lang), { recursive: true });
    for (const file of readdirSync(join(guidesRoot, lang)).filter((name) => name.endsWith(".md"))) {
      const raw = readFileSync(join(guidesRoot, lang, file), "utf8");
      const [, frontMatter = "", body = ""] = raw.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/) ?? [];
      const keep = frontMatter.split("\n").filter((line) => /^(title|description):/.test(line)).join("\n");
      writeFileSync(join(docsRoot, lang, file), `---\n${keep}\n---\n${body}`);
      files += 1;
    }
  }
  return files;
}

function ensureStarlightInstalled() {
  if (existsSync(join(starlightRoot, "node_modules", "@astrojs", "starlight"))) return;
  progress("installing the Starlight baseline (npm ci in bench/starlight)…");
  const result = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: starlightRoot, stdio: "inherit" });
  if (result.status !== 0) throw new Error("npm ci in bench/starlight failed");
}

export async function run() {
  ensureStarlightInstalled();
  const guideFiles = prepareStarlightCorpus();
  progress(`corpus: ${guideFiles} guide files`);
  progress("building velkommen…");
  const velkommenBuild = timedBuild({ cwd: projectRoot, command: "npm", args: ["run", "-s", "build"], distDirectory: join(projectRoot, "dist") });
  progress(`velkommen: ${velkommenBuild.pages} pages in ${velkommenBuild.seconds} s, peak ${velkommenBuild.peakMemoryMiB} MiB`);
  progress("building Starlight…");
  const starlightBuild = timedBuild({ cwd: starlightRoot, command: "npx", args: ["astro", "build"], distDirectory: join(starlightRoot, "dist") });
  progress(`Starlight: ${starlightBuild.pages} pages in ${starlightBuild.seconds} s, peak ${starlightBuild.peakMemoryMiB} MiB`);

  const browser = await launchChromium();
  const velkommenServer = await serveDirectory(join(projectRoot, "dist"));
  const starlightServer = await serveDirectory(join(starlightRoot, "dist"));
  const guides = [];
  try {
    for (const lang of ["da", "ar"]) {
      const ours = await measurePage(browser, `${velkommenServer.url}/${lang}/guides/first-month/`);
      const theirs = await measurePage(browser, `${starlightServer.url}/${lang}/first-month/`);
      guides.push({
        lang,
        velkommen: { transferGzip: sumBy(ours.requests, ["html", "css", "js", "font", "image", "other"]), jsGzip: sumBy(ours.requests, ["js"]), requests: ours.requests.length },
        starlight: { transferGzip: sumBy(theirs.requests, ["html", "css", "js", "font", "image", "other"]), jsGzip: sumBy(theirs.requests, ["js"]), requests: theirs.requests.length },
      });
    }
  } finally {
    await browser.close();
    await velkommenServer.stop();
    await starlightServer.stop();
  }
  const ratios = {
    guideTransfer: round(average(guides.map((guide) => guide.velkommen.transferGzip / guide.starlight.transferGzip))),
    pagesPerSecond: round(velkommenBuild.pagesPerSecond / starlightBuild.pagesPerSecond),
    peakMemory: round(velkommenBuild.peakMemoryMiB / starlightBuild.peakMemoryMiB),
  };
  const budgets = [
    { name: "guide first load vs Starlight (ratio)", measured: ratios.guideTransfer, budget: round(1 / 3), unit: "×" },
    // DESIGN.md: "Faster per page than that Starlight build, at no more peak memory". (Until 2026-12-02 the bench
    // asked for 2× and half, numbers of its own that DESIGN.md never set.)
    { name: "build pages/s vs Starlight (ratio, faster per page)", measured: ratios.pagesPerSecond, budget: 1, unit: "×", atLeast: true, strictly: true },
    { name: "build peak memory vs Starlight (ratio, no more)", measured: ratios.peakMemory, budget: 1, unit: "×" },
  ].map((budget) => ({ ...budget, pass: budget.atLeast ? (budget.strictly ? budget.measured > budget.budget : budget.measured >= budget.budget) : budget.measured <= budget.budget }));
  return { guideFiles, velkommenBuild, starlightBuild, guides, ratios, budgets };
}

function average(values) {
  return values.reduce((total, value) => total + value, 0) / values.length;
}

export function table(result) {
  const lines = [
    "| | velkommen | Starlight | ratio |", "|---|--:|--:|--:|",
    ...result.guides.map((guide) => `| guide ${guide.lang}: first load gzip (requests) | ${guide.velkommen.transferGzip} B (${guide.velkommen.requests}) | ${guide.starlight.transferGzip} B (${guide.starlight.requests}) | ${round(guide.velkommen.transferGzip / guide.starlight.transferGzip)} |`),
    ...result.guides.map((guide) => `| guide ${guide.lang}: JS gzip | ${guide.velkommen.jsGzip} B | ${guide.starlight.jsGzip} B | |`),
    `| build: pages | ${result.velkommenBuild.pages} | ${result.starlightBuild.pages} | |`,
    `| build: seconds per 100 pages | ${result.velkommenBuild.secondsPer100Pages} | ${result.starlightBuild.secondsPer100Pages} | ${round(result.velkommenBuild.secondsPer100Pages / result.starlightBuild.secondsPer100Pages)} |`,
    `| build: pages per second | ${result.velkommenBuild.pagesPerSecond} | ${result.starlightBuild.pagesPerSecond} | ${result.ratios.pagesPerSecond} |`,
    `| build: peak memory | ${result.velkommenBuild.peakMemoryMiB} MiB | ${result.starlightBuild.peakMemoryMiB} MiB | ${result.ratios.peakMemory} |`,
  ];
  return lines.join("\n");
}
