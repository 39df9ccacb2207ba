// `npm run content:import -- [dir]`: loads a content pack (src/content/ and locales/ of a checkout) into the
// running instance, as superuser. Texts nobody edited are updated; texts an editor changed are kept, and the
// newer national text is stored beside them and flagged (docs/architecture.md, "Content store").
import { resolve } from "node:path";
import { adminClient, serverUrl } from "./lib/admin-client.mjs";
import { parseCommandLine, progress } from "./lib/cli.mjs";
import { importPack, listPackFiles } from "./lib/content-pack.mjs";
import { projectRoot } from "./lib/pocketbase-server.mjs";

const usage = `
Usage: npm run content:import -- [dir]

Loads the content pack in <dir> (default: this repository) — every file under <dir>/src/content/ and
<dir>/locales/ — into the running PocketBase at $PB_URL (default http://127.0.0.1:$PORT, PORT 8090), as
superuser (PB_SUPERUSER_EMAIL and PB_SUPERUSER_PASSWORD, or the demo superuser of npm start).
  - a new file becomes a published text;
  - a text nobody edited since the last import gets the new version, published;
  - a text an editor changed keeps the editor's version live; the new national text is stored beside it
    and the text is flagged "the national text changed" (listed at the end).
Running it twice with the same pack changes nothing.

Options:
  -h, --help   print this and exit`;

const { positionals } = parseCommandLine({ usage, positionals: true });
const directory = resolve(positionals[0] ?? projectRoot);
if (listPackFiles(directory).length === 0) {
  console.error(`✖ ${directory} has no src/content/ or locales/ files.`);
  process.exit(2);
}
try {
  const admin = await adminClient();
  console.log(`Importing the content pack from ${directory} into ${serverUrl()}`);
  const { counts, flagged, warnings, total } = await importPack(admin, directory, { onProgress: (done, all, path) => progress(done, all, path) });
  console.log(`✔ ${total} files: ${counts.created} new, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.flagged} flagged.`);
  for (const warning of warnings) console.log(`  ⚠ ${warning}`);
  for (const path of flagged) console.log(`  ⚑ ${path}: an editor changed it; the new national text is kept beside it.`);
} catch (error) {
  console.error(`✖ ${error.message}`);
  process.exit(1);
}
