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

type WorklistRow = { plan: string; name: string; email: string; language: string; arrival: string; overdue: number; soon: number };

/** The server's page size and cap (pocketbase/server/velkommen/worklist.go; security review finding 14). */
export const WORKLIST_PAGE_SIZE = 500;
/** A bound on the pages followed: 20,000 plans, far above a large municipality's few thousand refugees. */
const WORKLIST_PAGES_MAX = 40;

/** The worklist, most urgent first, from GET /api/velkommen/worklist, page after page until a short one. */
export async function loadPlanRows(client: TypedPocketBase): Promise<PlanRow[]> {
  const rows: WorklistRow[] = [];
  for (let page = 1; page <= WORKLIST_PAGES_MAX; page += 1) {
    const pageRows = await client.send<WorklistRow[]>("/api/velkommen/worklist", {
      method: "GET", query: { page, limit: WORKLIST_PAGE_SIZE }, requestKey: null,
    });
    rows.push(...pageRows);
    if (pageRows.length < WORKLIST_PAGE_SIZE) break;
  }
  return rows.map((row) => ({ id: row.plan, name: row.name || row.email || row.plan, language: row.language, arrival: row.arrival, overdue: row.overdue, soon: row.soon }));
}

export function filterRows(rows: PlanRow[], filters: { status: string; language: string; search: string }): PlanRow[] {
  const search = filters.search.trim().toLocaleLowerCase();
  return rows.filter((row) =>
    (filters.status === "all" || (filters.status === "overdue" ? row.overdue > 0 : row.soon > 0 || row.overdue > 0)) &&
    (filters.language === "" || row.language === filters.language) &&
    (search === "" || row.name.toLocaleLowerCase().includes(search)));
}
