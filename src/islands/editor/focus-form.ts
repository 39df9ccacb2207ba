// After a choice that removes the focused control (the conflict's buttons disappear with it), focus goes to the
// form's first field at once, before the control is gone, and again after the render if the field was re-created.
import { focusElement } from "../lib/focus.ts";

export function chooseThenFocusForm(formId: string, choice: () => void): void {
  const firstField = () => document.querySelector<HTMLElement>(`#${formId} input, #${formId} textarea`);
  focusElement(firstField());
  choice();
  requestAnimationFrame(() => {
    if (document.activeElement === document.body || document.activeElement === null) focusElement(firstField());
  });
}
