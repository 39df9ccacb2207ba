// The municipality's hub as a form: each contact (name, phone, e-mail, address, opening and phone hours,
// description), which can be removed, "Add a contact" after them (AddContact.tsx), then the promises, children's
// services and leisure texts. The form edits a copy of the file's JSON and saves through updateJsonText, so
// untouched parts keep their bytes. Input ids follow the server's JSON paths (contacts.2.phone →
// …-contacts-2-phone), so a 400 lands next to its field.
import { useState } from "preact/hooks";
import type { Contact, Municipality } from "../../content/municipalities/index.ts";
import type { FieldProblem } from "../lib/fields.tsx";
import { focusElement } from "../lib/focus.ts";
import { useIntl } from "../lib/intl-context.ts";
import type { AddContact as AddContactForm } from "./AddContact.tsx";
import { ContactFields } from "./ContactFields.tsx";
import { TextListFields } from "./TextListFields.tsx";
import { updateJsonText } from "./lib/json-edit.ts";

export type HubChange = (change: (hub: Municipality) => Municipality) => void;

export function HubForm({ raw, prefix, problems, onChange }: {
  raw: string; prefix: string; problems: FieldProblem[]; onChange: (body: string) => void;
}) {
  const intl = useIntl();
  const [hub, setHub] = useState<Municipality>(() => JSON.parse(raw) as Municipality);
  const change: HubChange = (update) => {
    const next = update(hub);
    setHub(next);
    onChange(updateJsonText(raw, next));
  };
  const changeContact = (index: number) => (update: (contact: Contact) => Contact) =>
    change((current) => ({ ...current, contacts: current.contacts.map((contact, at) => (at === index ? update(contact) : contact)) }));

  // Focus goes to the next contact's first field (or the heading when the last one went), never to <body>.
  const removeContact = (index: number) => {
    change((current) => ({ ...current, contacts: current.contacts.filter((_, at) => at !== index) }));
    requestAnimationFrame(() => focusElement(document.getElementById(`${prefix}-contacts-${index}-name`) ?? document.getElementById(`${prefix}-contacts`)));
  };

  // "Add a contact" opens its questions, loaded on the first press (AddContact.tsx); focus then goes to the new
  // contact's name, or back to this button on cancel.
  const [AddContact, setAddContact] = useState<typeof AddContactForm | null>(null);
  const addId = `${prefix}-contacts-add`;
  const closeAdding = (focusId: string) => {
    setAddContact(null);
    requestAnimationFrame(() => focusElement(document.getElementById(focusId)));
  };
  // A chunk that cannot be fetched (the connection dropped) is said next to the button, never swallowed.
  const [loadFailed, setLoadFailed] = useState(false);
  const toggleAdding = async () => {
    if (AddContact) return closeAdding(addId);
    try {
      const { AddContact: loaded } = await import("./AddContact.tsx");
      setLoadFailed(false);
      setAddContact(() => loaded);
    } catch {
      setLoadFailed(true);
    }
  };

  return (
    <>
      <h3 id={`${prefix}-contacts`} tabIndex={-1}>{intl.text("editor.hub.contacts")}</h3>
      {hub.contacts.map((contact, index) => (
        <ContactFields key={contact.id} contact={contact} index={index} prefix={`${prefix}-contacts-${index}`} problems={problems} onChange={changeContact(index)}
          onRemove={() => removeContact(index)} />
      ))}
      <p><button type="button" id={addId} data-action="add-contact" aria-expanded={AddContact ? "true" : "false"} aria-controls={`${prefix}-contacts-new-fieldset`}
        aria-describedby={loadFailed ? `${addId}-error` : undefined} onClick={() => void toggleAdding()}>{intl.text("editor.hub.addContact")}</button></p>
      {loadFailed ? <p id={`${addId}-error`} class="field-error" role="status">{intl.text("editor.hub.new.loadFailed")}</p> : null}
      {AddContact ? <AddContact hub={hub} prefix={`${prefix}-contacts`} onCancel={() => closeAdding(addId)} onAdd={(contact) => {
        change((current) => ({ ...current, contacts: [...current.contacts, contact] }));
        closeAdding(`${prefix}-contacts-${hub.contacts.length}-name`);
      }} /> : null}
      <TextListFields heading={intl.text("editor.hub.promises")} prefix={`${prefix}-promises`} items={hub.promises ?? []} problems={problems}
        onChange={(promises) => change((current) => ({ ...current, promises }))} />
      <TextListFields heading={intl.text("editor.hub.childrenServices")} prefix={`${prefix}-childrenServices`} items={hub.childrenServices ?? []} problems={problems} named
        onChange={(childrenServices) => change((current) => ({ ...current, childrenServices }))} />
      <TextListFields heading={intl.text("editor.hub.leisure")} prefix={`${prefix}-leisure`} items={hub.leisure ?? []} problems={problems}
        onChange={(leisure) => change((current) => ({ ...current, leisure }))} />
    </>
  );
}
