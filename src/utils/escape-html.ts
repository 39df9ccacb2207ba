// Everything a person typed goes through here before it becomes HTML: pages, letters and PDFs.
const replacements: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (character) => replacements[character] ?? character);
}

