// The JavaScript a page loads later, by dynamic import() (the editor's role views after sign-in): for each lazy
// entry among the page's scripts, the gzip bytes of that chunk and the chunks it imports that the page has not
// loaded yet. A budget on "all JS" then counts the heaviest path a signed-in person really takes.
import { readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { compressedSizes } from "./measure-page.mjs";

// The bundler writes `from"./x.js"` for static imports and import(`./x.js`) (backticks) for dynamic ones.
const staticImports = (code) => [...code.matchAll(/(?:from|import)\s*["'](\.\/[^"'`]+\.js)["']/g)].map((match) => match[1]);
const dynamicImports = (code) => [...code.matchAll(/import\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g)].map((match) => match[1]);

/**
 * @param {string} distDirectory the built site
 * @param {string[]} loadedUrls site paths of the scripts the page loaded (e.g. /_astro/x.js)
 * @returns {{ entry: string, gzip: number }[]} one row per lazy entry, heaviest first
 */
export function lazyChunks(distDirectory, loadedUrls) {
  const read = (url) => readFileSync(join(distDirectory, url), "utf8");
  const loaded = new Set(loadedUrls);
  const resolve = (from, relative) => posix.join(posix.dirname(from), relative);
  const entries = new Set(loadedUrls.flatMap((url) => dynamicImports(read(url)).map((relative) => resolve(url, relative))));
  const rows = [];
  for (const entry of entries) {
    if (loaded.has(entry)) continue;
    const seen = new Set();
    const stack = [entry];
    let gzip = 0;
    while (stack.length > 0) {
      const url = stack.pop();
      if (seen.has(url) || loaded.has(url)) continue;
      seen.add(url);
      const code = read(url);
      gzip += compressedSizes(Buffer.from(code)).gzip;
      for (const relative of staticImports(code)) stack.push(resolve(url, relative));
    }
    rows.push({ entry, gzip });
  }
  return rows.sort((a, b) => b.gzip - a.gzip);
}
