// Pagefind (one index per language, built by `npm run build`), loaded only when the reader starts searching.
// Pagefind matches word prefixes, so each query also runs with its longer words shortened, and the two result
// lists are merged by score: a typo near the end of a word still finds the guide.
interface PagefindResult { id: string; score: number; data: () => Promise<SearchHit> }
interface Pagefind { search: (query: string) => Promise<{ results: PagefindResult[] }>; init: () => Promise<void> }
export interface SearchHit { url: string; meta: { title?: string }; excerpt: string }

let pagefind: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  const url = "/pagefind/pagefind.js";
  return (pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    await module.init();
    return module;
  }));
}

/** "integrationskontrackt" → "integrationsko…": the first two thirds of each longer word. */
export function loosen(query: string): string {
  return query.split(/\s+/).filter(Boolean).map((word) => (word.length > 5 ? word.slice(0, Math.max(4, Math.ceil(word.length * 0.66))) : word)).join(" ");
}

export async function searchGuides(query: string, limit = 8): Promise<SearchHit[]> {
  const engine = await loadPagefind();
  const searches = [query, loosen(query)].filter((text, index, all) => all.indexOf(text) === index);
  const found = (await Promise.all(searches.map((text) => engine.search(text)))).flatMap((answer) => answer.results);
  const best = new Map<string, PagefindResult>();
  for (const result of found) if ((best.get(result.id)?.score ?? -1) < result.score) best.set(result.id, result);
  const results = [...best.values()].sort((first, second) => second.score - first.score);
  return Promise.all(results.slice(0, limit).map((result) => result.data()));
}

/**
 * Pagefind's excerpt is escaped text with <mark> around hits. It becomes text and marked parts, parsed by
 * the browser's inert HTML parser (nothing runs, nothing is inserted), so no HTML string reaches the page.
 */
export function excerptParts(excerpt: string): Array<{ text: string; marked: boolean }> {
  const body = new DOMParser().parseFromString(`<body>${excerpt}</body>`, "text/html").body;
  return [...body.childNodes].map((node) => ({ text: node.textContent ?? "", marked: node.nodeName === "MARK" }));
}
