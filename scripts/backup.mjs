// `npm run backup [-- --out <dir>]`: a consistent backup of the running server (PocketBase's own backup: a zip
// of pb_data, taken inside a read transaction), downloaded to ./backups/ (gitignored) or --out.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { adminClient } from "./lib/admin-client.mjs";
import { parseCommandLine } from "./lib/cli.mjs";
import { projectRoot } from "./lib/pocketbase-server.mjs";

export async function backup(client, outDirectory) {
  const name = `velkommen-${new Date().toISOString().replace(/[:.]/g, "-").toLowerCase()}.zip`;
  console.log(`▶ Creating backup ${name} on ${client.baseURL} …`);
  await client.backups.create(name);
  const fileToken = await client.files.getToken();
  const response = await fetch(client.backups.getDownloadURL(fileToken, name));
  if (!response.ok) throw new Error(`Download failed: HTTP ${response.status}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  mkdirSync(outDirectory, { recursive: true });
  const file = join(outDirectory, name);
  writeFileSync(file, bytes, { mode: 0o600 });
  console.log(`✔ Saved ${file} (${(bytes.length / 1024).toFixed(0)} KB). It holds personal data: store it encrypted.`);
  return file;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseCommandLine({ usage: `
Usage: npm run backup [-- --out <dir>]

Asks the running server (PB_URL, default http://127.0.0.1:$PORT or :8090) for a consistent zip of its data
and saves it to ./backups/ or --out (mode 600: it holds personal data). Signs in as the superuser from
PB_SUPERUSER_EMAIL + PB_SUPERUSER_PASSWORD (or PB_SUPERUSER_PASSWORD_FILE), or the npm start demo superuser.

Options:
  --out <dir>   where to save the zip (default ./backups)
  -h, --help    print this and exit`, options: { out: { type: "string" } } });
  const outDirectory = resolve(values.out ?? join(projectRoot, "backups"));
  try {
    await backup(await adminClient(), outDirectory);
  } catch (error) {
    console.error(`✖ ${error.message}`);
    process.exit(1);
  }
}
