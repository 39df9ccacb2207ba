// The Danish change a translator must carry over: danish_then → danish_now as word-level pieces (jsdiff), each
// marked removed/added/same so the view can show <del>/<ins> with text labels, not colour alone.
import { diffWordsWithSpace } from "diff";

export interface DiffPiece { kind: "same" | "added" | "removed"; text: string }

/** Word pieces; a change of whitespace alone is not worth a label: added spacing reads as text, removed drops. */
export function diffPieces(before: string, after: string): DiffPiece[] {
  return diffWordsWithSpace(before, after).flatMap((change): DiffPiece[] => {
    const kind = change.added ? "added" : change.removed ? "removed" : "same";
    if (kind !== "same" && change.value.trim() === "") return kind === "added" ? [{ kind: "same", text: change.value }] : [];
    return [{ kind, text: change.value }];
  });
}

/** Whether anything changed (a diff with only "same" pieces is no change). */
export function hasChanges(pieces: DiffPiece[]): boolean {
  return pieces.some((piece) => piece.kind !== "same");
}

/**
 * Long unchanged stretches shortened to their edges, so a one-word change in a 700-word guide stays readable:
 * keeps `context` characters on each side of a change, with "…" in between.
 */
export function trimUnchanged(pieces: DiffPiece[], context = 80): DiffPiece[] {
  return pieces.map((piece, index) => {
    if (piece.kind !== "same" || piece.text.length <= 2 * context + 1) return piece;
    const first = index === 0;
    const last = index === pieces.length - 1;
    const head = first ? "" : piece.text.slice(0, context);
    const tail = last ? "" : piece.text.slice(-context);
    return { kind: "same", text: `${head}…${tail}` };
  });
}
