// The editor's list: the entries they may write, stale first (not checked for `months`), then the oldest checked.
// GET /api/velkommen/content/stale sorts on the server; before that endpoint exists the island lists
// content_entries itself and sorts with the same rule here.
import { addOffset } from "../../../domain/dates.ts";
import { frontMatterValue } from "./front-matter.ts";

export interface StaleEntry {
  id: string;
  path: string;
  kind: string;
  key: string;
  checked_on: string;
  stale: boolean;
  published_at?: string;
  upstream_changed?: boolean;
  /** The live text (the stale endpoint sends it): where the list reads a guide's or hub's title. */
  published_body?: string;
}

export const STALE_MONTHS_DEFAULT = 6;

/** Stale when never checked or checked `months` or more before today (both "YYYY-MM-DD", Danish days). */
export function isStale(checkedOn: string, today: string, months: number = STALE_MONTHS_DEFAULT): boolean {
  if (!/^\d{4}-\d{2}-\d{2}/.test(checkedOn)) return true;
  return checkedOn.slice(0, 10) <= addOffset(today, { months: -months });
}

/** The checked date a body records: a guide's `checked:`, a hub's `lastChecked`; "" for others. */
export function checkedOnOf(kind: string, body: string): string {
  if (kind === "guide") return frontMatterValue(body, "checked");
  if (kind === "municipality") {
    try { return String((JSON.parse(body) as { lastChecked?: unknown }).lastChecked ?? ""); } catch { return ""; }
  }
  return "";
}

/**
 * What a person calls the text: a guide's title, a hub's name; "" when the body has none (the list then shows
 * the key). Titles are the editor's own words, so they are read from the live text, never guessed from the slug.
 */
export function titleOf(kind: string, body: string): string {
  if (kind === "guide") return frontMatterValue(body, "title");
  if (kind === "municipality") {
    try {
      const name = (JSON.parse(body) as { name?: unknown }).name;
      return typeof name === "string" ? name : "";
    } catch { return ""; }
  }
  return "";
}

export function sortStaleFirst<Entry extends Pick<StaleEntry, "stale" | "checked_on" | "path">>(entries: Entry[]): Entry[] {
  return [...entries].sort((a, b) => Number(b.stale) - Number(a.stale)
    || (a.checked_on || "0000").localeCompare(b.checked_on || "0000") || a.path.localeCompare(b.path));
}
