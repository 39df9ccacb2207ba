// The welcome letter as HTML: the refugee's language and Danish side by side, one row per section, so a Danish
// helper can follow. Everything typed is escaped; names, numbers, dates, phones and codes are isolated (<bdi>),
// so right-to-left text cannot reorder them and a bidi override in a name stays inside the name.
import { getLocale } from "../i18n/locales.ts";
import { formatWeeklyHours } from "../utils/format.ts";
import { escapeHtml, fillTemplate } from "../utils/escape-html.ts";
import { formatDate, formatDateTime } from "../utils/format.ts";
import type { LetterModel } from "./model.ts";
import type { LetterStrings } from "./strings.ts";

// A name may be in any script, also on the Danish side: these self-hosted fonts cover Arabic and Ethiopic.
const ANY_SCRIPT_FONTS = "'Noto Naskh Arabic', 'Noto Sans Ethiopic', sans-serif";

const isolate = (text: string) => `<bdi>${escapeHtml(text)}</bdi>`;
const isolateLtr = (text: string) => `<bdi dir="ltr">${escapeHtml(text)}</bdi>`;

interface Side {
  lang: string;
  dir: string;
  strings: Record<string, string>;
  t: (key: string, values?: Record<string, string>) => string;
}

function side(lang: string, strings: Record<string, string>): Side {
  return { lang, dir: getLocale(lang).dir, strings, t: (key, values) => fillTemplate(strings[key], values) };
}

function section(sides: Side[], className: string, body: (side: Side) => string): string {
  const columns = sides.map((current) =>
    `<div class="letter-side" lang="${current.lang}" dir="${current.dir}" style="font-family: ${escapeHtml(`${getLocale(current.lang).fontStack}, ${ANY_SCRIPT_FONTS}`)}">${body(current)}</div>`);
  return `<section class="letter-row ${className}">${columns.join("")}</section>`;
}

export interface RenderOptions {
  target: LetterStrings;
  danish: LetterStrings;
  /** SVG markup from the qrcode library for model.activation.url (trusted: generated, never typed). */
  qrSvg?: string;
  /** The day the letter is printed, "YYYY-MM-DD". */
  today: string;
}

export function renderLetter(model: LetterModel, options: RenderOptions): string {
  const targetLanguage = options.target.shownLanguage;
  const sides = targetLanguage === "da"
    ? [side("da", options.danish.strings)]
    : [side(targetLanguage, options.target.strings), side("da", options.danish.strings)];
  const municipality = model.municipalityData;
  const date = (iso: string, lang: string) => isolate(formatDate(iso, lang));

  const header = `<header class="letter-head" lang="da" dir="ltr"><p class="letter-sender">${escapeHtml(municipality.name)}</p>` +
    `<p class="letter-date">${isolate(formatDate(options.today, "da"))}</p></header>`;

  const welcome = section(sides, "letter-welcome", (s) =>
    `<h1>${s.t("letter.title", { municipality: isolate(municipality.name) })}</h1>` +
    `<p class="letter-greeting">${s.t("letter.greeting", { name: isolate(model.refugeeName) })}</p>` +
    `<p>${s.t("letter.intro")}</p>`);

  const dates = section(sides, "letter-dates", (s) =>
    `<h2>${s.t("letter.dates.heading")}</h2><dl>` +
    `<dt>${s.t("letter.dates.arrival")}</dt><dd>${date(model.facts.arrivalDate, s.lang)}</dd>` +
    `<dt>${s.t("letter.dates.responsibility")}</dt><dd>${date(model.facts.responsibilityDate, s.lang)}</dd></dl>`);

  const milestones = section(sides, "letter-milestones", (s) =>
    `<h2>${s.t("letter.milestones.heading")}</h2><ul>` +
    model.milestones.map((milestone) => `<li data-kind="${milestone.kind}"${milestone.due ? ` data-due="${milestone.due}"` : ""}>` +
      `<span class="letter-what">${s.t(`milestone.${milestone.kind}`)}</span> ` +
      `<span class="letter-when">${milestone.due ? s.t("milestone.byDate", { date: date(milestone.due, s.lang) }) : s.t("milestone.soon")}</span></li>`).join("") +
    "</ul>");

  const appointments = section(sides, "letter-appointments", (s) =>
    `<h2>${s.t("letter.appointments.heading")}</h2>` + (model.appointments.length === 0
      ? `<p>${s.t("letter.appointments.none")}</p>`
      : "<ul>" + model.appointments.map((appointment) => `<li><span class="letter-what">${isolate(appointment.title)}</span> ` +
        `<span class="letter-when">${isolate(formatDateTime(appointment.starts, s.lang))}</span>` +
        (appointment.place ? `<br>${isolate(appointment.place)}` : "") +
        (appointment.interpreter ? `<br>${s.t("letter.appointments.interpreter")}` : "") + "</li>").join("") + "</ul>"));

  const caseworker = model.caseworker;
  const caseworkerSection = section(sides, "letter-caseworker", (s) =>
    `<h2>${s.t("letter.caseworker.heading")}</h2><p>${isolate(caseworker.name)}` +
    (caseworker.phone ? `<br>${s.t("letter.phone")}: ${isolateLtr(caseworker.phone)}` : "") +
    (caseworker.email ? `<br>${s.t("letter.email")}: ${isolateLtr(caseworker.email)}` : "") + "</p>");

  const help = model.helpContacts.length === 0 ? "" : section(sides, "letter-help", (s) =>
    `<h2>${s.t("letter.help.heading")}</h2><ul>` + model.helpContacts.map((contact) => `<li><span class="letter-what">${isolate(contact.name)}</span>` +
      (contact.phone ? `<br>${s.t("letter.phone")}: ${isolateLtr(contact.phone)}` : "") +
      (contact.address ? `<br>${isolate(`${contact.address.street}, ${contact.address.postalCode} ${contact.address.city}`)}` : "") +
      (contact.openingHours ? `<br>${s.t("letter.help.open")}: ${formatWeeklyHours(contact.openingHours, s.lang).map(isolate).join(", ")}` : "") +
      "</li>").join("") + "</ul>");

  const activation = model.activation;
  const personal = section(sides, "letter-personal", (s) =>
    `<h2>${s.t("letter.personal.heading")}</h2>` + (activation
      ? `<p>${s.t("letter.personal.text")}</p><p class="letter-code">${s.t("letter.personal.code")}: ${isolateLtr(activation.code)}</p>` +
        `<p>${s.t("letter.personal.expires", { date: date(activation.expires, s.lang) })}</p>`
      : `<p>${s.t("letter.personal.none")}</p>`));
  const qr = activation && options.qrSvg
    ? `<div class="letter-qr" dir="ltr"><div class="letter-qr-image" role="img" aria-label="QR">${options.qrSvg}</div>` +
      `<p class="letter-url">${isolateLtr(activation.url)}</p></div>`
    : "";

  const mayorName = municipality.mayor.name;
  const closing = section(sides, "letter-closing", (s) =>
    `<p>${s.t("letter.closing")}</p><p class="letter-signature">${mayorName ? `${isolate(mayorName)}<br>` : ""}` +
    `${s.t("letter.mayor")}, ${isolate(municipality.name)}</p>`);

  const notice = options.target.machineMade && sides.length > 1
    ? `<footer class="letter-notice">${section(sides, "letter-notice-row", (s) =>
      `<p>${s.t("letter.machineNotice", { language: isolate(getLocale(targetLanguage).endonym) })}</p>`)}</footer>`
    : "";

  const targetDir = getLocale(targetLanguage).dir;
  // The personal page comes right after the welcome: it is what the refugee should act on first.
  return `<article class="letter" dir="${targetDir}" data-language="${targetLanguage}">${header}${welcome}${personal}${qr}` +
    `${dates}${milestones}${appointments}${caseworkerSection}${help}${closing}${notice}</article>`;
}
