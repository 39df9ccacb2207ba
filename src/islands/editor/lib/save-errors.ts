// What a refused save means for the editor: a 409 (someone saved first; the server kept our text as version
// data.conflict_version), field problems keyed by JSON paths (contacts.2.phone) placed next to their inputs,
// or a refusal (403, or PocketBase's 400 without fields when the create rule does not let this person write).
import { apiProblems, errorStatus } from "../../lib/api-errors.ts";
import type { FieldProblem } from "../../lib/fields.tsx";

export type SaveFailure =
  | { kind: "conflict"; keptVersion: string; message: string }
  | { kind: "fields"; problems: FieldProblem[] }
  | { kind: "refused"; message: string }
  | { kind: "unpublished-draft"; message: string }
  | { kind: "other"; status: number; message: string };

/** A JSON path from the server (contacts.2.phone) → the id of its input (hub-contacts-2-phone). */
export function inputIdForPath(prefix: string, path: string): string {
  return `${prefix}-${path.split(".").join("-")}`;
}

/**
 * `knownInputs` are the ids the form rendered; a path whose input is not there goes to the summary only,
 * unless a shorter path's input is (contacts.2.openingHours.0.opens → …-openingHours-0-opens or its row).
 */
export function saveFailure(error: unknown, prefix: string, knownInputs: ReadonlySet<string>): SaveFailure {
  const status = errorStatus(error);
  const { message, fields } = apiProblems(error);
  const data = (error as { response?: { data?: { head_version?: { code?: string } } } }).response?.data;
  // "Confirm still valid" on a text whose head is an unpublished draft: nothing conflicts, publish first.
  if (status === 409 && data?.head_version?.code === "unpublished_draft") return { kind: "unpublished-draft", message: message ?? "" };
  if (status === 409) {
    const kept = (error as { response?: { data?: { conflict_version?: { message?: string } } } }).response?.data?.conflict_version?.message ?? "";
    return { kind: "conflict", keptVersion: kept, message: message ?? "" };
  }
  if (status === 403) return { kind: "refused", message: message ?? "" };
  if (status === 400 && fields.length === 0) return { kind: "refused", message: message ?? "" };
  if (status === 400) {
    return {
      kind: "fields",
      problems: fields.map((problem) => {
        const parts = problem.field.split(".");
        for (let length = parts.length; length > 0; length -= 1) {
          const id = inputIdForPath(prefix, parts.slice(0, length).join("."));
          if (knownInputs.has(id)) return { fieldId: id, message: problem.message };
        }
        return { fieldId: null, message: `${problem.field}: ${problem.message}` };
      }),
    };
  }
  return { kind: "other", status, message: message ?? (error instanceof Error ? error.message : String(error)) };
}
