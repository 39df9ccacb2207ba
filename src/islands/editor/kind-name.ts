// The kind of a text in the reader's words (guide, glossary, the municipality's page, interface texts).
import type { IslandIntl } from "../lib/intl.ts";

export function kindName(intl: IslandIntl, kind: string): string {
  const key = `editor.kind.${kind}`;
  return intl.has(key) ? intl.textFor(key) : kind;
}
