// A superuser client for the maintenance commands (backup, restore, letters). It talks to the running server:
//   PB_URL (default http://127.0.0.1:$PORT, PORT default 8090);
//   PB_SUPERUSER_EMAIL and PB_SUPERUSER_PASSWORD, or else the superuser that `npm start` wrote to
//   $PB_DATA/demo-logins.json (PB_DATA default ./pb_data).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import PocketBase from "pocketbase";
import { projectRoot } from "./pocketbase-server.mjs";

export function serverUrl() {
  return process.env.PB_URL ?? `http://127.0.0.1:${process.env.PORT ?? 8090}`;
}

function superuserCredentials() {
  if (process.env.PB_SUPERUSER_EMAIL && process.env.PB_SUPERUSER_PASSWORD) {
    return { email: process.env.PB_SUPERUSER_EMAIL, password: process.env.PB_SUPERUSER_PASSWORD };
  }
  const loginsFile = join(process.env.PB_DATA ?? join(projectRoot, "pb_data"), "demo-logins.json");
  if (existsSync(loginsFile)) return JSON.parse(readFileSync(loginsFile, "utf8")).superuser;
  throw new Error("No superuser credentials: set PB_SUPERUSER_EMAIL and PB_SUPERUSER_PASSWORD (or run `npm start` once).");
}

export async function adminClient(url = serverUrl()) {
  const client = new PocketBase(url);
  client.autoCancellation(false);
  const { email, password } = superuserCredentials();
  try {
    await client.collection("_superusers").authWithPassword(email, password);
  } catch (error) {
    const reason = error?.status === 0 ? `nothing answers at ${url}; is the server running (npm start)?` : error.message;
    throw new Error(`Cannot sign in as superuser at ${url}: ${reason}`);
  }
  return client;
}
