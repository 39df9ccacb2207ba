// Sharing with a volunteer: a consent screen that says exactly what and until when, then a link and a QR code.
import { MAX_SHARE_DAYS, SHARE_SCOPES } from "../../domain/shares.ts";
import { addOffset } from "../../domain/dates.ts";
import { escapeHtml, lang, t, tHtml } from "../lib/strings.ts";
import { date } from "../lib/format.ts";
import type { PlanBundle } from "./data-access.ts";

export function shareHtml(bundle: PlanBundle, today: string): string {
  const active = bundle.shares.filter((share) => !share.revoked && share.expires.slice(0, 10) >= today);
  const scopes = SHARE_SCOPES.map((scope) =>
    `<label class="checkbox"><input type="checkbox" name="scope" value="${scope}"${scope === "appointments" ? " checked" : ""}> ${t(`me.share.scope.${scope}`)}</label>`).join("");
  return `<h2>${t("me.share.heading")}</h2><p>${t("me.share.intro")}</p>` +
    `<form id="share-form" class="stack">${scopes}` +
    `<label>${t("me.share.days")} <input type="number" name="days" min="1" max="${MAX_SHARE_DAYS}" value="30" inputmode="numeric" required></label>` +
    `<p id="share-consent" class="notice" aria-live="polite"></p>` +
    `<button type="submit" class="button">${t("me.share.create")}</button></form><div id="share-result" aria-live="polite"></div>` +
    `<h3>${t("me.share.active")}</h3>` + (active.length === 0 ? `<p>${t("me.share.none")}</p>` : `<ul class="cards">${active.map((share) =>
      `<li>${share.scope.map((scope) => t(`me.share.scope.${scope}`)).join(", ")} — ${tHtml("me.share.until", { date: date(share.expires.slice(0, 10)) })} ` +
      `<button type="button" data-action="revoke-share" data-id="${escapeHtml(share.id)}">${t("me.share.revoke")}</button></li>`).join("")}</ul>`);
}

export function shareChoice(form: HTMLFormElement, today: string): { scope: string[]; expires: string; consentHtml: string } {
  const scope = [...form.querySelectorAll<HTMLInputElement>('input[name="scope"]:checked')].map((input) => input.value);
  const days = Math.min(MAX_SHARE_DAYS, Math.max(1, Number((form.elements.namedItem("days") as HTMLInputElement).value) || 1));
  const expires = addOffset(today, { days });
  const what = scope.map((item) => t(`me.share.scope.${item}`)).join("; ");
  return { scope, expires, consentHtml: tHtml("me.share.consent", { what, date: date(expires) }) };
}

export async function shareResultHtml(token: string): Promise<string> {
  const url = `${window.location.origin}/${lang}/shared/#t=${encodeURIComponent(token)}`;
  const { default: QRCode } = await import("qrcode");
  const svg = await QRCode.toString(url, { type: "svg", margin: 1 });
  return `<p>${t("me.share.link")}</p><p><a href="${escapeHtml(url)}" dir="ltr" class="share-link">${escapeHtml(url)}</a></p>` +
    `<div class="qr" role="img" aria-label="QR">${svg}</div>`;
}
