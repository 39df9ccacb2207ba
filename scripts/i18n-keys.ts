// `npm run i18n:keys`: writes src/i18n/message-keys.generated.ts (the typed message keys) from locales/da/*.json.
// `--check` only compares and exits 1 when the file is out of date.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseCommandLine } from "./lib/cli.mjs";
import { messageKeysSource } from "../src/i18n/message-keys.ts";

const usage = `Usage: npm run i18n:keys [-- --check]

Writes src/i18n/message-keys.generated.ts, the typed message keys, from locales/da/*.json.
  --check   only compare; exit 1 when the file is out of date
  --help    print this and exit`;
const { values } = parseCommandLine({ usage, options: { check: { type: "boolean", default: false } } });
const root = join(import.meta.dirname, "..");
const danish = join(root, "locales", "da");
const dictionaries = Object.fromEntries(readdirSync(danish)
  .filter((file) => file.endsWith(".json") && !file.startsWith("_"))
  .map((file) => [file.replace(/\.json$/, ""), JSON.parse(readFileSync(join(danish, file), "utf8"))]));
const target = join(root, "src", "i18n", "message-keys.generated.ts");
const source = messageKeysSource(dictionaries);
if (values.check) {
  const current = readFileSync(target, "utf8");
  if (current !== source) {
    console.error("src/i18n/message-keys.generated.ts is out of date: run `npm run i18n:keys`.");
    process.exit(1);
  }
} else {
  writeFileSync(target, source);
  console.log(`Wrote ${target}`);
}
