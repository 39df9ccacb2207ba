// One plan for the caseworker: milestones with the law's limit and the municipality's own promise (status,
// note), appointments (edit, add), contacts (add), access to the personal page, and the history as sentences.
// After a save the same control keeps focus (rows are keyed; a re-mounted form gets focus back by id).
import { useEffect, useState } from "preact/hooks";
import { computeMilestones, type ComputedMilestone } from "../../domain/milestones.ts";
import { isResidenceBasis, rulesForMunicipality } from "../../domain/rules.ts";
import type { MessageKey } from "../../i18n/message-keys.generated.ts";
import { planAccess, type PlanAccess } from "../../letter/from-plan.ts";
import {
  AppointmentsStatusOptions, ContactsRoleOptions, MilestonesStatusOptions,
  type AppointmentsRecord, type ContactsRecord, type MilestonesRecord, type TypedPocketBase,
} from "../../types/pocketbase-types.ts";
import { ErrorSummary, Field, errorFor, type FieldProblem } from "../lib/fields.tsx";
import { useFocusWhen, useKeepFocus } from "../lib/focus.ts";
import { useIntl } from "../lib/intl-context.ts";
import { historySentence, type AuditRow } from "./history.ts";
import { problemsFrom } from "./use-form-problems.ts";

interface PlanData {
  name: string;
  basis: string;
  language: string;
  milestones: Array<MilestonesRecord & { computed: ComputedMilestone | null }>;
  appointments: AppointmentsRecord[];
  contacts: ContactsRecord[];
  history: AuditRow[];
  people: Record<string, string>;
  access: PlanAccess | null;
}

const dateOnly = (value: string | null | undefined) => (value ? value.slice(0, 10) : null);

/** The i-th stored milestone of a kind (creation order) is the i-th computed occurrence of that kind. */
function pairWithRules(stored: MilestonesRecord[], computed: ComputedMilestone[]) {
  const queues = new Map<string, ComputedMilestone[]>();
  for (const milestone of computed) queues.set(milestone.kind, [...(queues.get(milestone.kind) ?? []), milestone]);
  const pairs = new Map([...stored].sort((a, b) => a.created.localeCompare(b.created)).map((milestone) => [milestone.id, queues.get(milestone.kind)?.shift() ?? null]));
  return stored.map((milestone) => ({ ...milestone, computed: pairs.get(milestone.id) ?? null }));
}

async function loadPlan(client: TypedPocketBase, planId: string): Promise<PlanData> {
  const byPlan = { filter: client.filter("plan = {:plan}", { plan: planId }) };
  const [plan, milestones, appointments, contacts, history, access] = await Promise.all([
    client.collection("plans").getOne(planId, { expand: "refugee,municipality,caseworker" }),
    client.collection("milestones").getFullList({ ...byPlan, sort: "due,created" }),
    client.collection("appointments").getFullList({ ...byPlan, sort: "starts" }),
    client.collection("contacts").getFullList({ ...byPlan, sort: "role,name" }),
    client.collection("audit_log").getList(1, 50, { ...byPlan, sort: "-at" }),
    planAccess(client, planId).catch(() => null),
  ]);
  const expand = plan.expand as { refugee?: { id: string; name?: string; email?: string }; municipality?: { slug?: string }; caseworker?: { id: string; name?: string } } | undefined;
  const basis = isResidenceBasis(plan.basis) ? plan.basis : undefined;
  let computed: ComputedMilestone[] = [];
  try {
    computed = computeMilestones({
      arrivalDate: dateOnly(plan.arrival_date) ?? "", responsibilityDate: dateOnly(plan.responsibility_date) ?? "",
      household: plan.household as { adults: number; children: number; unaccompanied_minor: boolean }, basis,
    }, rulesForMunicipality(expand?.municipality?.slug ?? ""));
  } catch { /* an unknown municipality: the stored dates are all there is */ }
  const people: Record<string, string> = {};
  for (const person of [expand?.refugee, expand?.caseworker, client.authStore.record as { id: string; name?: string } | null]) {
    if (person?.id && person.name) people[person.id] = person.name;
  }
  // Colleagues named in the history, as far as the caseworker may see them.
  const unknown = [...new Set(history.items.map((row) => row.actor).filter((actor) => actor && !people[actor] && !actor.includes(":")))];
  if (unknown.length > 0) {
    const found = await client.collection("users").getFullList({ filter: unknown.map((id) => client.filter("id = {:id}", { id })).join(" || "), fields: "id,name" }).catch(() => []);
    for (const person of found) if (person.name) people[person.id] = person.name;
  }
  return {
    name: expand?.refugee?.name || expand?.refugee?.email || planId, basis: plan.basis, language: plan.language,
    milestones: pairWithRules(milestones, computed), appointments, contacts, history: history.items as AuditRow[], people, access,
  };
}

export function PlanDetail({ client, lang, planId, announce, onBack }: {
  client: TypedPocketBase; lang: string; planId: string; announce: (message: string) => void; onBack: () => void;
}) {
  const intl = useIntl();
  const [data, setData] = useState<PlanData | null>(null);
  const [failure, setFailure] = useState("");
  const headingRef = useFocusWhen<HTMLHeadingElement>(data !== null);
  const failureRef = useFocusWhen<HTMLParagraphElement>(failure);
  const keepFocus = useKeepFocus();

  const reload = async () => {
    try {
      setData(await loadPlan(client, planId));
      setFailure("");
    } catch (error) {
      setFailure(intl.text("staff.error", { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  useEffect(() => { void reload(); }, [planId]);

  /** Runs a save; on success the data reloads, the status line says so, and focus returns to `controlId`. */
  const save = async (controlId: string, action: () => Promise<unknown>): Promise<boolean> => {
    await action();
    keepFocus(controlId);
    await reload();
    announce(intl.text("staff.saved"));
    return true;
  };

  if (failure) return <p ref={failureRef} class="notice">{failure}</p>;
  if (!data) return <p class="muted">{intl.text("staff.loading")}</p>;
  const kindName = (kind: string) => (intl.has(`milestone.${kind}`) ? intl.text(`milestone.${kind}` as MessageKey as "milestone.soon") : kind);
  const when = (date: string | null) => (date ? <bdi>{intl.date(date)}</bdi> : null);
  const records: Record<string, string> = {};
  for (const milestone of data.milestones) records[milestone.id] = kindName(milestone.kind);
  for (const appointment of data.appointments) records[appointment.id] = appointment.title;
  for (const contact of data.contacts) records[contact.id] = contact.name;

  return (
    <article aria-labelledby="plan-heading">
      <p><button type="button" data-action="back" onClick={onBack}>{intl.text("staff.plan.back")}</button></p>
      <h2 id="plan-heading" ref={headingRef} tabIndex={-1}><bdi>{data.name}</bdi></h2>
      {isResidenceBasis(data.basis) ? <p>{intl.text("staff.plan.basis", { basis: intl.text(`staff.basis.${data.basis}` as "staff.basis.refugee") })}</p> : null}

      <h3>{intl.text("staff.plan.milestones")}</h3>
      <div class="table-wrap"><table>
        <thead><tr>
          <th scope="col">{intl.text("staff.plan.kind")}</th><th scope="col">{intl.text("staff.plan.legalDue")}</th>
          <th scope="col">{intl.text("staff.plan.localDue")}</th><th scope="col">{intl.text("staff.plan.due")}</th>
          <th scope="col">{intl.text("staff.plan.status")}</th>
        </tr></thead>
        <tbody>{data.milestones.map((milestone) => (
          <tr key={milestone.id} data-kind={milestone.kind}>
            <th scope="row">{kindName(milestone.kind)}{milestone.computed?.occurrence ? ` (${intl.text("staff.plan.occurrence", { number: milestone.computed.occurrence })})` : ""}</th>
            <td>{when(milestone.computed?.legalDue ?? null)}</td>
            <td>{when(milestone.computed?.localDue ?? null)}</td>
            <td>{when(dateOnly(milestone.due)) ?? intl.text("staff.plan.noDate")}</td>
            <td><MilestoneForm milestone={milestone} onSave={(controlId, fields) => save(controlId, () => client.collection("milestones").update(milestone.id, fields))} /></td>
          </tr>
        ))}</tbody>
      </table></div>

      <h3>{intl.text("staff.plan.appointments")}</h3>
      {data.appointments.map((appointment) => (
        <AppointmentForm key={`${appointment.id}-${appointment.updated}`} idPrefix={`appointment-${appointment.id}`} appointment={appointment}
          submitLabel={intl.text("staff.plan.save")}
          onSave={(fields) => save(`appointment-${appointment.id}-submit`, () => client.collection("appointments").update(appointment.id, fields))} />
      ))}
      <AppointmentForm key={`new-${data.appointments.length}`} idPrefix="new-appointment" submitLabel={intl.text("staff.plan.addAppointment")}
        onSave={(fields) => save("new-appointment-submit", () => client.collection("appointments").create({ plan: planId, ...fields }))} />

      <h3>{intl.text("staff.plan.contacts")}</h3>
      <ul class="cards">{data.contacts.map((contact) => (
        <li key={contact.id}><bdi>{contact.name}</bdi> ({intl.text(`staff.role.${contact.role}` as "staff.role.other")})
          {contact.phone ? <> <bdi dir="ltr">{contact.phone}</bdi></> : null}</li>
      ))}</ul>
      <ContactForm key={`contact-${data.contacts.length}`} onSave={(fields) => save("new-contact-submit", () => client.collection("contacts").create({ plan: planId, ...fields }))} />

      <h3>{intl.text("staff.plan.access")}</h3>
      {data.access ? <>
        <p>{data.access.activated
          ? intl.text("staff.plan.access.active", { date: data.access.activated_at ? intl.date(data.access.activated_at) : "" })
          : intl.text("staff.plan.access.notActive")}</p>
        {!data.access.activated && data.access.code_issued_at ? <p>{intl.text("staff.plan.access.codeIssued", { date: intl.date(data.access.code_issued_at) })}</p> : null}
      </> : null}
      <p>{intl.text("staff.plan.access.manage")}</p>
      <p><a class="button" href={`/${lang}/letter/#plan=${encodeURIComponent(planId)}`}>{intl.text("staff.plan.letter")}</a></p>

      <h3>{intl.text("staff.plan.history")}</h3>
      <ul class="history">{data.history.map((row) => (
        <li key={row.id}><bdi>{intl.dateTime(row.at)}</bdi>: {historySentence(intl, row, { people: data.people, records })}</li>
      ))}</ul>
    </article>
  );
}

function useProblems(prefix: string, fields: readonly string[]) {
  const intl = useIntl();
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setProblems([]);
    } catch (error) {
      setProblems(problemsFrom(error, prefix, fields, (message) => intl.text("staff.error", { message })));
    }
  };
  return { problems, run, heading: intl.text("staff.error.heading") };
}

function MilestoneForm({ milestone, onSave }: { milestone: MilestonesRecord; onSave: (controlId: string, fields: { status: MilestonesRecord["status"]; note: string }) => Promise<unknown> }) {
  const intl = useIntl();
  const prefix = `milestone-${milestone.id}`;
  const { problems, run, heading } = useProblems(prefix, ["status", "note"]);
  return (
    <form class="inline-form" data-form="milestone" data-id={milestone.id} noValidate onSubmit={(event) => {
      event.preventDefault();
      const fields = new FormData(event.currentTarget);
      const status = String(fields.get("status"));
      const known = Object.values(MilestonesStatusOptions).find((option) => option === status) ?? milestone.status;
      void run(() => onSave(`${prefix}-submit`, { status: known, note: String(fields.get("note") ?? "") }));
    }}>
      <ErrorSummary id={`${prefix}-errors`} heading={heading} problems={problems} />
      <Field id={`${prefix}-status`} label={<span class="visually-hidden">{intl.text("staff.plan.status")}</span>} error={errorFor(problems, `${prefix}-status`)}>
        {(links) => <select {...links} name="status">{Object.values(MilestonesStatusOptions).map((status) => (
          <option key={status} value={status} selected={status === milestone.status}>{intl.text(`staff.plan.status.${status}` as "staff.plan.status.open")}</option>
        ))}</select>}
      </Field>
      <Field id={`${prefix}-note`} label={<span class="visually-hidden">{intl.text("staff.plan.note")}</span>} error={errorFor(problems, `${prefix}-note`)}>
        {(links) => <input {...links} name="note" maxLength={2000} defaultValue={milestone.note ?? ""} placeholder={intl.text("staff.plan.note")} />}
      </Field>
      <button type="submit" id={`${prefix}-submit`}>{intl.text("staff.plan.save")}</button>
    </form>
  );
}

/** "2026-12-01 08:30:00.000Z" → the value of a datetime-local input, on this computer's clock. */
function toLocalInput(value: string): string {
  const parsed = new Date(value.replace(" ", "T"));
  if (Number.isNaN(parsed.getTime())) return "";
  return new Date(parsed.getTime() - parsed.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

type AppointmentFields = Pick<AppointmentsRecord, "title" | "starts" | "place" | "with" | "interpreter" | "status">;
const APPOINTMENT_FIELDS = ["title", "starts", "place", "with", "interpreter", "status"] as const;

function AppointmentForm({ idPrefix, appointment, submitLabel, onSave }: {
  idPrefix: string; appointment?: AppointmentsRecord; submitLabel: string; onSave: (fields: AppointmentFields) => Promise<unknown>;
}) {
  const intl = useIntl();
  const { problems, run, heading } = useProblems(idPrefix, APPOINTMENT_FIELDS);
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <form class="stack card" data-form={appointment ? "appointment" : "new-appointment"} data-id={appointment?.id} noValidate onSubmit={(event) => {
      event.preventDefault();
      const fields = new FormData(event.currentTarget);
      const starts = new Date(String(fields.get("starts")));
      const status = Object.values(AppointmentsStatusOptions).find((option) => option === fields.get("status")) ?? AppointmentsStatusOptions.planned;
      void run(() => onSave({
        title: String(fields.get("title")), starts: Number.isNaN(starts.getTime()) ? "" : starts.toISOString(),
        place: String(fields.get("place") ?? ""), with: String(fields.get("with") ?? ""), interpreter: fields.get("interpreter") === "on", status,
      }));
    }}>
      <ErrorSummary id={id("errors")} heading={heading} problems={problems} />
      <Field id={id("title")} label={intl.text("staff.plan.appointmentTitle")} error={errorFor(problems, id("title"))}>
        {(links) => <input {...links} name="title" required maxLength={200} defaultValue={appointment?.title ?? ""} />}
      </Field>
      <Field id={id("starts")} label={intl.text("staff.plan.appointmentStarts")} error={errorFor(problems, id("starts"))}>
        {(links) => <input {...links} type="datetime-local" name="starts" required defaultValue={appointment ? toLocalInput(appointment.starts) : ""} />}
      </Field>
      <Field id={id("place")} label={intl.text("staff.plan.appointmentPlace")} error={errorFor(problems, id("place"))}>
        {(links) => <input {...links} name="place" maxLength={300} defaultValue={appointment?.place ?? ""} />}
      </Field>
      <Field id={id("with")} label={intl.text("staff.plan.appointmentWith")} error={errorFor(problems, id("with"))}>
        {(links) => <input {...links} name="with" maxLength={200} defaultValue={appointment?.with ?? ""} />}
      </Field>
      {appointment ? (
        <Field id={id("status")} label={intl.text("staff.plan.appointmentStatus")} error={errorFor(problems, id("status"))}>
          {(links) => <select {...links} name="status">{Object.values(AppointmentsStatusOptions).map((status) => (
            <option key={status} value={status} selected={status === appointment.status}>{intl.text(`staff.appointment.status.${status}` as "staff.appointment.status.planned")}</option>
          ))}</select>}
        </Field>
      ) : null}
      <label class="checkbox"><input type="checkbox" name="interpreter" defaultChecked={appointment?.interpreter ?? false} /> {intl.text("staff.plan.appointmentInterpreter")}</label>
      <button type="submit" id={id("submit")}>{submitLabel}</button>
    </form>
  );
}

function ContactForm({ onSave }: { onSave: (fields: Pick<ContactsRecord, "name" | "role" | "phone">) => Promise<unknown> }) {
  const intl = useIntl();
  const { problems, run, heading } = useProblems("new-contact", ["name", "role", "phone"]);
  return (
    <form class="stack card" data-form="new-contact" noValidate onSubmit={(event) => {
      event.preventDefault();
      const fields = new FormData(event.currentTarget);
      const role = Object.values(ContactsRoleOptions).find((option) => option === fields.get("role")) ?? ContactsRoleOptions.other;
      void run(() => onSave({ name: String(fields.get("name")), role, phone: String(fields.get("phone") ?? "") }));
    }}>
      <ErrorSummary id="new-contact-errors" heading={heading} problems={problems} />
      <Field id="new-contact-name" label={intl.text("staff.plan.contactName")} error={errorFor(problems, "new-contact-name")}>
        {(links) => <input {...links} name="name" required maxLength={200} />}
      </Field>
      <Field id="new-contact-role" label={intl.text("staff.plan.contactRole")} error={errorFor(problems, "new-contact-role")}>
        {(links) => <select {...links} name="role">{Object.values(ContactsRoleOptions).map((role) => (
          <option key={role} value={role}>{intl.text(`staff.role.${role}` as "staff.role.other")}</option>
        ))}</select>}
      </Field>
      <Field id="new-contact-phone" label={intl.text("staff.plan.contactPhone")} error={errorFor(problems, "new-contact-phone")}>
        {(links) => <input {...links} type="tel" name="phone" maxLength={20} dir="ltr" />}
      </Field>
      <button type="submit" id="new-contact-submit">{intl.text("staff.plan.addContact")}</button>
    </form>
  );
}

