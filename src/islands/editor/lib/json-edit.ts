// Saves an edited JSON file so that what the editor did not touch keeps its bytes: the hub files are laid out
// by hand (several keys per line, short objects inline), and a JSON.stringify of the whole would rewrite every
// line and make the export's diff against the repository useless. Only changed values are re-written in place;
// added array items copy the layout of their siblings; an unchanged value saves the identical text.

type Span = { start: number; end: number };
type JsonNode = Span & (
  | { type: "object"; members: Array<{ key: string; keyStart: number; value: JsonNode }> }
  | { type: "array"; items: JsonNode[] }
  | { type: "scalar" });

/** Where each value of a JSON text starts and ends. Throws on text that is not JSON (like JSON.parse). */
export function parseSpans(text: string): JsonNode {
  let position = 0;
  const skipSpace = () => { while (position < text.length && " \t\n\r".includes(text[position]!)) position += 1; };
  const fail = (): never => { throw new SyntaxError(`Not JSON at position ${position}`); };
  const readString = (): string => {
    const start = position;
    position += 1;
    while (position < text.length && text[position] !== '"') position += text[position] === "\\" ? 2 : 1;
    if (position >= text.length) fail();
    position += 1;
    return JSON.parse(text.slice(start, position)) as string;
  };
  const readValue = (): JsonNode => {
    skipSpace();
    const start = position;
    const character = text[position];
    if (character === "{") {
      position += 1;
      const members: Array<{ key: string; keyStart: number; value: JsonNode }> = [];
      skipSpace();
      if (text[position] === "}") { position += 1; return { type: "object", start, end: position, members }; }
      for (;;) {
        skipSpace();
        if (text[position] !== '"') fail();
        const keyStart = position;
        const key = readString();
        skipSpace();
        if (text[position] !== ":") fail();
        position += 1;
        members.push({ key, keyStart, value: readValue() });
        skipSpace();
        if (text[position] === ",") { position += 1; continue; }
        if (text[position] === "}") { position += 1; return { type: "object", start, end: position, members }; }
        fail();
      }
    }
    if (character === "[") {
      position += 1;
      const items: JsonNode[] = [];
      skipSpace();
      if (text[position] === "]") { position += 1; return { type: "array", start, end: position, items }; }
      for (;;) {
        items.push(readValue());
        skipSpace();
        if (text[position] === ",") { position += 1; continue; }
        if (text[position] === "]") { position += 1; return { type: "array", start, end: position, items }; }
        fail();
      }
    }
    if (character === '"') { readString(); return { type: "scalar", start, end: position }; }
    const literal = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(position));
    if (!literal) fail();
    position += literal![0].length;
    return { type: "scalar", start, end: position };
  };
  const root = readValue();
  skipSpace();
  if (position !== text.length) fail();
  return root;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && jsonEqual(a[key], b[key]));
  }
  return false;
}

/** A new value in the files' inline style: `{ "key": value, … }` and `[a, b]`. */
export function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(", ")}]`;
  if (isPlainObject(value)) {
    const members = Object.entries(value).filter(([, member]) => member !== undefined);
    return members.length === 0 ? "{}" : `{ ${members.map(([key, member]) => `${JSON.stringify(key)}: ${inlineJson(member)}`).join(", ")} }`;
  }
  return JSON.stringify(value) ?? "null";
}

interface Edit extends Span { text: string }

/** A new array item laid out like `template` (a sibling with the same keys in the same order), else inline. */
function likeSibling(text: string, template: JsonNode | undefined, templateValue: unknown, value: unknown): string {
  if (template && isPlainObject(templateValue) && isPlainObject(value)
    && Object.keys(templateValue).join("\n") === Object.keys(value).join("\n")) {
    return updateJsonText(text.slice(template.start, template.end), value);
  }
  return inlineJson(value);
}

function collectEdits(text: string, node: JsonNode, before: unknown, after: unknown, edits: Edit[]): void {
  if (jsonEqual(before, after)) return;
  if (node.type === "object" && isPlainObject(before) && isPlainObject(after) && node.members.length > 0) {
    const kept = node.members.filter((member) => member.key in after);
    node.members.forEach((member, index) => {
      if (member.key in after) return collectEdits(text, member.value, before[member.key], after[member.key], edits);
      // A removed key takes its separator with it: the one before it, or for the first key the one after it.
      if (index > 0) edits.push({ start: node.members[index - 1]!.value.end, end: member.value.end, text: "" });
      else if (node.members.length > 1) edits.push({ start: member.keyStart, end: node.members[1]!.keyStart, text: "" });
      else edits.push({ start: node.start, end: node.end, text: inlineJson(after) });
    });
    const added = Object.keys(after).filter((key) => !(key in before) && after[key] !== undefined);
    if (added.length > 0) {
      if (kept.length === 0) { edits.push({ start: node.start, end: node.end, text: inlineJson(after) }); return; }
      const last = node.members[node.members.length - 1]!;
      const separator = node.members.length >= 2 ? text.slice(node.members[node.members.length - 2]!.value.end, last.keyStart) : ", ";
      edits.push({ start: last.value.end, end: last.value.end, text: added.map((key) => `${separator}${JSON.stringify(key)}: ${inlineJson(after[key])}`).join("") });
    }
    return;
  }
  if (node.type === "array" && Array.isArray(before) && Array.isArray(after) && node.items.length > 0) {
    const shared = Math.min(before.length, after.length);
    for (let index = 0; index < shared; index += 1) collectEdits(text, node.items[index]!, before[index], after[index], edits);
    const items = node.items;
    if (after.length > before.length) {
      const leading = text.slice(node.start + 1, items[0]!.start);
      const separator = items.length >= 2 ? text.slice(items[0]!.end, items[1]!.start) : leading.includes("\n") ? `,${leading}` : ", ";
      const template = items[items.length - 1];
      const added = after.slice(before.length).map((item) => separator + likeSibling(text, template, before[before.length - 1], item));
      edits.push({ start: items[items.length - 1]!.end, end: items[items.length - 1]!.end, text: added.join("") });
    } else if (after.length < before.length) {
      if (after.length === 0) edits.push({ start: node.start, end: node.end, text: "[]" });
      else edits.push({ start: items[after.length - 1]!.end, end: items[items.length - 1]!.end, text: "" });
    }
    return;
  }
  edits.push({ start: node.start, end: node.end, text: inlineJson(after) });
}

/**
 * The JSON text `text` changed to hold `next`: untouched values keep their bytes, changed scalars are replaced
 * in place, new keys and array items follow their siblings' layout. JSON.parse(result) deep-equals `next`.
 */
export function updateJsonText(text: string, next: unknown): string {
  const root = parseSpans(text);
  const edits: Edit[] = [];
  collectEdits(text, root, JSON.parse(text), next, edits);
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

/** Whether the hub form can show this text: a JSON object with a contacts list (else the raw text is shown). */
export function isHubText(raw: string): boolean {
  try {
    const parsed = JSON.parse(raw) as { contacts?: unknown };
    return isPlainObject(parsed) && Array.isArray(parsed.contacts);
  } catch {
    return false;
  }
}
