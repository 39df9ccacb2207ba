// One command-line parser for every npm command (node:util parseArgs, strict): `--help` prints the usage and
// exits 0 before the command does anything; an unknown option or a missing value is an error (exit 2).
import { parseArgs } from "node:util";

/**
 * @param {{ usage: string, options?: import("node:util").ParseArgsConfig["options"], positionals?: boolean, args?: string[] }} spec
 * @returns {{ values: Record<string, any>, positionals: string[] }}
 */
export function parseCommandLine({ usage, options = {}, positionals = false, args = process.argv.slice(2) }) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: positionals, strict: true });
  } catch (error) {
    console.error(`✖ ${error.message}\n\n${usage.trim()}`);
    process.exit(2);
  }
  if (parsed.values.help) {
    console.log(usage.trim());
    process.exit(0);
  }
  return parsed;
}

/** Fails the command with a message and exit code 2 (bad usage). */
export function usageError(message, usage) {
  console.error(`✖ ${message}\n\n${usage.trim()}`);
  process.exit(2);
}

/** A progress line that says how far a long step is, e.g. `[3/10] building`. */
export function progress(done, total, label) {
  console.log(`  [${done}/${total}] ${label}`);
}
