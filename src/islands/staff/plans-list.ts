// The caseworker's worklist: their municipality's plans (the server decides which), most urgent first.
import { locales } from "../../i18n/locales.ts";
import type { TypedPocketBase } from "../../types/pocketbase-types.ts";
import { escapeHtml, t } from "../lib/strings.ts";
import { date } from "../lib/format.ts";

export interface PlanRow {
  id: string;
  name: string;
  language: string;
  arrival: string;
  overdue: number;
  soon: number;
}

/** The worklist, most urgent first, from GET /api/velkommen/worklist (one query on the server). */
export async function loadPlanRows(client: TypedPocketBase): Promise<PlanRow[]> {
  const rows = await client.send<Array<{ plan: string; name: string; email: string; language: string; arrival: string; overdue: number; soon: number }>>(
    "/api/velkommen/worklist", { method: "GET" });
  return rows.map((row) => ({ id: row.plan, name: row.name || row.email || row.plan, language: row.language, arrival: row.arrival, overdue: row.overdue, soon: row.soon }));
}

export function filterRows(rows: PlanRow[], filters: { status: string; language: string; search: string }): PlanRow[] {
  const search = filters.search.trim().toLocaleLowerCase();
  return rows.filter((row) =>
    (filters.status === "all" || (filters.status === "overdue" ? row.overdue > 0 : row.soon > 0 || row.overdue > 0)) &&
    (filters.language === "" || row.language === filters.language) &&
    (search === "" || row.name.toLocaleLowerCase().includes(search)));
}

export function filtersHtml(): string {
  const languages = locales.map((locale) => `<option value="${locale.code}">${escapeHtml(locale.endonym)}</option>`).join("");
  return `<form id="plan-filters" class="filters" role="search">` +
    `<label>${t("staff.plans.filterStatus")} <select name="status"><option value="all">${t("staff.plans.filter.all")}</option>` +
    `<option value="overdue">${t("staff.plans.filter.overdue")}</option><option value="soon">${t("staff.plans.filter.soon")}</option></select></label>` +
    `<label>${t("staff.plans.filterLanguage")} <select name="language"><option value="">${t("staff.plans.anyLanguage")}</option>${languages}</select></label>` +
    `<label>${t("staff.plans.search")} <input type="search" name="search" autocomplete="off"></label></form>`;
}

export function rowsHtml(rows: PlanRow[]): string {
  if (rows.length === 0) return `<p>${t("staff.plans.none")}</p>`;
  return `<div class="table-wrap"><table><thead><tr><th scope="col">${t("staff.plans.name")}</th><th scope="col">${t("staff.plans.language")}</th>` +
    `<th scope="col">${t("staff.plans.arrival")}</th><th scope="col">${t("staff.plans.overdue")}</th><th scope="col">${t("staff.plans.soon")}</th><th scope="col"><span class="visually-hidden">${t("staff.plans.open")}</span></th></tr></thead><tbody>` +
    rows.map((row) => `<tr data-plan="${escapeHtml(row.id)}"><td><bdi>${escapeHtml(row.name)}</bdi></td><td>${escapeHtml(row.language)}</td><td>${date(row.arrival)}</td>` +
      `<td>${row.overdue || ""}</td><td>${row.soon || ""}</td><td><button type="button" data-action="open-plan" data-id="${escapeHtml(row.id)}">${t("staff.plans.open")}</button></td></tr>`).join("") +
    "</tbody></table></div>";
}
