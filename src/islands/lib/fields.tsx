// Form fields with their errors: each error is linked to its input (aria-describedby, aria-invalid), and on a
// failed submit an error summary lists them as links and takes focus.
import type { ComponentChildren, VNode } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";
import { focusElement } from "./focus.ts";

export interface FieldProblem {
  /** The id of the input the problem belongs to, or null for the form as a whole. */
  fieldId: string | null;
  message: string;
}

export interface InputLinks {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: "true";
}

/** A labelled field: the label, the input from `children`, an optional hint and its error. */
export function Field({ id, label, hint, error, children }: {
  id: string; label: ComponentChildren; hint?: ComponentChildren; error?: string; children: (links: InputLinks) => VNode;
}) {
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children({ id, ...(described ? { "aria-describedby": described } : {}), ...(error ? { "aria-invalid": "true" as const } : {}) })}
      {hint ? <p id={`${id}-hint`} class="muted">{hint}</p> : null}
      {error ? <p id={`${id}-error`} class="field-error">{error}</p> : null}
    </div>
  );
}

/** Shown above a form after a failed submit; focused each time a new list of problems arrives. */
export function ErrorSummary({ id, heading, problems }: { id: string; heading: string; problems: FieldProblem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => { if (problems.length > 0) focusElement(ref.current); }, [problems]);
  if (problems.length === 0) return null;
  return (
    <div ref={ref} class="error-summary" tabIndex={-1} id={id} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.fieldId}-${problem.message}`}>{problem.fieldId ? <a href={`#${problem.fieldId}`}>{problem.message}</a> : problem.message}</li>
        ))}
      </ul>
    </div>
  );
}

/** Problems by input id, for <Field error={…}>. */
export function errorFor(problems: FieldProblem[], fieldId: string): string | undefined {
  const messages = problems.filter((problem) => problem.fieldId === fieldId).map((problem) => problem.message);
  return messages.length > 0 ? messages.join(" ") : undefined;
}
