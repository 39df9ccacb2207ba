// Search on /<lang>/ with Pagefind (one index per language, built by `npm run build`). Pagefind's JS and index
// load only when the reader starts using the search box. Pagefind matches word prefixes, so each query also runs
// with its longer words shortened, and the two result lists are merged by score: a typo near the end of a word
// still finds the guide.
import { escapeHtml } from "../utils/escape-html.ts";

interface PagefindResult { id: string; score: number; data: () => Promise<{ url: string; meta: { title?: string }; excerpt: string }> }
interface Pagefind { search: (query: string) => Promise<{ results: PagefindResult[] }>; init: () => Promise<void> }

const form = document.querySelector<HTMLFormElement>("form[data-search]");
const output = document.getElementById("search-results");
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
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

async function search(query: string) {
  if (!output || !form) return;
  output.textContent = form.dataset.loading ?? "";
  const engine = await loadPagefind();
  const searches = [query, loosen(query)].filter((text, index, all) => all.indexOf(text) === index);
  const found = (await Promise.all(searches.map((text) => engine.search(text)))).flatMap((answer) => answer.results);
  const best = new Map<string, PagefindResult>();
  for (const result of found) if ((best.get(result.id)?.score ?? -1) < result.score) best.set(result.id, result);
  const results = [...best.values()].sort((first, second) => second.score - first.score);
  const items = await Promise.all(results.slice(0, 8).map((result) => result.data()));
  // Pagefind's excerpt marks hits with <mark>; everything else in it is escaped text from our own pages.
  output.innerHTML = items.length === 0 ? `<p>${escapeHtml(form.dataset.none ?? "")}</p>` :
    `<ul class="search-results">${items.map((item) => `<li><a href="${escapeHtml(item.url)}">${escapeHtml(item.meta.title ?? item.url)}</a><p>${item.excerpt}</p></li>`).join("")}</ul>`;
}

if (form) {
  form.hidden = false;
  form.addEventListener("focusin", () => void loadPagefind(), { once: true });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = String(new FormData(form).get("q") ?? "").trim();
    if (query) void search(query);
  });
}
