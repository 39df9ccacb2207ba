// The volunteer page's one script: hydrates the island that src/pages/[lang]/shared/index.astro rendered.
import { mountIsland } from "./lib/mount.ts";
import { VolunteerView } from "./volunteer-view/VolunteerView.tsx";

mountIsland("volunteer-view", VolunteerView);
