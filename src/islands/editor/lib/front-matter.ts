// A guide file = front matter + Markdown. The editor changes only title, description and the Markdown; every
// other front-matter line (order, checked, sources, translation, sourceHash …) stays byte for byte, so the
// server's fields and the export's diff are not disturbed. Only `key: value` scalars are read, as the guides use.

export interface GuideFields { title: string; description: string; body: string }

interface Split { frontMatter: string; body: string }

const OPENING = "---\n";

function split(raw: string): Split {
  const text = raw.replace(/\r\n/g, "\n");
  if (!text.startsWith(OPENING)) throw new Error("A guide starts with its front matter (a line ---).");
  const close = text.indexOf("\n---\n", OPENING.length - 1);
  const closeAtEnd = text.endsWith("\n---") ? text.length - 4 : -1;
  const at = close !== -1 ? close : closeAtEnd;
  if (at === -1) throw new Error("The guide's front matter has no closing line ---.");
  return { frontMatter: text.slice(OPENING.length, at + 1), body: text.slice(Math.min(text.length, at + 5)) };
}

/** A YAML scalar as the guides write it: plain, "double-quoted" (JSON-like escapes) or 'single-quoted'. */
export function readScalar(written: string): string {
  const value = written.trim();
  if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) {
    try { return JSON.parse(value) as string; } catch { return value.slice(1, -1); }
  }
  if (value.startsWith("'") && value.endsWith("'") && value.length >= 2) return value.slice(1, -1).replace(/''/g, "'");
  return value;
}

/** Plain YAML only where no reader could take it for something else; otherwise double-quoted. */
function isPlainSafe(value: string): boolean {
  return value !== "" && value === value.trim() && !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) && !/: |\s#|[\n\t]/.test(value)
    && !value.endsWith(":") && !/^(true|false|yes|no|on|off|null|~|[-+]?\d[\d._:-]*)$/i.test(value);
}

export function writeScalar(value: string, previouslyWritten: string | undefined): string {
  const single = value.replace(/\s*\n\s*/g, " ");
  const wasQuoted = previouslyWritten !== undefined && /^["']/.test(previouslyWritten.trim());
  return !wasQuoted && isPlainSafe(single) ? single : JSON.stringify(single);
}

const linePattern = (key: string) => new RegExp(`^${key}:[ \\t]*(.*)$`, "m");

/** A top-level front-matter value (e.g. `checked`), or "" when the file has none. */
export function frontMatterValue(raw: string, key: string): string {
  try {
    const written = linePattern(key).exec(split(raw).frontMatter)?.[1];
    return written === undefined ? "" : readScalar(written);
  } catch {
    return "";
  }
}

export function parseGuide(raw: string): GuideFields {
  const { frontMatter, body } = split(raw);
  const field = (key: string) => readScalar(linePattern(key).exec(frontMatter)?.[1] ?? "");
  return { title: field("title"), description: field("description"), body };
}

/** `raw` with these title, description and Markdown; everything else as it was. Unchanged fields keep their bytes. */
export function serializeGuide(raw: string, fields: GuideFields): string {
  const { frontMatter, body } = split(raw);
  const current = parseGuide(raw);
  let lines = frontMatter;
  for (const key of ["description", "title"] as const) {
    if (fields[key] === current[key]) continue;
    const match = linePattern(key).exec(lines);
    const line = `${key}: ${writeScalar(fields[key], match?.[1])}`;
    lines = match ? lines.slice(0, match.index) + line + lines.slice(match.index + match[0].length) : `${line}\n${lines}`;
  }
  return `${OPENING}${lines}---\n${fields.body === current.body ? body : fields.body}`;
}

/** Whether the form can show this text as a guide (else the island shows the raw text, so nothing breaks). */
export function isGuideText(raw: string): boolean {
  try { parseGuide(raw); return true; } catch { return false; }
}
