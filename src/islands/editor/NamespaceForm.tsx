// Interface texts (locales/<lang>/<namespace>.json) for a translator: one row per Danish key, the Danish text
// (lang="da", left to right) above the translation in the language's direction. Saved through updateJsonText, so
// untouched keys keep their bytes; a key the translation lacks is added when it gets a text.
import { useState } from "preact/hooks";
import { Field, errorFor, type FieldProblem } from "../lib/fields.tsx";
import { useIntl } from "../lib/intl-context.ts";
import { updateJsonText } from "./lib/json-edit.ts";

type Strings = Record<string, string>;

/** A flat JSON object of strings, as the UI namespaces are; anything else is shown raw instead. */
export function flatStrings(raw: string): Strings | null {
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return null;
    return Object.values(parsed).every((value) => typeof value === "string") ? parsed as Strings : null;
  } catch {
    return null;
  }
}

export function NamespaceForm({ raw, danish, prefix, problems, onChange, lang, dir }: {
  raw: string; danish: Strings; prefix: string; problems: FieldProblem[]; onChange: (body: string) => void; lang: string; dir: "ltr" | "rtl";
}) {
  const intl = useIntl();
  const [strings, setStrings] = useState<Strings>(() => flatStrings(raw) ?? {});
  const change = (key: string, value: string) => {
    const next = { ...strings, [key]: value };
    setStrings(next);
    onChange(updateJsonText(raw, next));
  };
  return (
    <div class="editor-strings">
      {Object.entries(danish).map(([key, source], index) => {
        const id = `${prefix}-key-${index}`;
        return (
          <div key={key} class="card" data-key={key}>
            <p class="muted"><bdi dir="ltr">{key}</bdi></p>
            <p lang="da" dir="ltr" id={`${id}-source`}>{source}</p>
            <Field id={id} label={intl.text("editor.translate.key", { key })} error={errorFor(problems, id)}>
              {(links) => <textarea {...links} aria-describedby={[links["aria-describedby"], `${id}-source`].filter(Boolean).join(" ")}
                lang={lang} dir={dir} rows={2} value={strings[key] ?? ""} onInput={(event) => change(key, event.currentTarget.value)} />}
            </Field>
          </div>
        );
      })}
    </div>
  );
}
