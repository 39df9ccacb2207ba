// The hub's lists of texts (promises, children's services, leisure): each text editable in place, ids and
// sources kept. Children's services also have a name.
import type { FieldProblem } from "../lib/fields.tsx";
import { Field, errorFor } from "../lib/fields.tsx";
import { useIntl } from "../lib/intl-context.ts";

interface TextItem { id: string; text: string; name?: string }

export function TextListFields<Item extends TextItem>({ heading, prefix, items, problems, named = false, onChange }: {
  heading: string; prefix: string; items: Item[]; problems: FieldProblem[]; named?: boolean; onChange: (items: Item[]) => void;
}) {
  const intl = useIntl();
  const set = (index: number, key: "text" | "name", value: string) => onChange(items.map((item, at) => (at === index ? { ...item, [key]: value } : item)));
  return (
    <fieldset class="card" id={prefix}>
      <legend>{heading}</legend>
      {items.length === 0 ? <p class="muted">{intl.text("editor.hub.noTexts")}</p> : null}
      {items.map((item, index) => <div key={item.id} class="stack">
        {named ? (
          <Field id={`${prefix}-${index}-name`} label={intl.text("editor.hub.serviceName", { number: index + 1 })} error={errorFor(problems, `${prefix}-${index}-name`)}>
            {(links) => <input {...links} lang="da" value={item.name ?? ""} onInput={(event) => set(index, "name", event.currentTarget.value)} />}
          </Field>
        ) : null}
        <Field id={`${prefix}-${index}-text`} label={intl.text("editor.hub.text", { number: index + 1 })} error={errorFor(problems, `${prefix}-${index}-text`)}>
          {(links) => <textarea {...links} lang="da" rows={3} value={item.text} onInput={(event) => set(index, "text", event.currentTarget.value)} />}
        </Field>
      </div>)}
    </fieldset>
  );
}
