// Side by side: the Danish source (lang="da", left to right) next to the translation, in the language's own
// direction and font. Save, Mark as checked (translation_status reviewed; the server records who and when)
// and Publish. The server refuses other languages and Danish; the note here only warns ahead.
import type { TypedPocketBase } from "../../types/pocketbase-types.ts";
import { ErrorSummary } from "../lib/fields.tsx";
import { useFocusWhen } from "../lib/focus.ts";
import { useIntl } from "../lib/intl-context.ts";
import { ConflictNotice } from "./ConflictNotice.tsx";
import { chooseThenFocusForm } from "./focus-form.ts";
import type { EditorLocale, Person } from "./EditorApp.tsx";
import { GuideForm } from "./GuideForm.tsx";
import { isGuideText } from "./lib/front-matter.ts";
import { JsonForm } from "./JsonForm.tsx";
import { NamespaceForm, flatStrings } from "./NamespaceForm.tsx";
import { MissingTranslation } from "./MissingTranslation.tsx";
import { SourceText } from "./SourceText.tsx";
import { TextDiff } from "./TextDiff.tsx";
import type { QueueItem } from "./lib/queue.ts";
import { useTextSaving } from "./use-text-saving.ts";

const FORM_ID = "editor-translation-form";

export function TranslationEditor(props: {
  client: TypedPocketBase; person: Person; item: QueueItem; locales: EditorLocale[]; announce: (message: string) => void; onBack: () => void;
}) {
  return props.item.entry ? <ExistingTranslation {...props} /> : <MissingTranslation {...props} />;
}

function ExistingTranslation({ client, person, item, locales, announce, onBack }: {
  client: TypedPocketBase; person: Person; item: QueueItem; locales: EditorLocale[]; announce: (message: string) => void; onBack: () => void;
}) {
  const intl = useIntl();
  const prefix = `text-${item.entry}`;
  const saving = useTextSaving(client, item.entry, FORM_ID, prefix);
  const headingRef = useFocusWhen<HTMLHeadingElement>(saving.entry?.id);
  const noticeRef = useFocusWhen<HTMLParagraphElement>(saving.notice);
  const failureRef = useFocusWhen<HTMLParagraphElement>(saving.failure);
  const locale = locales.find((candidate) => candidate.code === item.locale) ?? { code: item.locale, endonym: item.locale, dir: "ltr" as const, fontStack: "inherit" };
  if (saving.failure) return <p ref={failureRef} class="notice">{saving.failure}</p>;
  if (!saving.entry) return <p class="muted">{intl.text("editor.loading")}</p>;
  const mine = person.languages.includes(item.locale);
  const endonyms = person.languages.map((code) => locales.find((candidate) => candidate.code === code)?.endonym ?? code);
  const raw = saving.head?.body ?? "";
  const danishStrings = item.kind === "namespace" ? flatStrings(item.danish_now) : null;
  const afterChoice = (choice: () => void) => chooseThenFocusForm(FORM_ID, choice);
  const saveAs = async (translationStatus: "machine" | "reviewed") => {
    if (await saving.save({ status: "draft", translation_status: translationStatus })) {
      announce(intl.text(translationStatus === "reviewed" ? "editor.translate.reviewed" : "editor.translate.saved"));
    }
  };
  const publishNow = async () => {
    if (await saving.publishText(saving.head?.body === saving.text ? saving.head?.translation_status || undefined : undefined)) announce(intl.text("editor.entry.published"));
  };

  return (
    <article aria-labelledby="editor-translation-heading" class="editor-entry">
      <p><button type="button" data-action="back" onClick={onBack}>{intl.text("editor.translate.back")}</button></p>
      <h2 id="editor-translation-heading" ref={headingRef} tabIndex={-1}><bdi dir="ltr">{item.key}</bdi> · <span lang={locale.code}>{locale.endonym}</span></h2>
      <p>{intl.textFor(`editor.queue.status.${item.status}`)}</p>
      {!mine ? <p class="notice">{intl.text("editor.translate.notYours", { languages: intl.list(endonyms), language: locale.endonym })}</p> : null}
      {saving.notice ? <p ref={noticeRef} class="notice" data-notice-kind="refused">{saving.notice}</p> : null}
      {saving.conflict ? <ConflictNotice conflict={saving.conflict} lang={locale.code} dir={locale.dir}
        onKeepMine={() => afterChoice(saving.keepMine)} onTakeTheirs={() => afterChoice(saving.takeTheirs)} /> : null}
      {item.status === "outdated" ? <section aria-labelledby="editor-diff-heading">
        <h3 id="editor-diff-heading">{intl.text("editor.diff.heading")}</h3>
        <TextDiff before={item.danish_then} after={item.danish_now} />
      </section> : null}
      <form id={FORM_ID} onSubmit={(event) => { event.preventDefault(); void saveAs("machine"); }} noValidate>
        <ErrorSummary id="editor-translation-errors" heading={intl.text("editor.error.heading")} problems={saving.problems} />
        {item.kind === "namespace" && danishStrings && flatStrings(raw) ? (
          <div class="editor-target" style={`--font-stack: ${locale.fontStack}`}>
            <NamespaceForm key={saving.generation} raw={raw} danish={danishStrings} prefix={prefix} problems={saving.problems} onChange={saving.setText}
              lang={locale.code} dir={locale.dir} />
          </div>
        ) : (
          <div class="editor-columns">
            <SourceText kind={item.kind} body={item.danish_now} />
            <div class="editor-target" style={`--font-stack: ${locale.fontStack}`}>
              <h3>{intl.text("editor.translate.target", { language: locale.endonym })}</h3>
              {item.kind === "guide" && isGuideText(raw)
                ? <GuideForm key={saving.generation} raw={raw} prefix={prefix} problems={saving.problems} onChange={saving.setText} lang={locale.code} dir={locale.dir} />
                : <JsonForm key={saving.generation} raw={raw} prefix={prefix} problems={saving.problems} onChange={saving.setText} lang={locale.code} />}
            </div>
          </div>
        )}
        <div class="editor-actions">
          <button type="submit" class="button" data-action="save" aria-disabled={saving.busy ? "true" : undefined}>{intl.text("editor.translate.save")}</button>
          <button type="button" class="button" data-action="mark-reviewed" aria-disabled={saving.busy ? "true" : undefined} onClick={() => void saveAs("reviewed")}>{intl.text("editor.translate.markReviewed")}</button>
          <button type="button" class="button" data-action="publish" aria-disabled={saving.busy ? "true" : undefined} onClick={() => void publishNow()}>{intl.text("editor.translate.publish")}</button>
        </div>
      </form>
    </article>
  );
}
