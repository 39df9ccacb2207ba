// The editorial workspace's one script: hydrates the island that src/pages/[lang]/editor/index.astro rendered.
import { mountIsland } from "./lib/mount.ts";
import { EditorApp } from "./editor/EditorApp.tsx";

mountIsland("editor", EditorApp);
