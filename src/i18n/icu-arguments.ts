// What an ICU message expects from its caller: argument names, their kind and, for select, the option keys.
// One parser (intl-messageformat's) for the key generator, the coverage test and the island messages, so a
// translation that drops or renames `{count, plural, …}` is caught the same way a missing `{name}` is.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

export type ArgumentKind = "text" | "number" | "date" | "time" | "plural" | "select" | "tag";

export interface MessageArgument {
  kind: ArgumentKind;
  /** Option keys of a select (a plural's keys depend on the language's CLDR categories, so none here). */
  options?: string[];
}

const kinds: Partial<Record<TYPE, ArgumentKind>> = {
  [TYPE.argument]: "text", [TYPE.number]: "number", [TYPE.date]: "date", [TYPE.time]: "time",
  [TYPE.plural]: "plural", [TYPE.select]: "select", [TYPE.tag]: "tag",
};

function collect(elements: MessageFormatElement[], into: Map<string, MessageArgument>): void {
  for (const element of elements) {
    const kind = kinds[element.type];
    if (!kind || !("value" in element)) continue;
    const name = String(element.value);
    if (!into.has(name) || into.get(name)?.kind === "text") {
      into.set(name, element.type === TYPE.select ? { kind, options: Object.keys(element.options).sort() } : { kind });
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) collect(option.value, into);
    }
    if (element.type === TYPE.tag) collect(element.children, into);
  }
}

/**
 * The message's arguments by name (sorted). Throws with the parser's message when it is not valid ICU,
 * which includes a plural or select without `other`, the one category every language has.
 */
export function messageArguments(message: string): Record<string, MessageArgument> {
  const found = new Map<string, MessageArgument>();
  collect(parse(message), found);
  return Object.fromEntries([...found.entries()].sort(([first], [second]) => first.localeCompare(second)));
}

/** Parsed once at build time, so the browser gets ASTs and needs no ICU parser. */
export function parseMessage(message: string): MessageFormatElement[] {
  return parse(message);
}
