// The guide search on /<lang>/ as a Preact island. The server renders the form (hidden without JS, where the
// guide list below does the job); src/enhance/search.ts shows it and hydrates this on first use, so the home
// page loads almost no JS. Only the status line ("Searching …", "3 results") is a live region.
import { useMemo, useState } from "preact/hooks";
import { createIslandIntl, type IslandMessages } from "../lib/intl.ts";
import { excerptParts, searchGuides, type SearchHit } from "./pagefind.ts";

export interface SearchBoxProps {
  locale: string;
  messages: IslandMessages;
}

export function SearchBox({ locale, messages }: SearchBoxProps) {
  const intl = useMemo(() => createIslandIntl(locale, messages), [locale, messages]);
  const [status, setStatus] = useState("");
  const [hits, setHits] = useState<SearchHit[]>([]);

  const search = async (query: string) => {
    if (!query.trim()) return;
    setStatus(intl.text("search.loading"));
    const found = await searchGuides(query.trim()).catch(() => []);
    setHits(found);
    setStatus(found.length === 0 ? intl.text("search.none") : intl.text("search.found", { count: found.length }));
  };

  return (
    <>
      <form class="search inline-form" role="search" data-search onSubmit={(event) => {
        event.preventDefault();
        void search(String(new FormData(event.currentTarget as HTMLFormElement).get("q") ?? ""));
      }}>
        <label for="search-query">{intl.text("search.label")}</label>{" "}
        <input id="search-query" type="search" name="q" autocomplete="off" />
        <button type="submit">{intl.text("search.button")}</button>
      </form>
      <p id="search-status" role="status">{status}</p>
      {hits.length > 0 && (
        <ul class="search-results" aria-label={intl.text("search.results")}>
          {hits.map((hit) => (
            <li key={hit.url}>
              <a href={hit.url}>{hit.meta.title ?? hit.url}</a>
              <p>{excerptParts(hit.excerpt).map((part, index) => part.marked ? <mark key={index}>{part.text}</mark> : part.text)}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
