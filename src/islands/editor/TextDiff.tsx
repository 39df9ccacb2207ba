// The Danish change since the translation was made, word by word: <del>/<ins> with a spoken and visible label
// ("Removed:", "Added:") as well as the colour, so the change is clear without colour.
import { useIntl } from "../lib/intl-context.ts";
import { diffPieces, hasChanges, trimUnchanged } from "./lib/text-diff.ts";

export function TextDiff({ before, after }: { before: string; after: string }) {
  const intl = useIntl();
  if (!before) return <p class="muted">{intl.text("editor.diff.unknown")}</p>;
  const pieces = diffPieces(before, after);
  if (!hasChanges(pieces)) return <p class="muted">{intl.text("editor.diff.none")}</p>;
  return (
    <div class="editor-diff editor-text" lang="da" dir="ltr" tabIndex={0} role="region" aria-labelledby="editor-diff-heading">
      {trimUnchanged(pieces).map((piece, index) => piece.kind === "same" ? <span key={index}>{piece.text}</span>
        : piece.kind === "removed" ? <del key={index}><span class="diff-label">{intl.text("editor.diff.removed")}</span> {piece.text}</del>
        : <ins key={index}><span class="diff-label">{intl.text("editor.diff.added")}</span> {piece.text}</ins>)}
    </div>
  );
}
