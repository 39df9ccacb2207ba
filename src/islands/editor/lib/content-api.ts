// The editor island's one door to the server. Issue 14's endpoints (/api/velkommen/content/…, site/status) are
// used where the server has them; where it answers 404 (an older server), the collection API stands in, so
// the island works on both: saving is always POST content_versions {entry, body, status, base_version, …}.
import type { TypedPocketBase } from "../../../types/pocketbase-types.ts";
import { errorStatus } from "../../lib/api-errors.ts";
import type { SiteStatus } from "./build-status.ts";
import { danishPathOf, sortQueue, type QueueItem } from "./queue.ts";
import { checkedOnOf, isStale, sortStaleFirst, type StaleEntry } from "./stale.ts";
import { danishToday } from "../../../domain/danish-day.ts";

export interface Version {
  id: string;
  entry: string;
  body: string;
  status: "draft" | "published" | "upstream" | "conflict";
  translation_status: "" | "machine" | "reviewed";
  author: string;
  created: string;
  base_version: string;
  expand?: { author?: { id: string; name?: string; email?: string } };
}

export interface Entry {
  id: string;
  path: string;
  kind: "guide" | "glossary" | "namespace" | "municipality" | "pack";
  key: string;
  locale: string;
  municipality: string;
  head_version: string;
  published_version: string;
  upstream_version: string;
  checked_on?: string;
  published_at?: string;
  upstream_changed: boolean;
  expand?: { head_version?: Version; published_version?: Version };
}

export interface SaveRequest {
  entry: string;
  body: string;
  status: "draft" | "published";
  base_version: string;
  translation_status?: "machine" | "reviewed";
}

const notThere = (error: unknown) => errorStatus(error) === 404;

export function loadEntry(client: TypedPocketBase, id: string): Promise<Entry> {
  return client.collection("content_entries").getOne<Entry>(id, { expand: "head_version,published_version" });
}

export function saveVersion(client: TypedPocketBase, request: SaveRequest): Promise<Version> {
  return client.collection("content_versions").create<Version>({ ...request });
}

export async function versionsOf(client: TypedPocketBase, entry: string): Promise<Version[]> {
  return client.collection("content_versions").getFullList<Version>({
    filter: client.filter("entry = {:entry}", { entry }), sort: "-created", expand: "author", requestKey: null,
  });
}

export function loadVersion(client: TypedPocketBase, id: string): Promise<Version> {
  return client.collection("content_versions").getOne<Version>(id);
}

/** POST …/{entry}/publish {version}; an older server: the same body saved as a published version. */
export async function publish(client: TypedPocketBase, entry: string, version: Version): Promise<void> {
  try {
    await client.send(`/api/velkommen/content/${encodeURIComponent(entry)}/publish`, { method: "POST", body: { version: version.id } });
  } catch (error) {
    if (!notThere(error)) throw error;
    await saveVersion(client, {
      entry, body: version.body, status: "published", base_version: version.id,
      ...(version.translation_status ? { translation_status: version.translation_status } : {}),
    });
  }
}

/** POST …/{entry}/restore {version}; an older server: that version's body saved as a new draft on top of `head`. */
export async function restore(client: TypedPocketBase, entry: string, version: Version, head: string): Promise<void> {
  try {
    await client.send(`/api/velkommen/content/${encodeURIComponent(entry)}/restore`, { method: "POST", body: { version: version.id } });
  } catch (error) {
    if (!notThere(error)) throw error;
    await saveVersion(client, {
      entry, body: version.body, status: "draft", base_version: head,
      ...(version.translation_status ? { translation_status: version.translation_status } : {}),
    });
  }
}

/** POST …/{entry}/confirm: the server sets the checked date to today and publishes. Throws 404 on an older server. */
export async function confirmStillValid(client: TypedPocketBase, entry: string): Promise<void> {
  await client.send(`/api/velkommen/content/${encodeURIComponent(entry)}/confirm`, { method: "POST" });
}

/** GET /api/velkommen/site/status, or null where the server has no site builder. */
export async function siteStatus(client: TypedPocketBase): Promise<SiteStatus | null> {
  try {
    return await client.send<SiteStatus>("/api/velkommen/site/status", { method: "GET", requestKey: null });
  } catch (error) {
    if (notThere(error)) return null;
    throw error;
  }
}

/** The editor's texts, stale first: GET …/stale, or the Danish guides, glossary and own hub from the collection. */
export async function staleEntries(client: TypedPocketBase, municipality: string): Promise<StaleEntry[]> {
  const filter = client.filter('locale = "da" && (kind = "guide" || kind = "glossary" || (kind = "municipality" && municipality = {:municipality}))', { municipality });
  try {
    // The api answers { months, cutoff, items }; a bare list is accepted too.
    const answer = await client.send<StaleEntry[] | { items: StaleEntry[] }>("/api/velkommen/content/stale", { method: "GET", requestKey: null });
    return withLiveBodies(client, filter, Array.isArray(answer) ? answer : answer.items);
  } catch (error) {
    if (!notThere(error)) throw error;
  }
  const entries = await client.collection("content_entries").getFullList<Entry>({ filter, expand: "head_version,published_version", requestKey: null });
  const today = danishToday();
  return sortStaleFirst(entries.map((entry) => {
    const checked = entry.checked_on || checkedOnOf(entry.kind, entry.expand?.head_version?.body ?? "");
    return { id: entry.id, path: entry.path, kind: entry.kind, key: entry.key, checked_on: checked,
      stale: (entry.kind === "guide" || entry.kind === "municipality") && isStale(checked, today), upstream_changed: entry.upstream_changed,
      published_body: entry.expand?.published_version?.body ?? "" };
  }));
}

/** The live body of each listed text (the list shows guides' titles and the hub's name), in one request. */
async function withLiveBodies(client: TypedPocketBase, filter: string, items: StaleEntry[]): Promise<StaleEntry[]> {
  if (items.every((item) => item.published_body)) return items;
  const entries = await client.collection("content_entries").getFullList<Entry>({ filter, expand: "published_version", fields: "id,expand.published_version.body", requestKey: null });
  const bodies = new Map(entries.map((entry) => [entry.id, entry.expand?.published_version?.body ?? ""]));
  return items.map((item) => (item.published_body ? item : { ...item, published_body: bodies.get(item.id) ?? "" }));
}

/**
 * The translator's queue: GET …/queue, or, on an older server, their languages' texts that are not reviewed,
 * with the Danish text now (no earlier Danish text is known there, so no diff).
 */
export async function translationQueue(client: TypedPocketBase, languages: string[]): Promise<QueueItem[]> {
  try {
    // The api answers { languages, items }; a bare list is accepted too.
    const answer = await client.send<QueueItem[] | { items: QueueItem[] }>("/api/velkommen/content/queue", { method: "GET", requestKey: null });
    return sortQueue(Array.isArray(answer) ? answer : answer.items);
  } catch (error) {
    if (!notThere(error)) throw error;
  }
  if (languages.length === 0) return [];
  const mine = languages.map((code) => client.filter("locale = {:code}", { code })).join(" || ");
  const entries = await client.collection("content_entries").getFullList<Entry>({
    filter: `(${mine}) && (kind = "guide" || kind = "glossary" || kind = "namespace")`, expand: "head_version", requestKey: null,
  });
  const danish = await client.collection("content_entries").getFullList<Entry>({
    filter: 'locale = "da" && (kind = "guide" || kind = "glossary" || kind = "namespace")', expand: "published_version", requestKey: null,
  });
  const danishByPath = new Map(danish.map((entry) => [entry.path, entry]));
  return sortQueue(entries.map((entry): QueueItem => {
    const source = danishByPath.get(danishPathOf(entry.path));
    const reviewed = entry.expand?.head_version?.translation_status === "reviewed";
    return {
      entry: entry.id, danish_entry: source?.id ?? "", path: entry.path, locale: entry.locale, kind: entry.kind, key: entry.key,
      status: reviewed ? "reviewed" : "machine", head_version: entry.head_version,
      danish_now: source?.expand?.published_version?.body ?? "", danish_then: "", danish_changed_on: "",
    };
  }));
}

/** POST …/translations {danish_entry, locale, body, translation_status}: the first text of a missing translation. */
export async function createTranslation(client: TypedPocketBase, request: { danish_entry: string; locale: string; body: string; translation_status: "machine" | "reviewed" }): Promise<{ entry?: string }> {
  return client.send<{ entry?: string }>("/api/velkommen/content/translations", { method: "POST", body: request });
}

/** A text opened by link (#entry=…) as a queue item: the entry with the Danish text it translates. */
export async function queueItemForEntry(client: TypedPocketBase, id: string): Promise<QueueItem> {
  const entry = await loadEntry(client, id);
  const danishPath = danishPathOf(entry.path);
  const source = await client.collection("content_entries").getFirstListItem<Entry>(client.filter("path = {:path}", { path: danishPath }), { expand: "published_version" })
    .catch(() => null);
  const reviewed = entry.expand?.head_version?.translation_status === "reviewed";
  return {
    entry: entry.id, danish_entry: source?.id ?? "", path: entry.path, locale: entry.locale, kind: entry.kind, key: entry.key,
    status: reviewed ? "reviewed" : "machine", head_version: entry.head_version,
    danish_now: source?.expand?.published_version?.body ?? "", danish_then: "", danish_changed_on: "",
  };
}
