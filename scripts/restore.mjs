// `npm run restore <file.zip>`: replaces the running server's data with a backup made by `npm run backup`.
// PocketBase uploads the zip, swaps pb_data and restarts itself; we wait until it answers again.
import { existsSync, readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { adminClient, serverUrl } from "./lib/admin-client.mjs";

/**
 * PocketBase answers the restore request, waits 1 s, swaps the data and re-executes itself. While it works, its
 * health check tells a superuser `canBackup: false`; the restarted process says `true` again.
 */
async function waitForRestart(client, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  await new Promise((resolveWait) => setTimeout(resolveWait, 1_500));
  while (Date.now() < deadline) {
    const health = await fetch(`${client.baseURL}/api/health`, { headers: { authorization: client.authStore.token } })
      .then((response) => (response.ok ? response.json() : null), () => null);
    if (health?.data?.canBackup === true) return;
    await new Promise((resolveWait) => setTimeout(resolveWait, 250));
  }
  throw new Error(`The server did not come back within ${timeoutMs / 1000} s after the restore.`);
}

export async function restore(client, file) {
  if (!existsSync(file)) throw new Error(`No such backup file: ${file}`);
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 2).toString() !== "PK") throw new Error(`${file} is not a zip backup.`);
  const name = basename(file).toLowerCase().replace(/[^a-z0-9_.-]/g, "_");
  console.log(`▶ Uploading ${name} to ${client.baseURL} …`);
  const existing = await client.backups.getFullList();
  if (!existing.some((backupFile) => backupFile.key === name)) {
    await client.backups.upload({ file: new File([bytes], name, { type: "application/zip" }) });
  }
  console.log("▶ Restoring; the server restarts …");
  await client.backups.restore(name);
  await waitForRestart(client, 60_000);
  console.log("✔ Restored. Everyone must sign in again.");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) {
    console.error("Usage: npm run restore -- <backup.zip>");
    process.exit(2);
  }
  try {
    await restore(await adminClient(serverUrl()), resolve(file));
  } catch (error) {
    console.error(`✖ ${error.message}`);
    process.exit(1);
  }
}
