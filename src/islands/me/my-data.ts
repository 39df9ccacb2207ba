// "My data": download everything (GDPR art. 15/20) and delete the account (art. 17), with a clear confirmation.
import { t } from "../lib/strings.ts";

export function myDataHtml(): string {
  return `<h2>${t("me.data.heading")}</h2><p>${t("me.data.intro")}</p>` +
    `<p><button type="button" class="button" data-action="export">${t("me.data.export")}</button></p>` +
    `<details><summary>${t("me.data.delete")}</summary><form id="delete-form" class="stack">` +
    `<label class="checkbox"><input type="checkbox" name="confirm" required> ${t("me.data.confirm")}</label>` +
    `<button type="submit">${t("me.data.deleteNow")}</button></form></details>`;
}

/** Saves a response body as a file, e.g. the export or the calendar. */
export function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement("a"), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
