// The plan's history as sentences in the reader's language, with who did what: audit rows name the action,
// the collection and the record; the sentence names the person and the thing ("Maria Jensen added the
// appointment Lægetjek"). Pure, so it is unit-testable.
import type { MessageKey } from "../../i18n/message-keys.generated.ts";
import type { IslandIntl } from "../lib/intl.ts";

export interface AuditRow { id: string; action: string; collection: string; record?: string; actor: string; at: string }

/** What the sentence names: a person by id, a record by id (title, kind or name). */
export interface HistoryNames { people: Record<string, string>; records: Record<string, string> }

const RECOMPUTE_ACTIONS = ["recompute", "recompute_add", "recompute_move", "recompute_skip"];

export function historySentence(intl: IslandIntl, row: AuditRow, names: HistoryNames): string {
  const actor = names.people[row.actor]
    ?? (row.actor === "" || row.actor.startsWith("superuser:") ? intl.text("staff.history.system") : intl.text("staff.history.someone"));
  const what = row.record ? names.records[row.record] ?? "" : "";
  const action = RECOMPUTE_ACTIONS.includes(row.action) ? "recompute" : row.action;
  const candidates = [`staff.history.${action}.${row.collection}`, `staff.history.${action}`];
  const key = candidates.find((candidate) => intl.has(candidate));
  if (!key) return intl.text("staff.history.other", { actor, action: row.action, collection: row.collection });
  return (intl.text as (key: MessageKey, values: Record<string, string>) => string)(key as MessageKey, { actor, what });
}
