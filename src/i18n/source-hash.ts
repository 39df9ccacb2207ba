// The version stamp of a Danish source text. A translation records the hash it was made from;
// when the Danish text changes, the hashes differ and the translation reads as outdated.
import { createHash } from "node:crypto";

export function sourceHash(text: string): string {
  const normalised = text.replace(/\r\n/g, "\n").trim();
  return createHash("sha256").update(normalised, "utf8").digest("hex").slice(0, 12);
}
