// /<lang>/shared/#t=<token>: the volunteer's read-only view. The token comes from the URL fragment (never sent
// as part of a URL) and goes to the server only in a POST body. Anything but a valid share reads "no longer shared".
import { useEffect, useMemo, useState } from "preact/hooks";
import type { ComponentChildren } from "preact";
import type { MilestoneKind } from "../../domain/rules.ts";
import type { ContactsRoleOptions, SharesScopeOptions } from "../../types/pocketbase-types.ts";
import { createIslandIntl, type IslandMessages, type MessageKey } from "../lib/intl.ts";
import { IntlContext, useIntl } from "../lib/intl-context.ts";

/** What POST /api/velkommen/shared answers (pocketbase/pb_hooks/lib/shares.js). */
export interface SharedPlan {
  sharedBy: string;
  expires: string;
  scope: SharesScopeOptions[];
  appointments?: Array<{ title: string; starts: string; place: string; with: string; interpreter: boolean }>;
  contacts?: Array<{ role: ContactsRoleOptions; name: string; organisation: string; phone: string; email: string }>;
  milestones?: Array<{ kind: MilestoneKind; due: string; status: string }>;
}

export type VolunteerState = { name: "loading" } | { name: "no-token" } | { name: "gone" } | { name: "shared"; plan: SharedPlan };

export interface VolunteerViewProps {
  locale: string;
  messages: IslandMessages;
  /** For component tests: a state to show instead of reading the address. */
  initialState?: VolunteerState;
}

async function openShare(): Promise<VolunteerState> {
  const token = new URLSearchParams(window.location.hash.slice(1)).get("t");
  if (!token) return { name: "no-token" };
  const response = await fetch("/api/velkommen/shared", {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ token }), cache: "no-store",
  }).catch(() => null);
  return response?.ok ? { name: "shared", plan: await response.json() as SharedPlan } : { name: "gone" };
}

export function VolunteerView({ locale, messages, initialState }: VolunteerViewProps) {
  const intl = useMemo(() => createIslandIntl(locale, messages), [locale, messages]);
  const [state, setState] = useState<VolunteerState>(initialState ?? { name: "loading" });
  useEffect(() => {
    if (initialState) return;
    const open = () => void openShare().then(setState);
    open();
    window.addEventListener("hashchange", open);
    return () => window.removeEventListener("hashchange", open);
  }, [initialState]);
  return <IntlContext.Provider value={intl}><VolunteerBody state={state} /></IntlContext.Provider>;
}

function List<Item>({ heading, items, children }: { heading: MessageKey; items: Item[] | undefined; children: (item: Item) => ComponentChildren }) {
  const intl = useIntl();
  if (!items) return null;
  return (
    <>
      <h2>{intl.text(heading as "shared.appointments")}</h2>
      {items.length === 0 ? <p>{intl.text("shared.none")}</p> : <ul class="cards">{items.map((item, index) => <li key={index}>{children(item)}</li>)}</ul>}
    </>
  );
}

export function VolunteerBody({ state }: { state: VolunteerState }) {
  const intl = useIntl();
  if (state.name === "loading") return <p class="muted">{intl.text("shared.loading")}</p>;
  if (state.name === "no-token") return <p class="notice" data-state="no-token">{intl.text("shared.noToken")}</p>;
  if (state.name === "gone") return <p class="notice" data-state="gone">{intl.text("shared.gone")}</p>;
  const { plan } = state;
  return (
    <>
      <p>{intl.rich("shared.intro", { name: <bdi>{plan.sharedBy}</bdi>, date: <bdi>{intl.date(plan.expires.slice(0, 10))}</bdi> })}</p>
      <List heading="shared.appointments" items={plan.appointments}>
        {(appointment) => <>
          <strong><bdi>{appointment.title}</bdi></strong><br /><bdi>{intl.dateTime(appointment.starts)}</bdi>
          {appointment.place && <><br /><bdi>{appointment.place}</bdi></>}
          {appointment.with && <><br /><bdi>{appointment.with}</bdi></>}
        </>}
      </List>
      <List heading="shared.contacts" items={plan.contacts}>
        {(contact) => <>
          <strong><bdi>{contact.name}</bdi></strong>{contact.organisation && <> — <bdi>{contact.organisation}</bdi></>}
          {contact.phone && <><br /><a href={`tel:${contact.phone.replace(/\s/g, "")}`}><bdi dir="ltr">{contact.phone}</bdi></a></>}
        </>}
      </List>
      <List heading="shared.milestones" items={plan.milestones}>
        {(milestone) => <>{intl.textFor(`milestone.${milestone.kind}`)}{milestone.due && <> — <bdi>{intl.date(milestone.due.slice(0, 10))}</bdi></>}</>}
      </List>
    </>
  );
}
