// Shows the search island on /<lang>/ and hydrates it on first use (focus or submit): the Preact component
// (src/islands/search-box/SearchBox.tsx), formatjs and Pagefind load only then, so the home page stays light.
const root = document.querySelector<HTMLElement>('[data-island="search"]');
let ready = false;
let hydrating: Promise<void> | undefined;

function hydrateSearch(): Promise<void> {
  return (hydrating ??= Promise.all([
    import("preact"), import("../islands/search-box/SearchBox.tsx"), import("../islands/search-box/pagefind.ts"),
  ]).then(([{ h, hydrate }, { SearchBox }, { loadPagefind }]) => {
    const data = document.querySelector('script[data-island-props="search"]');
    if (!root || !data) return;
    hydrate(h(SearchBox, JSON.parse(data.textContent ?? "{}")), root);
    ready = true;
    void loadPagefind();
  }));
}

if (root) {
  root.hidden = false;
  root.addEventListener("focusin", () => void hydrateSearch(), { once: true });
  // A search sent before the island is ready waits for it, then goes to the island's own handler.
  root.addEventListener("submit", (event) => {
    if (ready) return;
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    void hydrateSearch().then(() => form.requestSubmit());
  }, { capture: true });
}
