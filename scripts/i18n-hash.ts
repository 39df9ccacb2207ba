// `npm run i18n:hash -- src/content/guides/da/<slug>.md …`: prints the source hash that a translation of
// each Danish guide must record in its `sourceHash` front matter.
import { readFileSync } from "node:fs";
import { guideSourceHash, parseGuideFile } from "../src/i18n/guide-source.ts";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("Usage: npm run i18n:hash -- src/content/guides/da/<slug>.md [more files]");
  process.exit(2);
}
for (const file of files) {
  console.log(`${guideSourceHash(parseGuideFile(readFileSync(file, "utf8")))}  ${file}`);
}
