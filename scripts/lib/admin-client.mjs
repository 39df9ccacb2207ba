// A superuser client for the maintenance commands (backup, restore, letters). It talks to the running server:
//   PB_URL (default http://127.0.0.1:$PORT, PORT default 8090);
//   PB_SUPERUSER_EMAIL and PB_SUPERUSER_PASSWORD (or PB_SUPERUSER_PASSWORD_FILE), or else the demo superuser that
//   `npm start` keeps in .cache/demo-logins/ (PB_DATA default ./pb_data).
// With MFA on (npm run serve), the second factor is a one-time code that `pocketbase superuser otp` creates in the
// local data dir: so these commands work on the server itself, and nowhere else without the e-mailed code.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import PocketBase from "pocketbase";
import { readDemoLogins } from "./demo-logins.mjs";
import { ensurePocketBase } from "./pocketbase-binary.mjs";
import { hooksDirectory, migrationsDirectory, projectRoot } from "./pocketbase-server.mjs";

export function serverUrl() {
  return process.env.PB_URL ?? `http://127.0.0.1:${process.env.PORT ?? 8090}`;
}

const dataDirectory = () => resolve(process.env.PB_DATA ?? join(projectRoot, "pb_data"));

/** PB_SUPERUSER_PASSWORD, or the first line of the file PB_SUPERUSER_PASSWORD_FILE names. */
export function superuserPasswordFromEnvironment() {
  if (process.env.PB_SUPERUSER_PASSWORD) return process.env.PB_SUPERUSER_PASSWORD;
  const file = process.env.PB_SUPERUSER_PASSWORD_FILE;
  if (!file) return "";
  if (!existsSync(file)) throw new Error(`PB_SUPERUSER_PASSWORD_FILE names ${file}, which does not exist.`);
  return readFileSync(file, "utf8").replace(/\r?\n$/, "");
}

function superuserCredentials() {
  const password = superuserPasswordFromEnvironment();
  if (process.env.PB_SUPERUSER_EMAIL && password) return { email: process.env.PB_SUPERUSER_EMAIL, password };
  const demo = readDemoLogins(dataDirectory());
  if (demo?.superuser) return demo.superuser;
  throw new Error("No superuser credentials: set PB_SUPERUSER_EMAIL and PB_SUPERUSER_PASSWORD or PB_SUPERUSER_PASSWORD_FILE (or run `npm start` once for the demo).");
}

/** A one-time code for the superuser, created directly in the local data dir (needs access to it). */
export async function localOtp(email, directory = dataDirectory()) {
  const binary = await ensurePocketBase();
  const result = spawnSync(binary, ["superuser", "otp", email, "--dir", directory, "--migrationsDir", migrationsDirectory, "--hooksDir", hooksDirectory],
    { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  const plain = `${result.stdout}`.replace(/\u001b\[[0-9;]*m/g, "");
  const id = plain.match(/Id:\s+(\S+)/)?.[1];
  const pass = plain.match(/Pass:\s+(\S+)/)?.[1];
  if (result.status !== 0 || !id || !pass) {
    throw new Error(`The server asks for a second factor, and no one-time code could be made in ${directory} (set PB_DATA to the server's data dir and run this on the server): ${result.stderr || plain}`);
  }
  return { id, pass };
}

/** A signed-in superuser client; `directory` is the server's data dir, for the one-time code when MFA is on. */
export async function adminClient(url = serverUrl(), { directory = dataDirectory() } = {}) {
  const client = new PocketBase(url);
  client.autoCancellation(false);
  const { email, password } = superuserCredentials();
  try {
    await client.collection("_superusers").authWithPassword(email, password);
  } catch (error) {
    const mfaId = error?.response?.mfaId;
    if (error?.status === 401 && mfaId) {
      const otp = await localOtp(email, directory);
      await client.collection("_superusers").authWithOTP(otp.id, otp.pass, { mfaId });
      return client;
    }
    const reason = error?.status === 0 ? `nothing answers at ${url}; is the server running (npm start)?` : error.message;
    throw new Error(`Cannot sign in as superuser at ${url}: ${reason}`);
  }
  return client;
}
