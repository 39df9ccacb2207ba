// A Danish guide: title, description and the Markdown. The rest of the front matter (order, checked, sources …)
// is kept byte for byte by serializeGuide, so the form cannot break what it does not show.
import { useState } from "preact/hooks";
import { Field, errorFor, type FieldProblem } from "../lib/fields.tsx";
import { useIntl } from "../lib/intl-context.ts";
import { parseGuide, serializeGuide, type GuideFields } from "./lib/front-matter.ts";

export function GuideForm({ raw, prefix, problems, onChange, lang = "da", dir = "ltr" }: {
  raw: string; prefix: string; problems: FieldProblem[]; onChange: (body: string) => void; lang?: string; dir?: "ltr" | "rtl";
}) {
  const intl = useIntl();
  const [fields, setFields] = useState<GuideFields>(() => parseGuide(raw));
  const change = (name: keyof GuideFields, value: string) => {
    const next = { ...fields, [name]: value };
    setFields(next);
    onChange(serializeGuide(raw, next));
  };
  const id = (name: string) => `${prefix}-${name}`;
  return (
    <>
      <Field id={id("title")} label={intl.text("editor.guide.title")} error={errorFor(problems, id("title"))}>
        {(links) => <input {...links} name="title" lang={lang} dir={dir} value={fields.title} onInput={(event) => change("title", event.currentTarget.value)} />}
      </Field>
      <Field id={id("description")} label={intl.text("editor.guide.description")} error={errorFor(problems, id("description"))}>
        {(links) => <textarea {...links} name="description" lang={lang} dir={dir} rows={3} value={fields.description}
          onInput={(event) => change("description", event.currentTarget.value)} />}
      </Field>
      <Field id={id("body")} label={intl.text("editor.guide.body")} hint={intl.text("editor.guide.bodyHint")} error={errorFor(problems, id("body"))}>
        {(links) => <textarea {...links} name="body" class="markdown" lang={lang} dir={dir} rows={24} value={fields.body} spellcheck
          onInput={(event) => change("body", event.currentTarget.value)} />}
      </Field>
    </>
  );
}
