// `npm run i18n:hash -- <Danish source file> …`: prints the source hash a translation must record.
//   src/content/guides/da/<slug>.md   → the hash for the guide's `sourceHash` front matter
//   locales/da/<namespace>.json       → the hash for locales/<lang>/_status.json → <namespace>.sourceHash
//   src/content/glossary/da.json      → one hash per term, for each translated term's `sourceHash`
//   municipalities                    → the hash for locales/<lang>/_status.json → municipalities.sourceHash
import { readFileSync } from "node:fs";
import { parseCommandLine, usageError } from "./lib/cli.mjs";
import { guideSourceHash, parseGuideFile } from "../src/i18n/guide-source.ts";
import { namespaceSourceHash, objectSourceHash } from "../src/i18n/source-hash.ts";
import { municipalityTextsHash } from "../src/i18n/municipality-texts.ts";

const usage = `
Usage: npm run i18n:hash -- <file | municipalities> …

Prints the source hash a translation must record for each Danish source:
  src/content/guides/da/<slug>.md, locales/da/<namespace>.json, src/content/glossary/da.json (one per term),
  or the word municipalities (the texts of src/content/municipalities/*.json).

Options:
  -h, --help   print this and exit`;
const { positionals: files } = parseCommandLine({ usage, positionals: true });
if (files.length === 0) usageError("Name at least one Danish source file.", usage);
for (const file of files) {
  if (file === "municipalities") {
    console.log(`${municipalityTextsHash()}  municipalities (texts of src/content/municipalities/*.json → locales/<lang>/municipalities.json)`);
    continue;
  }
  const raw = readFileSync(file, "utf8");
  if (file.endsWith(".md")) {
    console.log(`${guideSourceHash(parseGuideFile(raw))}  ${file}`);
  } else if (file.includes("glossary")) {
    for (const term of JSON.parse(raw).terms as Array<{ id: string; term: string; aliases: string[]; definition: string }>) {
      console.log(`${objectSourceHash({ term: term.term, aliases: term.aliases, definition: term.definition })}  ${file}#${term.id}`);
    }
  } else {
    console.log(`${namespaceSourceHash(JSON.parse(raw))}  ${file}`);
  }
}
