// One contact of the hub, which can be removed. Empty phone/e-mail stay null as in the files; an address with all three parts
// empty is null again. Phone and e-mail are left-to-right (numbers and addresses are, in every language).
import type { Contact } from "../../content/municipalities/index.ts";
import { Field, errorFor, type FieldProblem } from "../lib/fields.tsx";
import { useIntl } from "../lib/intl-context.ts";
import { HoursFields } from "./HoursFields.tsx";

const orNull = (value: string) => (value.trim() === "" ? null : value);

export function ContactFields({ contact, index, prefix, problems, onChange, onRemove }: {
  contact: Contact; index: number; prefix: string; problems: FieldProblem[]; onChange: (update: (contact: Contact) => Contact) => void;
  /** Takes the contact out of the form (nothing is stored until the editor saves; the history keeps the old hub). */
  onRemove: () => void;
}) {
  const intl = useIntl();
  const id = (path: string) => `${prefix}-${path}`;
  const error = (path: string) => errorFor(problems, id(path));
  const set = <Key extends keyof Contact>(key: Key, value: Contact[Key]) => onChange((current) => ({ ...current, [key]: value }));
  const setAddress = (part: "street" | "postalCode" | "city", value: string) => onChange((current) => {
    const address = { street: "", postalCode: "", city: "", ...(current.address ?? {}), [part]: value };
    return { ...current, address: address.street || address.postalCode || address.city ? address : null };
  });
  return (
    <fieldset class="card editor-contact" id={id("fieldset")} data-contact={contact.id}>
      <legend>{intl.text("editor.hub.contact", { number: index + 1, name: contact.name })}</legend>
      <Field id={id("name")} label={intl.text("editor.hub.name")} error={error("name")}>
        {(links) => <input {...links} lang="da" value={contact.name} onInput={(event) => set("name", event.currentTarget.value)} />}
      </Field>
      <Field id={id("phone")} label={intl.text("editor.hub.phone")} hint={intl.text("editor.hub.phoneHint")} error={error("phone")}>
        {(links) => <input {...links} type="tel" dir="ltr" autocomplete="off" value={contact.phone ?? ""} onInput={(event) => set("phone", orNull(event.currentTarget.value))} />}
      </Field>
      <Field id={id("email")} label={intl.text("editor.hub.email")} error={error("email")}>
        {(links) => <input {...links} type="email" dir="ltr" autocomplete="off" value={contact.email ?? ""} onInput={(event) => set("email", orNull(event.currentTarget.value))} />}
      </Field>
      <div class="editor-address">
        <Field id={id("address-street")} label={intl.text("editor.hub.street")} error={[error("address"), error("address-street")].filter(Boolean).join(" ") || undefined}>
          {(links) => <input {...links} lang="da" value={contact.address?.street ?? ""} onInput={(event) => setAddress("street", event.currentTarget.value)} />}
        </Field>
        <Field id={id("address-postalCode")} label={intl.text("editor.hub.postalCode")} error={error("address-postalCode")}>
          {(links) => <input {...links} inputMode="numeric" dir="ltr" size={6} value={contact.address?.postalCode ?? ""} onInput={(event) => setAddress("postalCode", event.currentTarget.value)} />}
        </Field>
        <Field id={id("address-city")} label={intl.text("editor.hub.city")} error={error("address-city")}>
          {(links) => <input {...links} lang="da" value={contact.address?.city ?? ""} onInput={(event) => setAddress("city", event.currentTarget.value)} />}
        </Field>
      </div>
      <HoursFields legend={intl.text("editor.hub.openingHours")} prefix={id("openingHours")} hours={contact.openingHours} problems={problems}
        onChange={(hours) => set("openingHours", hours)} />
      <HoursFields legend={intl.text("editor.hub.phoneHours")} prefix={id("phoneHours")} hours={contact.phoneHours} problems={problems}
        onChange={(hours) => set("phoneHours", hours)} />
      <Field id={id("description")} label={intl.text("editor.hub.description")} error={error("description")}>
        {(links) => <textarea {...links} lang="da" rows={4} value={contact.description} onInput={(event) => set("description", event.currentTarget.value)} />}
      </Field>
      <button type="button" id={id("remove")} data-action="remove-contact" onClick={onRemove}>{intl.text("editor.hub.removeContact", { number: index + 1, name: contact.name })}</button>
    </fieldset>
  );
}
