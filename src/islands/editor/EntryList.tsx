// The editor's texts, stale first, with their checked date; opening one moves to the entry's heading.
import { useEffect, useState } from "preact/hooks";
import type { TypedPocketBase } from "../../types/pocketbase-types.ts";
import { useIntl } from "../lib/intl-context.ts";
import { focusElement, useFocusWhen } from "../lib/focus.ts";
import type { Person } from "./EditorApp.tsx";
import { staleEntries } from "./lib/content-api.ts";
import { titleOf, type StaleEntry } from "./lib/stale.ts";
import { kindName } from "./kind-name.ts";

export function EntryList({ client, person, focusId, onOpen }: {
  client: TypedPocketBase; person: Person; focusId?: string; onOpen: (id: string) => void;
}) {
  const intl = useIntl();
  const [rows, setRows] = useState<StaleEntry[] | null>(null);
  const [failure, setFailure] = useState("");
  const failureRef = useFocusWhen<HTMLParagraphElement>(failure);
  const headingRef = useFocusWhen<HTMLHeadingElement>(rows !== null && !focusId);

  useEffect(() => {
    staleEntries(client, person.municipality).then((loaded) => {
      setRows(loaded);
      if (focusId) requestAnimationFrame(() => focusElement(document.getElementById(focusId) ?? document.getElementById("editor-list-heading")));
    }, (error: unknown) => setFailure(intl.text("editor.error", { message: error instanceof Error ? error.message : String(error) })));
  }, []);

  if (failure) return <p ref={failureRef} class="notice">{failure}</p>;
  if (!rows) return <p class="muted">{intl.text("editor.loading")}</p>;
  return (
    <section aria-labelledby="editor-list-heading">
      <h2 id="editor-list-heading" ref={headingRef} tabIndex={-1}>{intl.text("editor.list.heading")}</h2>
      <p class="muted">{intl.text("editor.list.hint")}</p>
      {rows.length === 0 ? <p>{intl.text("editor.list.none")}</p> : (
        <div class="table-wrap"><table>
          <thead><tr>
            <th scope="col">{intl.text("editor.list.text")}</th><th scope="col">{intl.text("editor.list.kind")}</th>
            <th scope="col">{intl.text("editor.list.checked")}</th><th scope="col">{intl.text("editor.list.status")}</th>
            <th scope="col"><span class="visually-hidden">{intl.text("editor.list.open")}</span></th>
          </tr></thead>
          <tbody>{rows.map((row) => {
            const title = titleOf(row.kind, row.published_body ?? "");
            return (
            <tr key={row.id} data-entry={row.id} data-stale={row.stale ? "true" : "false"}>
              <th scope="row">{title ? <>{title}<br /><bdi dir="ltr" class="muted small">{row.key}</bdi></> : <bdi dir="ltr">{row.key}</bdi>}</th>
              <td>{kindName(intl, row.kind)}</td>
              <td>{row.checked_on ? <bdi>{intl.date(row.checked_on)}</bdi> : intl.text("editor.list.neverChecked")}</td>
              <td>{[row.stale ? intl.text("editor.list.stale") : "", row.upstream_changed ? intl.text("editor.list.upstream") : ""].filter(Boolean).join(". ")}</td>
              <td><button type="button" id={`open-${row.id}`} data-action="open-entry" data-id={row.id} onClick={() => onOpen(row.id)}
                aria-label={`${intl.text("editor.list.open")}: ${title || row.key}`}>{intl.text("editor.list.open")}</button></td>
            </tr>
            );
          })}</tbody>
        </table></div>
      )}
    </section>
  );
}
