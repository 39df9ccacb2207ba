// The editorial workspace's one script: hydrates the island that src/pages/[lang]/editor/index.astro rendered,
// then shows it (hidden without JavaScript, where its "Loading …" would never end; the page's notice explains).
import { mountIsland } from "./lib/mount.ts";
import { EditorApp } from "./editor/EditorApp.tsx";

mountIsland("editor", EditorApp);
document.querySelector('[data-island="editor"]')?.removeAttribute("hidden");
