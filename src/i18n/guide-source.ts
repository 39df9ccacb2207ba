// Splits a guide's Markdown file into front matter and body, and gives the text whose hash versions it.
// Used by the site (to mark translations outdated) and by scripts (to stamp new translations).
import { sourceHash } from "./source-hash.ts";

export interface GuideText {
  title: string;
  description: string;
  body: string;
}

/** The text that versions a Danish guide: its title, description and body. */
export function guideSourceText({ title, description, body }: GuideText): string {
  return [title, description, body.trim()].join("\n");
}

export function guideSourceHash(guide: GuideText): string {
  return sourceHash(guideSourceText(guide));
}

/** Reads title, description and body from a Markdown file with simple `key: value` front matter. */
export function parseGuideFile(raw: string): GuideText {
  const match = raw.replace(/\r\n/g, "\n").match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/);
  if (!match) throw new Error("The guide has no front matter block (--- … ---).");
  const frontMatter = match[1] ?? "";
  const field = (name: string) => {
    const value = frontMatter.match(new RegExp(`^${name}:\\s*(.*)$`, "m"))?.[1]?.trim() ?? "";
    return value.replace(/^(["'])(.*)\1$/, "$2");
  };
  return { title: field("title"), description: field("description"), body: match[2] ?? "" };
}
