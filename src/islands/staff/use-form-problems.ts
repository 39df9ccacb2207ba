// A failed save → problems linked to the form's inputs: PocketBase answers a 400 with one message per field
// (pb_hooks/lib/errors.js); each becomes the error of the input `${prefix}-${field}`, the rest go on the form.
import { apiProblems } from "../lib/api-errors.ts";
import type { FieldProblem } from "../lib/fields.tsx";

export function problemsFrom(error: unknown, prefix: string, knownFields: readonly string[], fallback: (message: string) => string): FieldProblem[] {
  const { message, fields } = apiProblems(error);
  if (fields.length === 0) return [{ fieldId: null, message: fallback(message ?? String(error)) }];
  return fields.map((problem) => {
    const field = problem.field.split(".")[0] ?? problem.field;
    return { fieldId: knownFields.includes(field) ? `${prefix}-${field}` : null, message: problem.message };
  });
}
