// The caseworker's worklist: their municipality's plans (the server decides which), most urgent first.
import type { TypedPocketBase } from "../../types/pocketbase-types.ts";

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
