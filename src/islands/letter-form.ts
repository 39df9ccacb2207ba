// The letter page's one script: hydrates the form and live letter that src/pages/[lang]/letter/index.astro rendered.
import { mountIsland } from "./lib/mount.ts";
import { LetterForm } from "./letter-form/LetterForm.tsx";

mountIsland("letter", LetterForm);
