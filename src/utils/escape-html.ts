// Everything a person typed goes through here before it becomes HTML: pages, letters and PDFs.
const replacements: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (character) => replacements[character] ?? character);
}

/** A translated template as HTML: the template is escaped, {placeholders} get values that are HTML already. */
export function fillTemplate(template: string | undefined, htmlValues: Record<string, string> = {}): string {
  return escapeHtml(template ?? "").replace(/\{(\w+)\}/g, (match, name: string) => htmlValues[name] ?? match);
}
