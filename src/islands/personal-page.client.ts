// The personal page's one script: hydrates the island that src/pages/[lang]/me/index.astro rendered.
import { mountIsland } from "./lib/mount.ts";
import { PersonalPage } from "./personal-page/PersonalPage.tsx";

mountIsland("me", PersonalPage);
