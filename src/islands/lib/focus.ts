// Focus after an action: it stays on the control that was used, or moves to what the action produced (a new
// heading, an error summary). It must never fall to <body> when the control is re-rendered or moves.
import { useCallback, useLayoutEffect, useRef } from "preact/hooks";

/** Focuses an element, making a heading or region focusable by script (tabindex -1) when it is not already. */
export function focusElement(element: HTMLElement | null | undefined): void {
  if (!element) return;
  if (!element.matches("a[href], button, input, select, textarea, [tabindex]")) element.setAttribute("tabindex", "-1");
  element.focus();
}

/**
 * Returns `keepFocusOn(id)`: call it before a state change that may re-create or move the control with that
 * id (a ticked task moves to "done"); after the next render, focus goes back to the element with that id.
 */
export function useKeepFocus(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = pending.current;
    if (!id) return;
    const element = document.getElementById(id);
    if (!element) return;
    pending.current = null;
    if (document.activeElement !== element) focusElement(element);
  });
  return useCallback((id: string) => { pending.current = id; }, []);
}

/**
 * Moves focus to the element when `when` becomes truthy or changes, including on mount (e.g. the sign-in
 * heading after signing out, the plan heading after signing in). A falsy `when` never moves focus, so a
 * plain page load leaves focus where the browser puts it.
 */
export function useFocusWhen<Element extends HTMLElement>(when: unknown): { current: Element | null } {
  const ref = useRef<Element | null>(null);
  const previous = useRef<unknown>(undefined);
  useLayoutEffect(() => {
    if (when && when !== previous.current) focusElement(ref.current);
    previous.current = when;
  }, [when]);
  return ref;
}
