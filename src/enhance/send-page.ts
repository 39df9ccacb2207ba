// Enhances "Send this page" with a QR code. qrcode is loaded only when someone asks for one.
import { escapeHtml } from "../utils/escape-html.ts";

for (const form of document.querySelectorAll<HTMLFormElement>(".send-page-form")) {
  form.hidden = false;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const lang = new FormData(form).get("lang");
    const url = `${window.location.origin}/${lang}${form.dataset.path ?? "/"}`;
    const { default: QRCode } = await import("qrcode");
    const svg = await QRCode.toString(url, { type: "svg", margin: 1 });
    const result = form.parentElement?.querySelector(".send-page-result");
    if (result) result.innerHTML = `<p><a href="${escapeHtml(url)}" dir="ltr" class="share-link">${escapeHtml(url)}</a></p><div class="qr" role="img" aria-label="QR">${svg}</div>`;
  });
}
