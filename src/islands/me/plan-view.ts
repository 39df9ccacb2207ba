// The refugee's plan as HTML: timeline, appointments, contacts. Everything from the server is escaped.
import { buildTimeline, daysUntil, REFUGEE_TASKS } from "../../domain/timeline.ts";
import type { MilestoneKind } from "../../domain/rules.ts";
import { milestoneGuide } from "../../utils/milestone-guides.ts";
import { escapeHtml, lang, t, tHtml } from "../lib/strings.ts";
import { date, dateTime, relativeDays } from "../lib/format.ts";
import type { PlanBundle } from "./data-access.ts";

function milestoneItem(milestone: PlanBundle["milestones"][number], today: string): string {
  const days = daysUntil(milestone, today);
  const when = milestone.due ? `${date(milestone.due)} <span class="relative">(${escapeHtml(relativeDays(days ?? 0))})</span>` : t("me.timeline.noDate");
  const guide = milestoneGuide(milestone.kind as MilestoneKind);
  const canTick = REFUGEE_TASKS.includes(milestone.kind as MilestoneKind) && (milestone.status === "open" || milestone.status === "done");
  const button = canTick
    ? `<button type="button" data-action="toggle-milestone" data-id="${escapeHtml(milestone.id)}" data-status="${milestone.status}">${t(milestone.status === "done" ? "me.timeline.markOpen" : "me.timeline.markDone")}</button>`
    : "";
  return `<li class="milestone milestone-${milestone.status}" data-kind="${escapeHtml(milestone.kind)}">` +
    `<strong>${t(`milestone.${milestone.kind}`)}</strong> <span class="when">${when}</span>` +
    `<p>${t(`me.explain.${milestone.kind}`)}${guide ? ` <a href="/${lang}/guides/${guide}/">${t("me.timeline.readMore")}</a>` : ""}</p>${button}</li>`;
}

export function timelineHtml(bundle: PlanBundle, today: string): string {
  const groups = buildTimeline(bundle.milestones.map((milestone) => ({ ...milestone, kind: milestone.kind as MilestoneKind })), today);
  return `<h2>${t("me.timeline.heading")}</h2>` + groups.map((entry) =>
    `<h3>${t(`me.timeline.${entry.group}`)}</h3><ul class="timeline">${entry.items.map((item) => milestoneItem(item, today)).join("")}</ul>`).join("");
}

export function appointmentsHtml(bundle: PlanBundle): string {
  const items = bundle.appointments.map((appointment) => {
    const map = appointment.place
      ? ` <a href="https://www.openstreetmap.org/search?query=${encodeURIComponent(appointment.place)}" rel="noreferrer noopener" target="_blank">${t("me.appointments.map")}</a>` : "";
    return `<li class="appointment${appointment.status === "cancelled" ? " cancelled" : ""}" data-id="${escapeHtml(appointment.id)}">` +
      `<strong><bdi>${escapeHtml(appointment.title)}</bdi></strong>${appointment.status === "cancelled" ? ` (${t("me.appointments.cancelled")})` : ""}<br>` +
      `${dateTime(appointment.starts)}` +
      (appointment.place ? `<br>${t("me.appointments.where")}: <bdi>${escapeHtml(appointment.place)}</bdi>${map}` : "") +
      (appointment.with ? `<br>${t("me.appointments.with")}: <bdi>${escapeHtml(appointment.with)}</bdi>` : "") +
      `<br>${t(appointment.interpreter ? "me.appointments.interpreter" : "me.appointments.noInterpreter")}</li>`;
  });
  return `<h2>${t("me.appointments.heading")}</h2>` + (items.length === 0 ? `<p>${t("me.appointments.none")}</p>`
    : `<ul class="cards">${items.join("")}</ul><button type="button" class="button" data-action="calendar">${t("me.appointments.calendar")}</button>`);
}

export function contactsHtml(bundle: PlanBundle): string {
  return `<h2>${t("me.contacts.heading")}</h2><ul class="cards">` + bundle.contacts.map((contact) =>
    `<li><strong><bdi>${escapeHtml(contact.name)}</bdi></strong>${contact.organisation ? `<br><bdi>${escapeHtml(contact.organisation)}</bdi>` : ""}` +
    (contact.phone ? `<br><a class="button" href="tel:${escapeHtml(contact.phone.replace(/\s/g, ""))}">${t("me.contacts.call", { name: contact.name })} <bdi dir="ltr">${escapeHtml(contact.phone)}</bdi></a>` : "") +
    (contact.email ? `<br><a href="mailto:${escapeHtml(contact.email)}"><bdi dir="ltr">${escapeHtml(contact.email)}</bdi></a>` : "") + "</li>").join("") + "</ul>";
}

export function lastUpdatedHtml(bundle: PlanBundle, offline: boolean): string {
  const time = dateTime(bundle.savedAt);
  return `<p class="${offline ? "notice" : "muted"}" role="status">${offline ? tHtml("me.error.offline", { time }) : tHtml("me.lastUpdated", { time })}</p>`;
}
