// `npm run build`: the whole site build, one step after another, each with a progress line.
// Steps after `astro build` work on dist/ (search index, service worker). The step list is shared with the site
// builder (scripts/lib/site-build-steps.mjs), which builds the same site from the content store.
import { parseCommandLine } from "./lib/cli.mjs";
import { runSiteBuild } from "./lib/site-build-steps.mjs";

parseCommandLine({ usage: `
Usage: npm run build

Builds the static site into dist/, step by step with a progress line each: municipality index, Astro pages for
every locale, the Pagefind search index, the service worker, and the hooks' domain bundle.

Options:
  -h, --help   print this and exit` });

const started = Date.now();
const result = await runSiteBuild();
if (!result.ok) process.exit(result.status ?? 1);
console.log(`Build finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
