// build: wall time and peak memory of the full site build, pages per second, and the same with the guide
// corpus multiplied ×10 by generated copies, to show how build cost grows with pages.
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../scripts/lib/pocketbase-server.mjs";
import { progress } from "../lib/context.mjs";
import { multiplyGuides } from "../lib/corpus.mjs";
import { round, timedBuild } from "../lib/timed-build.mjs";

const copiedForBuild = ["src", "locales", "public", "scripts", "pocketbase", "astro.config.mjs", "tsconfig.json", "package.json"];

function projectCopyWithCorpusTimes(factor) {
  const root = mkdtempSync(join(tmpdir(), `velkommen-build-x${factor}-`));
  for (const entry of copiedForBuild) cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
  symlinkSync(join(projectRoot, "node_modules"), join(root, "node_modules"));
  multiplyGuides(join(root, "src", "content", "guides"), factor);
  return root;
}

export async function run() {
  progress("full build (npm run build)…");
  const single = timedBuild({ cwd: projectRoot, command: "npm", args: ["run", "-s", "build"], distDirectory: join(projectRoot, "dist") });
  progress(`${single.pages} pages in ${single.seconds} s (${single.pagesPerSecond} pages/s), peak ${single.peakMemoryMiB} MiB`);
  const copyRoot = projectCopyWithCorpusTimes(10);
  let tenfold;
  try {
    progress("build with the guide corpus ×10…");
    tenfold = timedBuild({ cwd: copyRoot, command: "npm", args: ["run", "-s", "build"], distDirectory: join(copyRoot, "dist") });
    progress(`${tenfold.pages} pages in ${tenfold.seconds} s (${tenfold.pagesPerSecond} pages/s), peak ${tenfold.peakMemoryMiB} MiB`);
  } finally {
    rmSync(copyRoot, { recursive: true, force: true });
  }
  const growth = {
    pages: round(tenfold.pages / single.pages),
    seconds: round(tenfold.seconds / single.seconds),
    secondsPerPage: round(tenfold.seconds / tenfold.pages / (single.seconds / single.pages)),
  };
  return { single, tenfold, growth, budgets: [{ name: "build ×10 corpus: time per page vs ×1 (linear ≤ 1.25)", measured: growth.secondsPerPage, budget: 1.25, unit: "×", pass: growth.secondsPerPage <= 1.25 }] };
}

export function table(result) {
  return [
    "| build | pages | seconds | pages/s | peak memory |", "|---|--:|--:|--:|--:|",
    `| site | ${result.single.pages} | ${result.single.seconds} | ${result.single.pagesPerSecond} | ${result.single.peakMemoryMiB} MiB |`,
    `| guides ×10 | ${result.tenfold.pages} | ${result.tenfold.seconds} | ${result.tenfold.pagesPerSecond} | ${result.tenfold.peakMemoryMiB} MiB |`,
    "", `Growth: ${result.growth.pages}× pages took ${result.growth.seconds}× the time (${result.growth.secondsPerPage}× per page).`,
  ].join("\n");
}
