// Links the first mention of each glossary term in a guide's HTML to /<lang>/guides/glossary/#<id>.
// Translations keep the Danish term in brackets at first use, so the Danish terms and aliases match in every
// language. Text inside links, headings and code is left alone; only text between tags is touched.
import { danishTerms } from "./glossary.ts";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const matchers = danishTerms
  .flatMap((term) => [term.term, ...(term.aliases ?? [])].map((word) => ({ id: term.id, word })))
  .filter((entry) => entry.word.length >= 3)
  .sort((first, second) => second.word.length - first.word.length)
  .map((entry) => ({ id: entry.id, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(entry.word)}(?![\\p{L}\\p{N}])`, "iu") }));

const SKIPPED = /^(a|h1|h2|h3|h4|code|pre)$/;

export function linkGlossaryTerms(html: string, lang: string): string {
  const linked = new Set<string>();
  const skipping: string[] = [];
  return html.split(/(<[^>]+>)/).map((part) => {
    const tag = part.match(/^<(\/?)([a-z0-9]+)/i);
    if (tag) {
      const [, closing, name] = tag as unknown as [string, string, string];
      if (SKIPPED.test(name.toLowerCase())) {
        if (closing) skipping.pop();
        else skipping.push(name);
      }
      return part;
    }
    if (skipping.length > 0 || part.trim() === "") return part;
    let text = part;
    let result = "";
    for (;;) {
      const hit = matchers
        .filter((matcher) => !linked.has(matcher.id))
        .map((matcher) => ({ matcher, match: matcher.pattern.exec(text) }))
        .filter((candidate): candidate is { matcher: (typeof matchers)[number]; match: RegExpExecArray } => candidate.match !== null)
        .sort((first, second) => first.match.index - second.match.index)[0];
      if (!hit) break;
      linked.add(hit.matcher.id);
      result += `${text.slice(0, hit.match.index)}<a class="term" href="/${lang}/guides/glossary/#${hit.matcher.id}">${hit.match[0]}</a>`;
      text = text.slice(hit.match.index + hit.match[0].length);
    }
    return result + text;
  }).join("");
}
