// Two people saved the same text: the second save was refused (409) but kept by the server. Both texts are shown
// so nothing is lost, and the editor chooses which one to work on; the choice is theirs, never the machine's.
import { useFocusWhen } from "../lib/focus.ts";
import { useIntl } from "../lib/intl-context.ts";
import type { Conflict } from "./use-text-saving.ts";

export function ConflictNotice({ conflict, onKeepMine, onTakeTheirs, lang = "da", dir = "ltr" }: {
  conflict: Conflict; onKeepMine: () => void; onTakeTheirs: () => void; lang?: string; dir?: "ltr" | "rtl";
}) {
  const intl = useIntl();
  const headingRef = useFocusWhen<HTMLHeadingElement>(conflict);
  return (
    <section class="notice editor-conflict" aria-labelledby="editor-conflict-heading" data-conflict-version={conflict.keptVersion}>
      <h3 id="editor-conflict-heading" ref={headingRef} tabIndex={-1}>{intl.text("editor.conflict.heading")}</h3>
      <p>{conflict.keptVersion ? intl.text("editor.conflict.kept", { version: conflict.keptVersion }) : intl.text("editor.conflict.keptHere")}</p>
      <p>{intl.text("editor.conflict.choose")}</p>
      <div class="editor-columns">
        <div>
          <h4 id="editor-conflict-theirs-heading">{intl.text("editor.conflict.theirs")}</h4>
          <pre id="editor-conflict-theirs" class="editor-text" lang={lang} dir={dir} tabIndex={0} role="region" aria-labelledby="editor-conflict-theirs-heading">{conflict.theirs.body}</pre>
        </div>
        <div>
          <h4 id="editor-conflict-yours-heading">{intl.text("editor.conflict.yours")}</h4>
          <pre id="editor-conflict-yours" class="editor-text" lang={lang} dir={dir} tabIndex={0} role="region" aria-labelledby="editor-conflict-yours-heading">{conflict.yours}</pre>
        </div>
      </div>
      <p class="inline-form">
        <button type="button" class="button" data-action="keep-mine" onClick={onKeepMine}>{intl.text("editor.conflict.keepMine")}</button>
        <button type="button" data-action="take-theirs" onClick={onTakeTheirs}>{intl.text("editor.conflict.takeTheirs")}</button>
      </p>
    </section>
  );
}
