// Every saved version of the text, newest first, with who saved it and when; any older one can be restored,
// which saves it again as the newest version (history is never rewritten).
import { useEffect, useState } from "preact/hooks";
import type { TypedPocketBase } from "../../types/pocketbase-types.ts";
import { focusElement, useFocusWhen } from "../lib/focus.ts";
import { useIntl } from "../lib/intl-context.ts";
import type { Person } from "./EditorApp.tsx";
import { versionsOf, type Entry, type Version } from "./lib/content-api.ts";

export function HistoryPanel({ client, person, entry, headId, refreshKey, onClose, onRestore }: {
  client: TypedPocketBase; person: Person; entry: Entry; headId: string; refreshKey: string;
  onClose: () => void; onRestore: (version: Version) => Promise<void>;
}) {
  const intl = useIntl();
  const [versions, setVersions] = useState<Version[] | null>(null);
  const [failure, setFailure] = useState("");
  const headingRef = useFocusWhen<HTMLHeadingElement>(versions !== null);

  useEffect(() => {
    versionsOf(client, entry.id).then(setVersions, (error: unknown) => setFailure(intl.text("editor.error", { message: error instanceof Error ? error.message : String(error) })));
  }, [refreshKey]);

  const author = (version: Version) => {
    if (!version.author) return intl.text("editor.history.import");
    if (version.author === person.id) return intl.text("editor.history.you");
    return version.expand?.author?.name || intl.text("editor.history.someone");
  };
  const statusKey = (status: string) => `editor.history.status.${status}`;
  const close = () => {
    onClose();
    requestAnimationFrame(() => focusElement(document.querySelector<HTMLElement>('[data-action="history"]')));
  };

  return (
    <section id="editor-history" aria-labelledby="editor-history-heading" class="editor-history">
      <h3 id="editor-history-heading" ref={headingRef} tabIndex={-1}>{intl.text("editor.history.heading")}</h3>
      {failure ? <p class="notice">{failure}</p> : null}
      {versions && versions.length === 0 ? <p>{intl.text("editor.history.none")}</p> : null}
      {versions ? <ol class="cards">{versions.map((version) => {
        const date = intl.dateTime(version.created);
        const words = intl.text("editor.history.row", {
          status: intl.has(statusKey(version.status)) ? intl.textFor(statusKey(version.status)) : version.status, author: author(version), date,
        });
        return (
          <li key={version.id} class="card" data-version={version.id} data-status={version.status}>
            <p>{words}{version.translation_status === "reviewed" ? ` (${intl.text("editor.history.reviewed")})` : ""}</p>
            {version.id !== headId ? (
              <button type="button" data-action="restore" data-id={version.id} onClick={() => void onRestore(version)}
                aria-label={intl.text("editor.history.restoreLabel", { date })}>{intl.text("editor.history.restore")}</button>
            ) : null}
          </li>
        );
      })}</ol> : <p class="muted">{intl.text("editor.loading")}</p>}
      <p><button type="button" data-action="close-history" onClick={close}>{intl.text("editor.history.close")}</button></p>
    </section>
  );
}
