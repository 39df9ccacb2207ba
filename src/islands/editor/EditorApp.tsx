// /da/editor/ and /en/editor/: editors and translators as one Preact island. The server decides who may write
// what; this shows an editor their texts (stale first) and a translator their queue. Only the status lines are
// live; after a view change focus moves to its heading (or the errors), never to <body>.
import { useEffect, useMemo, useState } from "preact/hooks";
import type { Locale } from "../../i18n/locales.ts";
import { createClient } from "../../utils/pocketbase-client.ts";
import type { TypedPocketBase } from "../../types/pocketbase-types.ts";
import { createIslandIntl, type IslandMessages } from "../lib/intl.ts";
import { IntlContext, useIntl } from "../lib/intl-context.ts";
import { focusElement } from "../lib/focus.ts";
import { StatusMessage } from "../lib/status.tsx";
import { SignIn } from "../staff/SignIn.tsx";
import { BuildStatus } from "./BuildStatus.tsx";
import { loadRoleViews, type RoleViews } from "./role-views.ts";
import type { QueueItem } from "./lib/queue.ts";
import { queueItemForEntry } from "./lib/content-api.ts";

export type EditorLocale = Pick<Locale, "code" | "endonym" | "dir" | "fontStack">;

export interface EditorAppProps {
  lang: string;
  messages: IslandMessages;
  locales: EditorLocale[];
}

export interface Person { id: string; role: string; municipality: string; languages: string[] }

const WRITER_ROLES = ["editor", "translator"] as const;

type View =
  | { name: "loading" }
  | { name: "signed-out"; notice?: string }
  | { name: "list"; focus?: string }
  | { name: "entry"; id: string }
  | { name: "queue"; focus?: string }
  | { name: "translate"; item: QueueItem };

export function EditorApp(props: EditorAppProps) {
  const intl = useMemo(() => createIslandIntl(props.lang, props.messages), [props.lang, props.messages]);
  return <IntlContext.Provider value={intl}><EditorBody {...props} /></IntlContext.Provider>;
}

function personOf(client: TypedPocketBase): Person | null {
  const record = client.authStore.record as { id?: string; role?: string; municipality?: string; languages?: string } | null;
  if (!client.authStore.isValid || !record?.id || !WRITER_ROLES.includes(record.role as never)) return null;
  return { id: record.id, role: record.role!, municipality: record.municipality ?? "", languages: (record.languages ?? "").split(" ").filter(Boolean) };
}

/** `#entry=<id>` opens a text directly (a link from a colleague, or the browser's back to it). */
const linkedEntry = () => (typeof location === "undefined" ? "" : new URLSearchParams(location.hash.slice(1)).get("entry") ?? "");

function EditorBody({ lang, locales }: EditorAppProps) {
  const intl = useIntl();
  const client = useMemo<TypedPocketBase | null>(() => {
    if (typeof window === "undefined") return null;
    const created = createClient();
    // The server words field errors (a hub's phone, hours) in Danish or English by Accept-Language.
    created.beforeSend = (url, options) => ({ url, options: { ...options, headers: { ...options.headers, "Accept-Language": lang } } });
    return created;
  }, []);
  const [view, setView] = useState<View>({ name: "loading" });
  const [person, setPerson] = useState<Person | null>(null);
  const [status, setStatus] = useState("");
  const [views, setViews] = useState<RoleViews>({});
  useEffect(() => {
    if (!person) return;
    loadRoleViews(person.role).then(setViews, (error: unknown) =>
      setStatus(intl.text("editor.error", { message: error instanceof Error ? error.message : String(error) })));
  }, [person?.role]);
  const { EntryList, EntryEditor, TranslatorQueue, TranslationEditor } = views;

  const home = (who: Person, focus?: string) => setView(who.role === "translator" ? { name: "queue", focus } : { name: "list", focus });
  const start = (who: Person) => {
    setPerson(who);
    const linked = linkedEntry();
    if (!linked || !client) home(who);
    else if (who.role === "editor") setView({ name: "entry", id: linked });
    else queueItemForEntry(client, linked).then((item) => setView({ name: "translate", item }), () => home(who));
  };

  useEffect(() => {
    if (!client) return;
    const who = personOf(client);
    if (who) start(who);
    else setView({ name: "signed-out" });
  }, []);

  const signOut = () => {
    client?.authStore.clear();
    setPerson(null);
    setStatus("");
    setView({ name: "signed-out" });
    requestAnimationFrame(() => focusElement(document.getElementById("staff-sign-in-heading")));
  };
  const open = (id: string) => {
    history.replaceState(null, "", `#entry=${encodeURIComponent(id)}`);
    setStatus("");
    setView({ name: "entry", id });
  };
  const back = (focus?: string) => {
    history.replaceState(null, "", location.pathname);
    if (person) home(person, focus);
  };

  return (
    <>
      <StatusMessage id="editor-status">{status}</StatusMessage>
      {view.name === "loading" || (person && view.name !== "signed-out" && !EntryList && !TranslatorQueue)
        ? <p class="muted">{intl.text("editor.loading")}</p> : null}
      {view.name === "signed-out" && client ? (
        <SignIn client={client} notice={view.notice} announce={setStatus} roles={WRITER_ROLES} heading={intl.text("editor.signIn.heading")}
          onSignedIn={() => { const who = personOf(client); if (who) start(who); }}
          onNotCaseworker={() => setView({ name: "signed-out", notice: intl.text("editor.signIn.notWriter") })} />
      ) : null}
      {person && client && view.name !== "signed-out" ? <>
        <BuildStatus client={client} />
        <p><button type="button" data-action="sign-out" onClick={signOut}>{intl.text("editor.signOut")}</button></p>
      </> : null}
      {view.name === "list" && client && person && EntryList ? <EntryList client={client} person={person} focusId={view.focus} onOpen={open} /> : null}
      {view.name === "entry" && client && person && EntryEditor ? (
        <EntryEditor client={client} person={person} entryId={view.id} announce={setStatus} onBack={() => back(`open-${view.id}`)} />
      ) : null}
      {view.name === "queue" && client && person && TranslatorQueue ? (
        <TranslatorQueue client={client} person={person} locales={locales} focusId={view.focus}
          onOpen={(item) => { setStatus(""); setView({ name: "translate", item }); }} />
      ) : null}
      {view.name === "translate" && client && person && TranslationEditor ? (
        <TranslationEditor client={client} person={person} item={view.item} locales={locales} announce={setStatus}
          onBack={() => back(`translate-${view.item.path}`)} />
      ) : null}
    </>
  );
}
