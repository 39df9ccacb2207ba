// The version stamp of a Danish source text. A translation records the hash it was made from;
// when the Danish text changes, the hashes differ and the translation reads as outdated.
import { createHash } from "node:crypto";

export function sourceHash(text: string): string {
  const normalised = text.replace(/\r\n/g, "\n").trim();
  return createHash("sha256").update(normalised, "utf8").digest("hex").slice(0, 12);
}

/** Hash of a UI namespace (flat dictionary): any added, removed or changed Danish key changes it. */
export function namespaceSourceHash(dictionary: Record<string, string>): string {
  const sorted = Object.keys(dictionary).sort().map((key) => [key, dictionary[key]]);
  return sourceHash(JSON.stringify(sorted));
}

/** Hash of one structured text (a glossary term, a municipality's texts): stable key order. */
export function objectSourceHash(value: unknown): string {
  return sourceHash(JSON.stringify(value, (_key, inner) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.keys(inner).sort().map((key) => [key, inner[key]]))
      : inner));
}
