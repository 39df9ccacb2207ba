// Saving one text, shared by the editor's and the translator's views: load the entry and its head version, save
// (draft or reviewed), publish, and turn a refused save into a conflict (both texts kept), field problems or a
// refusal in words. The form's current text lives here, so nothing typed is lost on a refused save.
import { useEffect, useState } from "preact/hooks";
import type { TypedPocketBase } from "../../types/pocketbase-types.ts";
import type { FieldProblem } from "../lib/fields.tsx";
import { focusElement } from "../lib/focus.ts";
import { useIntl } from "../lib/intl-context.ts";
import { loadEntry, publish, saveVersion, type Entry, type SaveRequest, type Version } from "./lib/content-api.ts";
import { saveFailure } from "./lib/save-errors.ts";

export interface Conflict { theirs: Version; yours: string; keptVersion: string }

export interface TextSaving {
  entry: Entry | null;
  head: Version | null;
  /** Changes when the form must start again from `head` (loaded, restored, theirs taken). */
  generation: number;
  text: string;
  setText: (text: string) => void;
  problems: FieldProblem[];
  notice: string;
  conflict: Conflict | null;
  busy: boolean;
  failure: string;
  reload: (options?: { resetForm?: boolean }) => Promise<Entry | null>;
  save: (fields: Pick<SaveRequest, "status"> & Partial<Pick<SaveRequest, "translation_status">>) => Promise<Version | null>;
  publishText: (translationStatus?: SaveRequest["translation_status"]) => Promise<boolean>;
  run: (action: () => Promise<void>) => Promise<boolean>;
  keepMine: () => void;
  takeTheirs: () => void;
}

export function useTextSaving(client: TypedPocketBase, entryId: string, formId: string, prefix: string): TextSaving {
  const intl = useIntl();
  const [entry, setEntry] = useState<Entry | null>(null);
  const [head, setHead] = useState<Version | null>(null);
  const [generation, setGeneration] = useState(0);
  const [text, setText] = useState("");
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [notice, setNotice] = useState("");
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState("");
  const words = (error: unknown) => intl.text("editor.error", { message: error instanceof Error ? error.message : String(error) });

  const reload = async ({ resetForm = true } = {}) => {
    try {
      const loaded = await loadEntry(client, entryId);
      setEntry(loaded);
      const latest = loaded.expand?.head_version ?? null;
      setHead(latest);
      if (resetForm) {
        setText(latest?.body ?? "");
        setGeneration((value) => value + 1);
      }
      setFailure("");
      return loaded;
    } catch (error) {
      setFailure(words(error));
      return null;
    }
  };
  useEffect(() => { void reload(); }, [entryId]);

  /**
   * After a save the form starts again from the stored text, which the server may have stamped (a translation's
   * sourceHash and review lines, a published guide's `changed:`), so the next save keeps them. The form's inputs
   * are re-created: focus goes back to the element with the same id, never to <body>.
   */
  const reloadKeepingFocus = async () => {
    const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.id : "";
    await reload();
    requestAnimationFrame(() => {
      if (focusedId && (document.activeElement === document.body || document.activeElement === null)) focusElement(document.getElementById(focusedId));
    });
  };

  /** Shows why a save was refused; returns nothing. A conflict keeps `yours` = the text that was refused. */
  const refused = async (error: unknown, yours: string) => {
    const inputs = new Set([...document.querySelectorAll(`#${formId} [id]`)].map((element) => element.id));
    const failed = saveFailure(error, prefix, inputs);
    if (failed.kind === "conflict") {
      const latest = await loadEntry(client, entryId).catch(() => null);
      const theirs = latest?.expand?.head_version;
      if (latest) setEntry(latest);
      if (theirs) setConflict({ theirs, yours, keptVersion: failed.keptVersion });
      else setNotice(words(failed.message));
    } else if (failed.kind === "fields") {
      setProblems(failed.problems);
    } else if (failed.kind === "unpublished-draft") {
      setNotice(intl.text("editor.entry.unpublishedDraft"));
    } else if (failed.kind === "refused") {
      setNotice([intl.text("editor.entry.refused"), failed.message ? intl.text("editor.entry.serverSaid", { message: failed.message }) : ""].filter(Boolean).join(" "));
    } else {
      setNotice(words(failed.message));
    }
  };

  // Buttons stay enabled while a save runs (disabling the focused one drops focus to <body>); they say
  // aria-disabled, and a second save is not started until the first ends.
  const begin = () => { setBusy(true); setProblems([]); setNotice(""); setConflict(null); };

  /** One server action: busy while it runs, the text reloaded after it, a refusal shown with `yours` kept. */
  async function attempt<Result>(yours: string, action: () => Promise<Result>, afterwards: () => Promise<unknown>, failed: Result): Promise<Result> {
    begin();
    try {
      const result = await action();
      await afterwards();
      return result;
    } catch (error) {
      await refused(error, yours);
      return failed;
    } finally {
      setBusy(false);
    }
  }

  const save: TextSaving["save"] = async (fields) => {
    if (!entry || busy) return null;
    const yours = text;
    return attempt(yours, () => saveVersion(client, { entry: entry.id, body: yours, base_version: head?.id ?? "", ...fields }), reloadKeepingFocus, null);
  };

  /** Unsaved changes are saved as a draft first, so exactly what the editor sees is what goes live. */
  const publishText: TextSaving["publishText"] = async (translationStatus) => {
    if (!entry) return false;
    let version = head;
    if (!version || version.body !== text || (translationStatus && version.translation_status !== translationStatus)) {
      version = await save({ status: "draft", ...(translationStatus ? { translation_status: translationStatus } : {}) });
      if (!version) return false;
    }
    const live = version;
    return attempt(text, async () => { await publish(client, entry.id, live); return true; }, reloadKeepingFocus, false);
  };

  const run: TextSaving["run"] = (action) => attempt(text, async () => { await action(); return true; }, reload, false);

  return {
    entry, head, generation, text, setText, problems, notice, conflict, busy, failure, reload, save, publishText, run,
    // Mine: the form keeps my text and the next save starts from their version (so it is not refused again).
    keepMine: () => { if (conflict) { setHead(conflict.theirs); setConflict(null); } },
    takeTheirs: () => { if (conflict) { setHead(conflict.theirs); setText(conflict.theirs.body); setGeneration((value) => value + 1); setConflict(null); } },
  };
}
