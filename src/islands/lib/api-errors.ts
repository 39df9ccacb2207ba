// What the server said was wrong: PocketBase answers a 400 with one { code, message } per field
// (see pb_hooks/lib/errors.js). Islands show the translated message for a known code (`error.<code>`,
// with its numbers as ICU arguments) and fall back to the server's English message for unknown ones.
import type { FieldProblem } from "./fields.tsx";
import type { IslandIntl, MessageKey } from "./intl.ts";

interface ApiErrorBody {
  code?: string;
  message?: string;
  data?: Record<string, { code?: string; message?: string }>;
}

export function apiProblems(error: unknown): { message: string | undefined; fields: Array<{ field: string; code?: string; message: string }> } {
  const response = (error as { response?: ApiErrorBody }).response;
  const fields = Object.entries(response?.data ?? {})
    .filter(([, problem]) => Boolean(problem.message) || Boolean(problem.code))
    .map(([field, problem]) => ({ field, ...(problem.code ? { code: problem.code } : {}), message: problem.message ?? "" }));
  return { message: response?.message, fields };
}

/** The HTTP status of a failed SDK call or fetch, or 0 when the network failed. */
export function errorStatus(error: unknown): number {
  return Number((error as { status?: number }).status ?? 0);
}

/** The whole-answer code (e.g. 403 { code: "recently_reset" }), when the server sent one. */
export function errorCode(error: unknown): string | undefined {
  const response = (error as { response?: ApiErrorBody }).response;
  return response?.code ?? (response?.data as { code?: string } | undefined)?.code;
}

/**
 * Field problems for <ErrorSummary> and <Field error>: server field → input id, code → translated text.
 * `argumentsFor` gives a code's ICU arguments (the domain constant behind "at least {min} characters").
 */
export function fieldProblems(error: unknown, intl: IslandIntl, options: {
  inputIds: Record<string, string>;
  generic: MessageKey;
  argumentsFor?: (code: string) => Record<string, number> | undefined;
}): FieldProblem[] {
  const translate = (code: string | undefined) => {
    const key = code ? `error.${code}` : "";
    return code && intl.has(key) ? (intl.text as (key: string, values?: object) => string)(key, options.argumentsFor?.(code)) : undefined;
  };
  const { fields } = apiProblems(error);
  const whole = translate(errorCode(error));
  if (fields.length === 0) return [{ fieldId: null, message: whole ?? intl.text(options.generic as never) }];
  return fields.map((problem) => ({
    fieldId: options.inputIds[problem.field] ?? null,
    message: translate(problem.code) ?? (problem.message || intl.text(options.generic as never)),
  }));
}
