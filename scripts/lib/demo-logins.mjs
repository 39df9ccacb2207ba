// Where `npm start` keeps the demo logins: in .cache/ (gitignored), never inside the data dir, so no backup or
// replica carries them. One file per data dir, readable only by its owner.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { projectRoot } from "./pocketbase-server.mjs";

export function demoLoginsFile(dataDirectory) {
  const tag = createHash("sha256").update(dataDirectory).digest("hex").slice(0, 10);
  return join(projectRoot, ".cache", "demo-logins", `${basename(dataDirectory)}-${tag}.json`);
}

export function writeDemoLogins(dataDirectory, logins) {
  const file = demoLoginsFile(dataDirectory);
  mkdirSync(join(projectRoot, ".cache", "demo-logins"), { recursive: true, mode: 0o700 });
  writeFileSync(file, JSON.stringify(logins, null, 2), { mode: 0o600 });
  return file;
}

/** The logins, moving a file that an older `npm start` left inside the data dir out of it. */
export function readDemoLogins(dataDirectory) {
  const file = demoLoginsFile(dataDirectory);
  const legacy = join(dataDirectory, "demo-logins.json");
  if (existsSync(legacy)) {
    mkdirSync(join(projectRoot, ".cache", "demo-logins"), { recursive: true, mode: 0o700 });
    renameSync(legacy, file);
  }
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}
