// Where the live site is: `.cache/site/live`, a symlink that the site builder swaps atomically to each new build
// (scripts/site-builder.mjs). PocketBase serves it (--publicDir). Until the builder has built once, it points to
// the checkout's dist/ (npm run build), so a fresh install serves what it always served.
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { projectRoot } from "./pocketbase-server.mjs";

/** VELKOMMEN_SITE_DIR, else .cache/site in the checkout. */
export function siteDirectory(environment = process.env) {
  return resolve(environment.VELKOMMEN_SITE_DIR || join(projectRoot, ".cache", "site"));
}

export const liveLink = (directory = siteDirectory()) => join(directory, "live");

/** What `live` points to, resolved (or null when there is no live link yet). */
export function liveTarget(directory = siteDirectory()) {
  const link = liveLink(directory);
  try {
    if (!lstatSync(link).isSymbolicLink()) return null;
  } catch {
    return null;
  }
  return resolve(directory, readlinkSync(link));
}

/**
 * Points `live` at `target` in one rename(2): a new symlink next to it, renamed over the old one. A visitor gets
 * either the old site or the new one, never a mix of a half-written tree. The link is relative when the target is
 * inside the site directory, so the directory can move.
 */
export function swapLive(target, directory = siteDirectory()) {
  mkdirSync(directory, { recursive: true });
  const link = liveLink(directory);
  const absolute = resolve(target);
  const inside = !relative(directory, absolute).startsWith("..");
  const temporary = join(directory, `.live-next-${process.pid}-${Date.now()}`);
  rmSync(temporary, { force: true });
  symlinkSync(inside ? relative(directory, absolute) : absolute, temporary);
  try {
    renameSync(temporary, link);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new Error(`Cannot swap ${link} (it must be a symlink, not a directory): ${error.message}`);
  }
}

/**
 * The directory PocketBase should serve: the live link, created towards `fallback` (the checkout's dist/) when the
 * builder has never built. Returns the link's path (PocketBase follows it on every request).
 */
export function ensureLiveSite(fallback = join(projectRoot, "dist"), directory = siteDirectory()) {
  const link = liveLink(directory);
  if (liveTarget(directory) && existsSync(liveTarget(directory))) return link;
  swapLive(fallback, directory);
  return link;
}

/**
 * One builder per site directory: two would claim the same queued build and build into the same staging tree.
 * A lock file with the builder's pid; a lock whose process is gone is taken over. Returns a release function.
 */
export function lockSiteDirectory(directory = siteDirectory()) {
  mkdirSync(directory, { recursive: true });
  const lock = join(directory, "builder.lock");
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(lock, String(process.pid), { flag: "wx" });
      return () => rmSync(lock, { force: true });
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      const holder = Number(readFileSync(lock, "utf8"));
      if (holder && holder !== process.pid && isRunning(holder)) {
        throw new Error(`Another site builder (process ${holder}) already builds into ${directory}; stop it first, or set another --site-dir.`);
      }
      rmSync(lock, { force: true }); // left by a builder that is gone
    }
  }
  throw new Error(`Cannot take the lock ${lock}.`);
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
