// One plan for the caseworker: milestones (status, note), appointments (edit, add), contacts (add), history.
import type { TypedPocketBase } from "../../types/pocketbase-types.ts";
import { escapeHtml, lang, t } from "../lib/strings.ts";
import { date, dateTime } from "../lib/format.ts";

const STATUSES = ["open", "done", "skipped"] as const;
const CONTACT_ROLES = ["caseworker", "volunteer", "guardian", "organisation", "other"] as const;

/** "2026-12-01 08:30:00.000Z" → the value of a datetime-local input, on this computer's clock. */
function toLocalInput(value: string): string {
  const parsed = new Date(value.replace(" ", "T"));
  if (Number.isNaN(parsed.getTime())) return "";
  return new Date(parsed.getTime() - parsed.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

function appointmentFields(appointment?: { title: string; starts: string; place?: string; with?: string; interpreter?: boolean }): string {
  return `<label>${t("staff.plan.appointmentTitle")} <input name="title" required maxlength="200" value="${escapeHtml(appointment?.title ?? "")}"></label>` +
    `<label>${t("staff.plan.appointmentStarts")} <input type="datetime-local" name="starts" required value="${appointment ? toLocalInput(appointment.starts) : ""}"></label>` +
    `<label>${t("staff.plan.appointmentPlace")} <input name="place" maxlength="300" value="${escapeHtml(appointment?.place ?? "")}"></label>` +
    `<label>${t("staff.plan.appointmentWith")} <input name="with" maxlength="200" value="${escapeHtml(appointment?.with ?? "")}"></label>` +
    `<label class="checkbox"><input type="checkbox" name="interpreter"${appointment?.interpreter ? " checked" : ""}> ${t("staff.plan.appointmentInterpreter")}</label>`;
}

export async function planDetailHtml(client: TypedPocketBase, planId: string): Promise<string> {
  const byPlan = { filter: client.filter("plan = {:plan}", { plan: planId }) };
  const [plan, milestones, appointments, contacts, history] = await Promise.all([
    client.collection("plans").getOne(planId, { expand: "refugee" }),
    client.collection("milestones").getFullList({ ...byPlan, sort: "due" }),
    client.collection("appointments").getFullList({ ...byPlan, sort: "starts" }),
    client.collection("contacts").getFullList({ ...byPlan, sort: "role,name" }),
    client.collection("audit_log").getList(1, 50, { ...byPlan, sort: "-at" }),
  ]);
  const refugee = (plan.expand as { refugee?: { name?: string } } | undefined)?.refugee;
  const milestoneRows = milestones.map((milestone) => `<tr><td>${t(`milestone.${milestone.kind}`)}</td><td>${milestone.due ? date(milestone.due.slice(0, 10)) : ""}</td>` +
    `<td><form class="inline-form" data-form="milestone" data-id="${escapeHtml(milestone.id)}">` +
    `<label><span class="visually-hidden">${t("staff.plan.status")}</span><select name="status">${STATUSES.map((status) => `<option value="${status}"${status === milestone.status ? " selected" : ""}>${t(`staff.plan.status.${status}`)}</option>`).join("")}</select></label>` +
    `<label><span class="visually-hidden">${t("staff.plan.note")}</span><input name="note" maxlength="2000" value="${escapeHtml(milestone.note ?? "")}" placeholder="${t("staff.plan.note")}"></label>` +
    `<button type="submit">${t("staff.plan.save")}</button></form></td></tr>`).join("");
  return `<p><button type="button" data-action="back">${t("staff.plan.back")}</button></p>` +
    `<h2><bdi>${escapeHtml(refugee?.name ?? planId)}</bdi></h2>` +
    `<p><a class="button" href="/${lang}/letter/#plan=${encodeURIComponent(planId)}">${t("staff.plan.letter")}</a></p>` +
    `<h3>${t("staff.plan.milestones")}</h3><div class="table-wrap"><table><thead><tr><th scope="col">${t("staff.plan.kind")}</th><th scope="col">${t("staff.plan.due")}</th><th scope="col">${t("staff.plan.status")}</th></tr></thead><tbody>${milestoneRows}</tbody></table></div>` +
    `<h3>${t("staff.plan.appointments")}</h3>` + appointments.map((appointment) =>
      `<form class="stack card" data-form="appointment" data-id="${escapeHtml(appointment.id)}">${appointmentFields(appointment)}<button type="submit">${t("staff.plan.save")}</button></form>`).join("") +
    `<form class="stack card" data-form="new-appointment" data-plan="${escapeHtml(planId)}">${appointmentFields()}<button type="submit">${t("staff.plan.addAppointment")}</button></form>` +
    `<h3>${t("staff.plan.contacts")}</h3><ul class="cards">${contacts.map((contact) => `<li><bdi>${escapeHtml(contact.name)}</bdi> (${escapeHtml(contact.role)})${contact.phone ? ` <bdi dir="ltr">${escapeHtml(contact.phone)}</bdi>` : ""}</li>`).join("")}</ul>` +
    `<form class="stack card" data-form="new-contact" data-plan="${escapeHtml(planId)}">` +
    `<label>${t("staff.plan.contactName")} <input name="name" required maxlength="200"></label>` +
    `<label>${t("staff.plan.contactRole")} <select name="role">${CONTACT_ROLES.map((role) => `<option>${role}</option>`).join("")}</select></label>` +
    `<label>${t("staff.plan.contactPhone")} <input type="tel" name="phone" maxlength="20" dir="ltr"></label>` +
    `<button type="submit">${t("staff.plan.addContact")}</button></form>` +
    `<h3>${t("staff.plan.history")}</h3><ul class="history">${history.items.map((entry) => `<li>${dateTime(entry.at)} — ${escapeHtml(entry.action)} ${escapeHtml(entry.collection)}</li>`).join("")}</ul>`;
}

/** Saves one of the plan's forms; returns nothing, the caller re-renders. */
export async function savePlanForm(client: TypedPocketBase, form: HTMLFormElement) {
  const fields = new FormData(form);
  const appointment = () => ({
    title: String(fields.get("title")), starts: new Date(String(fields.get("starts"))).toISOString(),
    place: String(fields.get("place") ?? ""), with: String(fields.get("with") ?? ""), interpreter: fields.get("interpreter") === "on",
  });
  const { form: kind, id, plan } = form.dataset;
  if (kind === "milestone" && id) await client.collection("milestones").update(id, { status: String(fields.get("status")) as "open", note: String(fields.get("note") ?? "") });
  else if (kind === "appointment" && id) await client.collection("appointments").update(id, appointment());
  else if (kind === "new-appointment" && plan) await client.collection("appointments").create({ plan, status: "planned", ...appointment() });
  else if (kind === "new-contact" && plan) {
    await client.collection("contacts").create({ plan, name: String(fields.get("name")), role: String(fields.get("role")) as "other", phone: String(fields.get("phone") ?? "") });
  }
}
