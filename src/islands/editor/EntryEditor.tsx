// One text for an editor: a Danish guide (title, description, Markdown), the municipality's hub (a structured
// form) or the glossary (its JSON), with Save draft, Publish, Confirm still valid and History. A refused save
// shows why: the fields' errors, a conflict with both texts, or the server's refusal in words.
import { useState } from "preact/hooks";
import type { TypedPocketBase } from "../../types/pocketbase-types.ts";
import { ErrorSummary } from "../lib/fields.tsx";
import { useFocusWhen } from "../lib/focus.ts";
import { useIntl } from "../lib/intl-context.ts";
import { errorStatus } from "../lib/api-errors.ts";
import type { Person } from "./EditorApp.tsx";
import { ConflictNotice } from "./ConflictNotice.tsx";
import { chooseThenFocusForm } from "./focus-form.ts";
import { GuideForm } from "./GuideForm.tsx";
import { HistoryPanel } from "./HistoryPanel.tsx";
import { HubForm } from "./HubForm.tsx";
import { JsonForm } from "./JsonForm.tsx";
import { UpstreamNotice } from "./UpstreamNotice.tsx";
import { confirmStillValid, restore } from "./lib/content-api.ts";
import { checkedOnOf } from "./lib/stale.ts";
import { isGuideText } from "./lib/front-matter.ts";
import { isHubText } from "./lib/json-edit.ts";
import { kindName } from "./kind-name.ts";
import { useTextSaving } from "./use-text-saving.ts";

const FORM_ID = "editor-entry-form";

export function EntryEditor({ client, person, entryId, announce, onBack }: {
  client: TypedPocketBase; person: Person; entryId: string; announce: (message: string) => void; onBack: () => void;
}) {
  const intl = useIntl();
  const saving = useTextSaving(client, entryId, FORM_ID, inputPrefix(entryId));
  const [historyOpen, setHistoryOpen] = useState(0);
  const { entry, head } = saving;
  const headingRef = useFocusWhen<HTMLHeadingElement>(entry?.id);
  const failureRef = useFocusWhen<HTMLParagraphElement>(saving.failure);
  const noticeRef = useFocusWhen<HTMLParagraphElement>(saving.notice);

  if (saving.failure) return <p ref={failureRef} class="notice">{saving.failure}</p>;
  if (!entry) return <p class="muted">{intl.text("editor.loading")}</p>;
  const prefix = inputPrefix(entryId);
  const checked = entry.checked_on || checkedOnOf(entry.kind, head?.body ?? "");

  const afterChoice = (choice: () => void) => chooseThenFocusForm(FORM_ID, choice);
  const saveDraft = async () => { if (await saving.save({ status: "draft" })) announce(intl.text("editor.entry.saved")); };
  const publishNow = async () => { if (await saving.publishText()) announce(intl.text("editor.entry.published")); };
  const confirm = async () => {
    let missing = false;
    const done = await saving.run(async () => {
      try { await confirmStillValid(client, entry.id); } catch (error) { if (errorStatus(error) === 404) missing = true; else throw error; }
    });
    if (done) announce(intl.text(missing ? "editor.entry.notAvailable" : "editor.entry.confirmed"));
  };

  const raw = head?.body ?? "";
  // A text the form cannot read (no front matter, not JSON) is shown as it is, so the editor can still repair it.
  const form = entry.kind === "guide" && isGuideText(raw) ? <GuideForm key={saving.generation} raw={head?.body ?? ""} prefix={prefix} problems={saving.problems} onChange={saving.setText} />
    : entry.kind === "municipality" && isHubText(raw) ? <HubForm key={saving.generation} raw={head?.body ?? ""} prefix={prefix} problems={saving.problems} onChange={saving.setText} />
    : <JsonForm key={saving.generation} raw={head?.body ?? ""} prefix={prefix} problems={saving.problems} onChange={saving.setText} />;

  return (
    <article aria-labelledby="editor-entry-heading" class="editor-entry">
      <p><button type="button" data-action="back" onClick={onBack}>{intl.text("editor.entry.back")}</button></p>
      <h2 id="editor-entry-heading" ref={headingRef} tabIndex={-1}><bdi dir="ltr">{entry.key}</bdi> · {kindName(intl, entry.kind)}</h2>
      <p class="muted"><bdi dir="ltr">{entry.path}</bdi></p>
      <p>{checked ? intl.text("editor.entry.checkedOn", { date: intl.date(checked) }) : intl.text("editor.entry.neverChecked")}</p>
      {entry.head_version && entry.head_version !== entry.published_version ? <p>{intl.text("editor.entry.draftPending")}</p> : null}
      {entry.upstream_changed && entry.upstream_version ? <UpstreamNotice client={client} entry={entry} /> : null}
      {saving.notice ? <p ref={noticeRef} class="notice" data-notice-kind="refused">{saving.notice}</p> : null}
      {saving.conflict ? <ConflictNotice conflict={saving.conflict} onKeepMine={() => afterChoice(saving.keepMine)} onTakeTheirs={() => afterChoice(saving.takeTheirs)} /> : null}
      <form id={FORM_ID} class="editor-form" onSubmit={(event) => { event.preventDefault(); void saveDraft(); }} noValidate>
        <ErrorSummary id="editor-entry-errors" heading={intl.text("editor.error.heading")} problems={saving.problems} />
        {form}
        <div class="editor-actions">
          <button type="submit" class="button" data-action="save-draft" aria-disabled={saving.busy ? "true" : undefined}>{intl.text("editor.entry.saveDraft")}</button>
          <button type="button" class="button" data-action="publish" aria-disabled={saving.busy ? "true" : undefined} onClick={() => void publishNow()}>{intl.text("editor.entry.publish")}</button>
          {entry.kind === "guide" || entry.kind === "municipality" ? (
            <button type="button" data-action="confirm" aria-disabled={saving.busy ? "true" : undefined} onClick={() => void confirm()}>{intl.text("editor.entry.confirm")}</button>
          ) : null}
          <button type="button" data-action="history" aria-expanded={historyOpen > 0 ? "true" : "false"} aria-controls="editor-history"
            onClick={() => setHistoryOpen(historyOpen > 0 ? 0 : historyOpen + 1)}>{intl.text("editor.entry.history")}</button>
        </div>
      </form>
      {historyOpen > 0 ? (
        <HistoryPanel client={client} person={person} entry={entry} headId={head?.id ?? ""} refreshKey={saving.generation + (head?.id ?? "")}
          onClose={() => setHistoryOpen(0)}
          onRestore={async (version) => {
            if (await saving.run(() => restore(client, entry.id, version, head?.id ?? ""))) announce(intl.text("editor.entry.restored"));
          }} />
      ) : null}
    </article>
  );
}

/** Input ids start with this, so a server path (contacts.2.phone) finds its input (hub-contacts-2-phone). */
function inputPrefix(entryId: string): string {
  return `text-${entryId}`;
}
