// "Open now / closed now" on a hub, computed on the reader's phone in Europe/Copenhagen time from the same
// opening-hours data the page prints. Without JS the page still lists the hours.
import { openingStatus } from "../domain/opening-hours.ts";
import type { WeeklyHours } from "../content/municipalities/index.ts";

for (const element of document.querySelectorAll<HTMLElement>("[data-hours]")) {
  const hours: WeeklyHours = JSON.parse(element.dataset.hours ?? "[]");
  const status = openingStatus(hours, new Date());
  const label = element.querySelector(".open-now");
  if (label) {
    label.textContent = status.open ? element.dataset.open ?? "" : element.dataset.closed ?? "";
    label.classList.add(status.open ? "is-open" : "is-closed");
  }
}
