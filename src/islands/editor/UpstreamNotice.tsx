// "The national text changed": an import brought a newer national text while this municipality's own text is
// live. Both are kept; this shows the difference (live → national), and the history can restore the national one.
import { useEffect, useState } from "preact/hooks";
import type { TypedPocketBase } from "../../types/pocketbase-types.ts";
import { useIntl } from "../lib/intl-context.ts";
import { TextDiff } from "./TextDiff.tsx";
import { loadVersion, type Entry } from "./lib/content-api.ts";

export function UpstreamNotice({ client, entry }: { client: TypedPocketBase; entry: Entry }) {
  const intl = useIntl();
  const [bodies, setBodies] = useState<{ live: string; national: string } | null>(null);
  useEffect(() => {
    if (!entry.upstream_version) return;
    Promise.all([loadVersion(client, entry.upstream_version), entry.published_version ? loadVersion(client, entry.published_version) : null])
      .then(([national, live]) => setBodies({ national: national.body, live: live?.body ?? "" }), () => setBodies(null));
  }, [entry.upstream_version, entry.published_version]);
  return (
    <section class="notice" aria-labelledby="editor-diff-heading" data-upstream={entry.upstream_version}>
      <h3 id="editor-diff-heading">{intl.text("editor.upstream.heading")}</h3>
      <p>{intl.text("editor.upstream.explain")}</p>
      {bodies ? <TextDiff before={bodies.live} after={bodies.national} /> : null}
    </section>
  );
}
