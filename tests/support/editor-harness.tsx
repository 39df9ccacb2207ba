// Browser side of one editor component test: the Danish diff (TextDiff) inside the island's IntlContext, with the
// messages a page would hand it. No server: the diff is computed from its two texts.
import { createIslandIntl, type IslandMessages } from "../../src/islands/lib/intl.ts";
import { IntlContext } from "../../src/islands/lib/intl-context.ts";
import { TextDiff } from "../../src/islands/editor/TextDiff.tsx";

export function DiffHarness({ lang, messages, before, after }: { lang: string; messages: IslandMessages; before: string; after: string }) {
  return (
    <IntlContext.Provider value={createIslandIntl(lang, messages)}>
      <section aria-labelledby="editor-diff-heading"><h2 id="editor-diff-heading">Diff</h2><TextDiff before={before} after={after} /></section>
    </IntlContext.Provider>
  );
}
