// `npm run restore`: puts data back, from either of the two kinds of backup.
//   <file.zip>   a zip made by `npm run backup`: the running server uploads it, swaps pb_data and restarts itself.
//   --replica    the Litestream replica (deploy/litestream.yml): the server must be stopped; the databases are
//                rebuilt into PB_DATA (or --data-dir), which must not hold databases yet.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { adminClient, serverUrl } from "./lib/admin-client.mjs";
import { parseCommandLine, usageError } from "./lib/cli.mjs";
import { projectRoot } from "./lib/pocketbase-server.mjs";
import { ensureLitestream } from "./lib/tools.mjs";

export const defaultLitestreamConfig = join(projectRoot, "deploy", "litestream.yml");
const databases = ["data.db", "auxiliary.db"];

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

/**
 * Rebuilds data.db and auxiliary.db from the Litestream replica named in the config (env: PB_DATA and
 * VELKOMMEN_REPLICA_URL are expanded by Litestream). Refuses to overwrite databases that exist.
 * @param {{ dataDirectory: string, configFile?: string, replicaUrl?: string, timestamp?: string, log?: (line: string) => void }} options
 */
export function restoreFromReplica({ dataDirectory, configFile = defaultLitestreamConfig, replicaUrl, timestamp, log = console.log }) {
  const litestream = ensureLitestream();
  for (const database of databases) {
    if (existsSync(join(dataDirectory, database))) {
      throw new Error(`${join(dataDirectory, database)} exists. Stop the server and move the data directory aside first (mv ${dataDirectory} ${dataDirectory}.old).`);
    }
  }
  mkdirSync(dataDirectory, { recursive: true });
  const env = { ...process.env, PB_DATA: dataDirectory, ...(replicaUrl ? { VELKOMMEN_REPLICA_URL: replicaUrl } : {}) };
  if (!env.VELKOMMEN_REPLICA_URL) throw new Error("Set VELKOMMEN_REPLICA_URL (or --replica-url) to the replica named in the Litestream config.");
  for (const [index, database] of databases.entries()) {
    const started = Date.now();
    log(`▶ [${index + 1}/${databases.length}] litestream restore ${database} from ${env.VELKOMMEN_REPLICA_URL} …`);
    const args = ["restore", "-config", configFile, ...(timestamp ? ["-timestamp", timestamp] : []), "-if-replica-exists", join(dataDirectory, database)];
    const result = spawnSync(litestream, args, { env, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`litestream restore ${database} failed: ${result.stderr || result.stdout}`);
    log(`  ${existsSync(join(dataDirectory, database)) ? "restored" : "no replica yet, skipped"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  if (!existsSync(join(dataDirectory, "data.db"))) throw new Error(`The replica at ${env.VELKOMMEN_REPLICA_URL} holds no data.db.`);
  log(`✔ Restored into ${dataDirectory}. Start the server (systemctl start velkommen); everyone must sign in again.`);
}

const usage = `
Usage: npm run restore -- <backup.zip>
       npm run restore -- --replica [--data-dir <dir>] [--replica-url <url>] [--config <file>] [--timestamp <RFC 3339>]

From a backup zip (npm run backup): the RUNNING server at PB_URL takes the zip, swaps its data and restarts.
Signs in as the superuser from PB_SUPERUSER_EMAIL + PB_SUPERUSER_PASSWORD(_FILE).

From the Litestream replica: the server must be STOPPED. Rebuilds data.db and auxiliary.db in the data dir,
which must not hold databases (move the old one aside). Reads deploy/litestream.yml unless --config.

Options:
  --replica             restore from the Litestream replica instead of a zip
  --data-dir <dir>      the data directory (default PB_DATA, else ./pb_data)
  --replica-url <url>   the replica (default VELKOMMEN_REPLICA_URL), e.g. s3://bucket/velkommen or file:///srv/replica
  --config <file>       Litestream config (default deploy/litestream.yml)
  --timestamp <time>    restore the state at that time instead of the latest (point in time)
  -h, --help            print this and exit`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseCommandLine({ usage, positionals: true, options: {
    replica: { type: "boolean" }, "data-dir": { type: "string" }, "replica-url": { type: "string" },
    config: { type: "string" }, timestamp: { type: "string" },
  } });
  try {
    if (values.replica) {
      if (positionals.length > 0) usageError("Give either a zip file or --replica, not both.", usage);
      restoreFromReplica({
        dataDirectory: resolve(values["data-dir"] ?? process.env.PB_DATA ?? join(projectRoot, "pb_data")),
        configFile: resolve(values.config ?? defaultLitestreamConfig), replicaUrl: values["replica-url"], timestamp: values.timestamp,
      });
    } else {
      if (positionals.length !== 1) usageError("Name one backup zip, or use --replica.", usage);
      await restore(await adminClient(serverUrl()), resolve(positionals[0]));
    }
  } catch (error) {
    console.error(`✖ ${error.message}`);
    process.exit(1);
  }
}
