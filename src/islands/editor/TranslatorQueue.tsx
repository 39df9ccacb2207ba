// The translator's queue in their languages: outdated (with the Danish change), machine-made and missing texts
// first, reviewed ones last. Opening one moves to the side-by-side editor's heading.
import { useEffect, useState } from "preact/hooks";
import type { TypedPocketBase } from "../../types/pocketbase-types.ts";
import { focusElement, useFocusWhen } from "../lib/focus.ts";
import { useIntl } from "../lib/intl-context.ts";
import type { EditorLocale, Person } from "./EditorApp.tsx";
import { translationQueue } from "./lib/content-api.ts";
import type { QueueItem } from "./lib/queue.ts";
import { kindName } from "./kind-name.ts";

export function TranslatorQueue({ client, person, locales, focusId, onOpen }: {
  client: TypedPocketBase; person: Person; locales: EditorLocale[]; focusId?: string; onOpen: (item: QueueItem) => void;
}) {
  const intl = useIntl();
  const [items, setItems] = useState<QueueItem[] | null>(null);
  const [failure, setFailure] = useState("");
  const failureRef = useFocusWhen<HTMLParagraphElement>(failure);
  const headingRef = useFocusWhen<HTMLHeadingElement>(items !== null && !focusId);
  useEffect(() => {
    translationQueue(client, person.languages).then((loaded) => {
      setItems(loaded);
      if (focusId) requestAnimationFrame(() => focusElement(document.getElementById(focusId) ?? document.getElementById("editor-queue-heading")));
    }, (error: unknown) => setFailure(intl.text("editor.error", { message: error instanceof Error ? error.message : String(error) })));
  }, []);

  if (failure) return <p ref={failureRef} class="notice">{failure}</p>;
  if (!items) return <p class="muted">{intl.text("editor.loading")}</p>;
  const endonym = (code: string) => locales.find((locale) => locale.code === code)?.endonym ?? code;
  return (
    <section aria-labelledby="editor-queue-heading">
      <h2 id="editor-queue-heading" ref={headingRef} tabIndex={-1}>{intl.text("editor.queue.heading")}</h2>
      <p class="muted">{intl.text("editor.queue.hint")}</p>
      {items.length === 0 ? <p>{intl.text("editor.queue.none")}</p> : (
        <ul class="cards">{items.map((item) => (
          <li key={`${item.locale}-${item.path}`} class="card" data-path={item.path} data-status={item.status}>
            <p><strong><bdi dir="ltr">{item.key}</bdi></strong> · {kindName(intl, item.kind)} · <span lang={item.locale}>{endonym(item.locale)}</span></p>
            <p>{intl.textFor(`editor.queue.status.${item.status}`)}
              {item.danish_changed_on ? ` ${intl.text("editor.queue.changedOn", { date: intl.date(item.danish_changed_on) })}` : ""}</p>
            <button type="button" id={`translate-${item.path}`} data-action="open-translation" onClick={() => onOpen(item)}
              aria-label={`${intl.text("editor.queue.open")}: ${item.key} (${endonym(item.locale)})`}>{intl.text("editor.queue.open")}</button>
          </li>
        ))}</ul>
      )}
    </section>
  );
}
