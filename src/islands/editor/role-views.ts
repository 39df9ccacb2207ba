// Each role's views load after sign-in, so an editor's browser never fetches the translator's code (jsdiff,
// the side-by-side editor) and a translator's never fetches the hub form; the signed-out page carries neither.
import type * as EditorViews from "./editor-views.ts";
import type * as TranslatorViews from "./translator-views.ts";

export type RoleViews = Partial<typeof EditorViews & typeof TranslatorViews>;

export function loadRoleViews(role: string): Promise<RoleViews> {
  return role === "translator" ? import("./translator-views.ts") : import("./editor-views.ts");
}
