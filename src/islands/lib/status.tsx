// The one kind of live region on island pages: a status message ("Saved", "You are offline"). It is always
// in the DOM, so screen readers hear each change; the plan, lists and forms are never live.
import type { ComponentChildren } from "preact";

export function StatusMessage({ id, children, tone = "muted" }: { id?: string; children?: ComponentChildren; tone?: "muted" | "notice" }) {
  return <p id={id} class={children ? tone : undefined} role="status">{children}</p>;
}
