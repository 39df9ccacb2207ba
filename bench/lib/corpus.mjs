// A bigger corpus for the "grows linearly" budgets (build, publish to live): every guide of every language
// copied under new names, so page count and Markdown volume grow by the factor while the texts stay real.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Writes `factor - 1` copies of each guide in `guidesRoot/<lang>/` (src/content/guides of a project copy). */
export function multiplyGuides(guidesRoot, factor) {
  for (const lang of readdirSync(guidesRoot)) {
    for (const file of readdirSync(join(guidesRoot, lang)).filter((name) => name.endsWith(".md"))) {
      const raw = readFileSync(join(guidesRoot, lang, file), "utf8");
      for (let copy = 1; copy < factor; copy += 1) writeFileSync(join(guidesRoot, lang, file.replace(/\.md$/, `-copy-${copy}.md`)), raw);
    }
  }
}
