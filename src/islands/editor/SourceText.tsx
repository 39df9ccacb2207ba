// The Danish source beside the translation: a guide's title, description and Markdown, or a JSON file as written.
// Always lang="da" and left to right, whatever the page's or the translation's direction.
import { useIntl } from "../lib/intl-context.ts";
import { parseGuide } from "./lib/front-matter.ts";

export function SourceText({ kind, body }: { kind: string; body: string }) {
  const intl = useIntl();
  let guide: ReturnType<typeof parseGuide> | null = null;
  if (kind === "guide") { try { guide = parseGuide(body); } catch { guide = null; } }
  return (
    <div class="editor-source" lang="da" dir="ltr">
      <h3 id="editor-source-heading">{intl.text("editor.translate.source")}</h3>
      {guide ? <>
        <p><strong>{guide.title}</strong></p>
        <p>{guide.description}</p>
      </> : null}
      <pre class="editor-text" tabIndex={0} role="region" aria-labelledby="editor-source-heading">{guide ? guide.body : body}</pre>
    </div>
  );
}
