// The translator's queue (GET /api/velkommen/content/queue): machine-made, outdated and missing texts first,
// reviewed ones last so they can be re-opened; within a status by language, then path.

export type QueueStatus = "machine" | "outdated" | "missing" | "reviewed";

/** One item of GET /api/velkommen/content/queue (issue 14 contract, api). */
export interface QueueItem {
  entry: string;
  danish_entry: string;
  path: string;
  locale: string;
  kind: string;
  key: string;
  status: QueueStatus;
  head_version: string;
  danish_now: string;
  danish_then: string;
  danish_changed_on: string;
}

const RANK: Record<QueueStatus, number> = { outdated: 0, machine: 1, missing: 2, reviewed: 3 };

export function sortQueue(items: QueueItem[]): QueueItem[] {
  return [...items].sort((a, b) => (RANK[a.status] ?? 9) - (RANK[b.status] ?? 9) || a.locale.localeCompare(b.locale) || a.path.localeCompare(b.path));
}

/** The Danish source's path for a translation's path: guides/ar/x.md → guides/da/x.md, locales/ar/x.json, glossary/ar.json. */
export function danishPathOf(path: string): string {
  return path
    .replace(/^src\/content\/guides\/[a-z]{2,3}\//, "src/content/guides/da/")
    .replace(/^src\/content\/glossary\/[a-z]{2,3}\.json$/, "src/content/glossary/da.json")
    .replace(/^locales\/[a-z]{2,3}\//, "locales/da/");
}
