// A JSON text without a form of its own (the glossary, interface texts): the file as written, in a textarea.
// The server checks that it is a JSON object and says where it is not.
import { useState } from "preact/hooks";
import { Field, errorFor, type FieldProblem } from "../lib/fields.tsx";
import { useIntl } from "../lib/intl-context.ts";

export function JsonForm({ raw, prefix, problems, onChange, lang = "da" }: {
  raw: string; prefix: string; problems: FieldProblem[]; onChange: (body: string) => void; lang?: string;
}) {
  const intl = useIntl();
  const [value, setValue] = useState(raw);
  const id = `${prefix}-body`;
  return (
    <Field id={id} label={intl.text("editor.json.body")} error={errorFor(problems, id)}>
      {(links) => <textarea {...links} name="body" class="markdown" lang={lang} dir="ltr" rows={24} value={value} spellcheck={false}
        onInput={(event) => { setValue(event.currentTarget.value); onChange(event.currentTarget.value); }} />}
    </Field>
  );
}
