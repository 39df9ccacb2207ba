// `npm run content:export -- --out <dir>`: writes the published content of the running instance in the
// repository's layout (<dir>/src/content/…, <dir>/locales/…), so `diff -r` against a checkout shows what
// editors and translators changed.
import { resolve } from "node:path";
import { adminClient, serverUrl } from "./lib/admin-client.mjs";
import { parseCommandLine, usageError } from "./lib/cli.mjs";
import { exportPack } from "./lib/content-pack.mjs";

const usage = `
Usage: npm run content:export -- --out <dir>

Writes every published text of the running PocketBase at $PB_URL (default http://127.0.0.1:$PORT, PORT 8090)
to <dir>/src/content/… and <dir>/locales/…, in exactly the repository's layout (each
locales/<lang>/_status.json regenerated from the published UI-string versions: translation, sourceHash,
reviewed), as superuser
(PB_SUPERUSER_EMAIL and PB_SUPERUSER_PASSWORD, or the demo superuser of npm start). Then
  diff -r <dir>/src/content src/content && diff -r <dir>/locales locales
shows what changed.

Options:
  --out <dir>  where to write (created if missing)
  -h, --help   print this and exit`;

const { values } = parseCommandLine({ usage, options: { out: { type: "string" } } });
if (!values.out) usageError("--out <dir> is required.", usage);
try {
  const admin = await adminClient();
  const out = resolve(values.out);
  const written = await exportPack(admin, out);
  console.log(`✔ ${written} files from ${serverUrl()} written to ${out}`);
} catch (error) {
  console.error(`✖ ${error.message}`);
  process.exit(1);
}
