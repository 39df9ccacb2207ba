// "Add a contact" after the hub's contacts: it asks only what cannot be guessed (name, kind, the sources it rests
// on); the rest (phone, e-mail, address, hours, description) is filled in afterwards in the contact's own fields.
// Its own chunk, imported when the button is pressed, so the editor's views stay within their weight budget.
// Focus goes to the name when it opens and to the first missing answer on a refusal; HubForm moves it on after
// adding (the new contact's name) or cancelling (the button), never to <body>. Nothing is stored until a save.
import { useLayoutEffect, useState } from "preact/hooks";
import { CONTACT_KINDS } from "../../content/municipalities/contact-kinds.ts";
import type { Contact, Municipality } from "../../content/municipalities/index.ts";
import { danishToday } from "../../domain/danish-day.ts";
import { Field } from "../lib/fields.tsx";
import { focusElement } from "../lib/focus.ts";
import { useIntl } from "../lib/intl-context.ts";
import { newContact, newContactProblems, type NewContactChoice } from "./lib/new-contact.ts";

/**
 * The questions, shown under HubForm's "Add a contact" button (…-contacts-add) and loaded only when it is
 * pressed. `prefix` is the hub's contacts prefix (…-contacts): the questions are …-contacts-new-*.
 */
export function AddContact({ hub, prefix, onAdd, onCancel }: {
  hub: Municipality; prefix: string; onAdd: (contact: Contact) => void; onCancel: () => void;
}) {
  const intl = useIntl();
  const [choice, setChoice] = useState<NewContactChoice>({ name: "", kind: "", sources: [] });
  const [missing, setMissing] = useState<string[]>([]);
  const id = (part: string) => `${prefix}-new-${part}`;
  useLayoutEffect(() => focusElement(document.getElementById(id("name"))), []);
  const error = (part: "name" | "kind" | "sources") => (missing.includes(part) ? intl.textFor(`editor.hub.new.${part}Missing`) : undefined);
  const add = () => {
    const problems = newContactProblems(hub, choice);
    setMissing(problems);
    if (problems[0]) requestAnimationFrame(() => focusElement(document.getElementById(id(problems[0] === "sources" ? "sources-0" : problems[0]!))));
    else onAdd(newContact(hub, choice, danishToday()));
  };
  const sourcesError = error("sources");

  return (
    // Enter in a question adds the contact instead of saving the whole form as a draft.
    <fieldset class="card editor-contact" id={id("fieldset")}
      onKeyDown={(event) => { if (event.key === "Enter" && (event.target as HTMLElement).tagName === "INPUT") { event.preventDefault(); add(); } }}>
      <legend>{intl.text("editor.hub.new.legend")}</legend>
      <p class="muted">{intl.text("editor.hub.new.hint")}</p>
      <Field id={id("name")} label={intl.text("editor.hub.name")} error={error("name")}>
        {(links) => <input {...links} lang="da" autocomplete="off" value={choice.name} onInput={(event) => setChoice({ ...choice, name: event.currentTarget.value })} />}
      </Field>
      <Field id={id("kind")} label={intl.text("editor.hub.kind")} error={error("kind")}>
        {(links) => (
          <select {...links} value={choice.kind} onChange={(event) => setChoice({ ...choice, kind: event.currentTarget.value as NewContactChoice["kind"] })}>
            <option value="">{intl.text("editor.hub.kind.choose")}</option>
            {CONTACT_KINDS.map((kind) => <option key={kind} value={kind}>{intl.textFor(`editor.hub.kind.${kind}`)}</option>)}
          </select>
        )}
      </Field>
      <fieldset id={id("sources")} aria-describedby={sourcesError ? id("sources-error") : undefined}>
        <legend>{intl.text("editor.hub.sources")}</legend>
        {sourcesError ? <p id={id("sources-error")} class="field-error">{sourcesError}</p> : null}
        {hub.sources.map((source, index) => (
          <label key={source.id} class="checkbox">
            <input type="checkbox" id={id(`sources-${index}`)} checked={choice.sources.includes(source.id)} aria-invalid={sourcesError ? "true" : undefined}
              onChange={(event) => setChoice({ ...choice, sources: event.currentTarget.checked ? [...choice.sources, source.id] : choice.sources.filter((other) => other !== source.id) })} />
            <span lang="da">{source.label}</span>
          </label>
        ))}
      </fieldset>
      <div class="editor-actions">
        <button type="button" id={id("add")} data-action="add-contact-confirm" onClick={add}>{intl.text("editor.hub.new.add")}</button>
        <button type="button" id={id("cancel")} data-action="add-contact-cancel" onClick={onCancel}>{intl.text("editor.hub.new.cancel")}</button>
      </div>
    </fieldset>
  );
}
