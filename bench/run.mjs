// `npm run bench [-- part …]`: measures every budget of DESIGN.md and writes bench/results/latest.json and
// bench/results/latest.md (also copied into README.md between the bench markers).
// Parts: weight, baseline, build, api, lighthouse, letters, third-party, publish. Running some parts keeps the
// others' last results (each part records when it ran).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../scripts/lib/pocketbase-server.mjs";
import { machineDescription } from "./lib/context.mjs";
import { parseCommandLine } from "../scripts/lib/cli.mjs";

const partNames = ["weight", "baseline", "build", "api", "lighthouse", "letters", "third-party", "publish"];
const resultsDirectory = join(projectRoot, "bench", "results");
const jsonFile = join(resultsDirectory, "latest.json");
const markdownFile = join(resultsDirectory, "latest.md");
const readmeFile = join(projectRoot, "README.md");

const { positionals: requested } = parseCommandLine({ positionals: true, usage: `
Usage: npm run bench [-- <part> …]

Measures the budgets of docs/architecture.md and writes bench/results/latest.json, latest.md and the table in
README.md. Without parts it runs all of them (several minutes; each part prints [n/total] and its time).
Parts: ${partNames.join(", ")}. Parts not run keep their last results.

Options:
  -h, --help   print this and exit (runs nothing)` });
const unknown = requested.filter((name) => !partNames.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown bench part: ${unknown.join(", ")}. Parts: ${partNames.join(", ")}`);
  process.exit(2);
}
const selected = requested.length > 0 ? requested : partNames;

if (!existsSync(join(projectRoot, "dist", "index.html")) && !selected.includes("build") && !selected.includes("baseline")) {
  console.error("No built site in dist/. Run `npm run build` first, or include the build part.");
  process.exit(2);
}

mkdirSync(resultsDirectory, { recursive: true });
const previous = existsSync(jsonFile) ? JSON.parse(readFileSync(jsonFile, "utf8")) : { parts: {} };
const results = { machine: machineDescription(), parts: previous.parts ?? {} };
const benchStarted = Date.now();
let failedParts = 0;

for (const [index, name] of selected.entries()) {
  const started = Date.now();
  console.log(`▶ [${index + 1}/${selected.length}] ${name}`);
  try {
    const part = await import(`./parts/${name}.mjs`);
    const result = await part.run();
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    results.parts[name] = { ranAt: new Date().toISOString(), seconds, result, table: part.table(result) };
    const failing = result.budgets.filter((budget) => !budget.pass).length;
    console.log(`✔ ${name} in ${seconds} s — ${result.budgets.length - failing} budgets pass, ${failing} fail`);
  } catch (error) {
    failedParts += 1;
    results.parts[name] = { ranAt: new Date().toISOString(), error: String(error?.stack ?? error) };
    console.error(`✖ ${name} failed: ${error?.message ?? error}`);
  }
}

results.ranAt = new Date().toISOString();
results.totalSeconds = Math.round((Date.now() - benchStarted) / 1000);
writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
const markdown = renderMarkdown(results);
writeFileSync(markdownFile, markdown);
updateReadme(markdown);
console.log(`\nWrote ${jsonFile} and ${markdownFile} (${results.totalSeconds} s).`);
process.exit(failedParts > 0 ? 1 : 0);

function renderMarkdown({ machine, parts, ranAt }) {
  const budgets = Object.entries(parts).flatMap(([name, part]) => (part.result?.budgets ?? []).map((budget) => ({ part: name, ...budget })));
  const lines = [
    `Measured ${ranAt.slice(0, 16).replace("T", " ")} UTC on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}.`,
    "", "| part | budget | measured | limit | |", "|---|---|--:|--:|---|",
    ...budgets.map((budget) => `| ${budget.part} | ${budget.name} | ${budget.measured} ${budget.unit} | ${budget.atLeast ? (budget.strictly ? ">" : "≥") : "≤"} ${budget.budget} ${budget.unit} | ${budget.pass ? "pass" : "**FAIL**"} |`),
  ];
  for (const [name, part] of Object.entries(parts)) {
    lines.push("", `### ${name}`, "", part.error ? `Failed: \`${part.error.split("\n")[0]}\`` : part.table, "", `_(${part.ranAt?.slice(0, 16).replace("T", " ")} UTC${part.seconds ? `, ${part.seconds} s` : ""})_`);
  }
  return `${lines.join("\n")}\n`;
}

function updateReadme(markdown) {
  const readme = readFileSync(readmeFile, "utf8");
  const start = "<!-- bench:start -->";
  const end = "<!-- bench:end -->";
  if (!readme.includes(start) || !readme.includes(end)) return;
  const before = readme.slice(0, readme.indexOf(start) + start.length);
  const after = readme.slice(readme.indexOf(end));
  writeFileSync(readmeFile, `${before}\n${markdown}${after}`);
}
