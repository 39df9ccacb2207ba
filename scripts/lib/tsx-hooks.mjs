// Lets plain Node (`npm run letters`, the bench) import the site's .tsx components, such as the welcome letter:
// Node strips types from .ts itself but does not compile JSX, so .tsx files go through esbuild's transform,
// with the same JSX settings as tsconfig.json (automatic runtime, preact). Vitest compiles .tsx on its own.
import { readFileSync } from "node:fs";
import { registerHooks } from "node:module";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";

let registered = false;

export function registerTsxHooks() {
  // Inside a Vitest worker Vite compiles .tsx itself. (Not process.env.VITEST: a command that a test spawns
  // inherits that variable but runs on plain Node, and needs the hook.)
  if (registered || "__vitest_worker__" in globalThis) return;
  registered = true;
  registerHooks({
    load(url, context, nextLoad) {
      if (!url.startsWith("file:") || !url.endsWith(".tsx")) return nextLoad(url, context);
      const file = fileURLToPath(url);
      const { code } = transformSync(readFileSync(file, "utf8"), {
        loader: "tsx", format: "esm", jsx: "automatic", jsxImportSource: "preact", sourcefile: file,
      });
      return { format: "module", source: code, shortCircuit: true };
    },
  });
}
