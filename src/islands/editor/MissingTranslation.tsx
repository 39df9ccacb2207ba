// A text that has no translation yet: the translator writes it beside the Danish source, and
// POST /api/velkommen/content/translations creates the entry with its first version.
import { useState } from "preact/hooks";
import type { TypedPocketBase } from "../../types/pocketbase-types.ts";
import { ErrorSummary, Field, errorFor, type FieldProblem } from "../lib/fields.tsx";
import { useFocusWhen } from "../lib/focus.ts";
import { useIntl } from "../lib/intl-context.ts";
import type { EditorLocale, Person } from "./EditorApp.tsx";
import { SourceText } from "./SourceText.tsx";
import { createTranslation } from "./lib/content-api.ts";
import type { QueueItem } from "./lib/queue.ts";
import { saveFailure } from "./lib/save-errors.ts";

export function MissingTranslation({ client, item, locales, announce, onBack }: {
  client: TypedPocketBase; person: Person; item: QueueItem; locales: EditorLocale[]; announce: (message: string) => void; onBack: () => void;
}) {
  const intl = useIntl();
  const [body, setBody] = useState(item.danish_now);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const headingRef = useFocusWhen<HTMLHeadingElement>(item.path);
  const locale = locales.find((candidate) => candidate.code === item.locale);
  const id = "missing-body";
  const create = async (translationStatus: "machine" | "reviewed") => {
    try {
      await createTranslation(client, { danish_entry: item.danish_entry, locale: item.locale, body, translation_status: translationStatus });
      setProblems([]);
      announce(intl.text(translationStatus === "reviewed" ? "editor.translate.reviewed" : "editor.translate.saved"));
    } catch (error) {
      const failed = saveFailure(error, "missing", new Set([id]));
      setProblems(failed.kind === "fields" ? failed.problems.map((problem) => ({ ...problem, fieldId: problem.fieldId ?? null }))
        : [{ fieldId: null, message: failed.kind === "refused" ? intl.text("editor.entry.refused") : intl.text("editor.error", { message: "message" in failed ? failed.message : "" }) }]);
    }
  };
  return (
    <article aria-labelledby="editor-translation-heading" class="editor-entry">
      <p><button type="button" data-action="back" onClick={onBack}>{intl.text("editor.translate.back")}</button></p>
      <h2 id="editor-translation-heading" ref={headingRef} tabIndex={-1}><bdi dir="ltr">{item.key}</bdi> · <span lang={item.locale}>{locale?.endonym ?? item.locale}</span></h2>
      <p>{intl.text("editor.translate.missing")}</p>
      <form id="editor-translation-form" onSubmit={(event) => { event.preventDefault(); void create("machine"); }} noValidate>
        <ErrorSummary id="editor-translation-errors" heading={intl.text("editor.error.heading")} problems={problems} />
        <div class="editor-columns">
          <SourceText kind={item.kind} body={item.danish_now} />
          <div class="editor-target" style={`--font-stack: ${locale?.fontStack ?? "inherit"}`}>
            <Field id={id} label={intl.text("editor.translate.target", { language: locale?.endonym ?? item.locale })} error={errorFor(problems, id)}>
              {(links) => <textarea {...links} lang={item.locale} dir={locale?.dir ?? "ltr"} rows={24} class="markdown" value={body} onInput={(event) => setBody(event.currentTarget.value)} />}
            </Field>
          </div>
        </div>
        <div class="editor-actions">
          <button type="submit" class="button" data-action="save">{intl.text("editor.translate.save")}</button>
          <button type="button" class="button" data-action="mark-reviewed" onClick={() => void create("reviewed")}>{intl.text("editor.translate.markReviewed")}</button>
        </div>
      </form>
    </article>
  );
}
