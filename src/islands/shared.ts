// /<lang>/shared/#t=<token>: the volunteer's read-only view. The token comes from the URL fragment (never sent
// as part of a URL) and goes to the server only in a POST body. Anything but a valid share reads "no longer shared".
import { escapeHtml, t, tHtml } from "./lib/strings.ts";
import { date, dateTime } from "./lib/format.ts";

interface SharedPlan {
  sharedBy: string;
  expires: string;
  scope: string[];
  appointments?: Array<{ title: string; starts: string; place: string; with: string; interpreter: boolean }>;
  contacts?: Array<{ role: string; name: string; organisation: string; phone: string; email: string }>;
  milestones?: Array<{ kind: string; due: string; status: string }>;
}

const root = document.getElementById("shared-app");

function list<T>(heading: string, items: T[] | undefined, item: (entry: T) => string): string {
  if (!items) return "";
  return `<h2>${t(heading)}</h2>` + (items.length === 0 ? `<p>${t("shared.none")}</p>` : `<ul class="cards">${items.map((entry) => `<li>${item(entry)}</li>`).join("")}</ul>`);
}

function render(shared: SharedPlan): string {
  return `<p>${tHtml("shared.intro", { name: `<bdi>${escapeHtml(shared.sharedBy)}</bdi>`, date: date(shared.expires.slice(0, 10)) })}</p>` +
    list("shared.appointments", shared.appointments, (appointment) =>
      `<strong><bdi>${escapeHtml(appointment.title)}</bdi></strong><br>${dateTime(appointment.starts)}` +
      (appointment.place ? `<br><bdi>${escapeHtml(appointment.place)}</bdi>` : "") + (appointment.with ? `<br><bdi>${escapeHtml(appointment.with)}</bdi>` : "")) +
    list("shared.contacts", shared.contacts, (contact) =>
      `<strong><bdi>${escapeHtml(contact.name)}</bdi></strong>${contact.organisation ? ` — <bdi>${escapeHtml(contact.organisation)}</bdi>` : ""}` +
      (contact.phone ? `<br><a href="tel:${escapeHtml(contact.phone.replace(/\s/g, ""))}"><bdi dir="ltr">${escapeHtml(contact.phone)}</bdi></a>` : "")) +
    list("shared.milestones", shared.milestones, (milestone) =>
      `${t(`milestone.${milestone.kind}`)}${milestone.due ? ` — ${date(milestone.due.slice(0, 10))}` : ""}`);
}

async function open() {
  if (!root) return;
  const token = new URLSearchParams(window.location.hash.slice(1)).get("t");
  if (!token) {
    root.innerHTML = `<p class="notice" role="alert">${t("shared.noToken")}</p>`;
    return;
  }
  const response = await fetch("/api/velkommen/shared", {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ token }), cache: "no-store",
  }).catch(() => null);
  root.innerHTML = response?.ok ? render(await response.json()) : `<p class="notice" role="alert" data-state="gone">${t("shared.gone")}</p>`;
}

void open();
window.addEventListener("hashchange", () => void open());
