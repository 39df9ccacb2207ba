// What the server said was wrong: PocketBase answers a 400 with one message per field (see pb_hooks/lib/errors.js).
interface ApiErrorBody {
  message?: string;
  data?: Record<string, { message?: string }>;
}

export function apiProblems(error: unknown): { message: string | undefined; fields: Array<{ field: string; message: string }> } {
  const response = (error as { response?: ApiErrorBody }).response;
  const fields = Object.entries(response?.data ?? {})
    .filter(([, problem]) => Boolean(problem.message))
    .map(([field, problem]) => ({ field, message: problem.message as string }));
  return { message: response?.message, fields };
}
