// The welcome letter as a static HTML string, for Node: `npm run letters`, the print document and the tests.
// The markup comes from the one <Letter> component (Letter.tsx), which the letter form hydrates in the browser.
import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { Letter, type LetterProps } from "./Letter.tsx";
import type { LetterModel } from "./model.ts";

export type RenderOptions = Omit<LetterProps, "model">;

export function renderLetter(model: LetterModel, options: RenderOptions): string {
  return renderToString(h(Letter, { model, ...options }));
}
