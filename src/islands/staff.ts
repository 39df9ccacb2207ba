// The staff workspace's one script: hydrates the island that src/pages/[lang]/staff/index.astro rendered.
import { mountIsland } from "./lib/mount.ts";
import { StaffApp } from "./staff/StaffApp.tsx";

mountIsland("staff", StaffApp);
