// The messages an island needs, chosen by the .astro page at build time and handed over as props: only the
// keys under the given prefixes, with the language's fallback chain applied, parsed to ICU ASTs here so
// the browser formats them without shipping a parser.
import type { MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { layeredStrings } from "./locales.ts";
import { namespaces, resources } from "./translator.ts";
import { parseMessage } from "./icu-arguments.ts";
import type { MessageKey } from "./message-keys.generated.ts";

/** Prefixes of keys, e.g. "me." or "milestone.", or whole keys. */
export type MessageSelector = `${string}.` | MessageKey;

export function islandMessages(lang: string, selectors: readonly MessageSelector[]): Partial<Record<MessageKey, MessageFormatElement[]>> {
  const strings = layeredStrings(lang, namespaces, (candidate, namespace) => resources[candidate]?.[namespace]);
  const chosen = Object.entries(strings).filter(([key]) => selectors.some((selector) => selector.endsWith(".") ? key.startsWith(selector) : key === selector));
  return Object.fromEntries(chosen.map(([key, message]) => [key, parseMessage(message)]));
}
