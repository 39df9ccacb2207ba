// /da/staff/ and /en/staff/: the caseworker's workspace as one Preact island. The server limits everything to
// the caseworker's own municipality; this lists, filters and edits what the API returns. Only the status line
// is live; after an action focus stays on the control or moves to what it produced (a heading, the errors).
import { useEffect, useMemo, useState } from "preact/hooks";
import type { Locale } from "../../i18n/locales.ts";
import { WORKLIST_SOON_DAYS } from "../../domain/worklist.ts";
import { danishToday } from "../../domain/danish-day.ts";
import { createClient } from "../../utils/pocketbase-client.ts";
import { createIslandIntl, type IslandMessages } from "../lib/intl.ts";
import { IntlContext, useIntl } from "../lib/intl-context.ts";
import { focusElement, useFocusWhen } from "../lib/focus.ts";
import { StatusMessage } from "../lib/status.tsx";
import type { TypedPocketBase } from "../../types/pocketbase-types.ts";
import { filterRows, loadPlanRows, type PlanRow } from "./plans-list.ts";
import { CreatePlanForm } from "./CreatePlanForm.tsx";
import { PlanDetail } from "./PlanDetail.tsx";
import { SignIn } from "./SignIn.tsx";

export interface StaffAppProps {
  lang: string;
  messages: IslandMessages;
  locales: Array<Pick<Locale, "code" | "endonym">>;
  today: string;
}

type View = { name: "loading" } | { name: "signed-out"; notice?: string } | { name: "plans" } | { name: "plan"; id: string };

export function StaffApp(props: StaffAppProps) {
  const intl = useMemo(() => createIslandIntl(props.lang, props.messages), [props.lang, props.messages]);
  return <IntlContext.Provider value={intl}><StaffBody {...props} /></IntlContext.Provider>;
}

function StaffBody({ lang, locales, today }: StaffAppProps) {
  const intl = useIntl();
  const client = useMemo<TypedPocketBase | null>(() => (typeof window === "undefined" ? null : createClient()), []);
  const [view, setView] = useState<View>({ name: "loading" });
  const [rows, setRows] = useState<PlanRow[]>([]);
  const [status, setStatus] = useState("");
  const [failure, setFailure] = useState("");
  const failureRef = useFocusWhen<HTMLParagraphElement>(failure);

  async function showPlans(focusId?: string) {
    if (!client) return;
    try {
      setRows(await loadPlanRows(client));
      setFailure("");
      setView({ name: "plans" });
      if (focusId) requestAnimationFrame(() => focusElement(document.getElementById(focusId)));
    } catch (error) {
      setFailure(intl.text("staff.error", { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  useEffect(() => {
    if (!client) return;
    const me = client.authStore.record as { role?: string } | null;
    if (client.authStore.isValid && me?.role === "caseworker") void showPlans();
    else setView({ name: "signed-out" });
  }, []);

  const signOut = () => {
    client?.authStore.clear();
    setView({ name: "signed-out" });
    requestAnimationFrame(() => focusElement(document.getElementById("staff-sign-in-heading")));
  };

  return (
    <>
      <StatusMessage id="staff-status">{status}</StatusMessage>
      {failure ? <p ref={failureRef} class="notice">{failure}</p> : null}
      {view.name === "loading" ? <p class="muted">{intl.text("staff.loading")}</p> : null}
      {view.name === "signed-out" && client ? <SignIn client={client} notice={view.notice} announce={setStatus} onSignedIn={() => void showPlans("staff-plans-heading")}
        onNotCaseworker={() => setView({ name: "signed-out", notice: intl.text("staff.signIn.notCaseworker") })} /> : null}
      {view.name !== "signed-out" && view.name !== "loading" ? (
        <p><button type="button" data-action="sign-out" onClick={signOut}>{intl.text("staff.signOut")}</button></p>
      ) : null}
      {view.name === "plans" && client ? <>
        <PlanList rows={rows} locales={locales} onOpen={(id) => setView({ name: "plan", id })} />
        <CreatePlanForm client={client} locales={locales} today={typeof window === "undefined" ? today : danishToday()}
          onCreated={(id) => { setStatus(""); setView({ name: "plan", id }); }} />
      </> : null}
      {view.name === "plan" && client ? (
        <PlanDetail client={client} lang={lang} planId={view.id} announce={setStatus}
          onBack={() => void showPlans(`open-${view.id}`)} />
      ) : null}
    </>
  );
}

export function PlanList({ rows, locales, onOpen }: { rows: PlanRow[]; locales: StaffAppProps["locales"]; onOpen: (id: string) => void }) {
  const intl = useIntl();
  const [filters, setFilters] = useState({ status: "all", language: "", search: "" });
  const shown = filterRows(rows, filters);
  const endonym = (code: string) => locales.find((locale) => locale.code === code)?.endonym ?? code;
  const soon = { days: WORKLIST_SOON_DAYS };
  return (
    <section aria-labelledby="staff-plans-heading">
      <h2 id="staff-plans-heading" tabIndex={-1}>{intl.text("staff.plans.heading")}</h2>
      <form id="plan-filters" class="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <div class="field"><label for="filter-status">{intl.text("staff.plans.filterStatus")}</label>
          <select id="filter-status" name="status" value={filters.status} onChange={(event) => setFilters({ ...filters, status: event.currentTarget.value })}>
            <option value="all">{intl.text("staff.plans.filter.all")}</option>
            <option value="overdue">{intl.text("staff.plans.filter.overdue")}</option>
            <option value="soon">{intl.text("staff.plans.filter.soon", soon)}</option>
          </select></div>
        <div class="field"><label for="filter-language">{intl.text("staff.plans.filterLanguage")}</label>
          <select id="filter-language" name="language" value={filters.language} onChange={(event) => setFilters({ ...filters, language: event.currentTarget.value })}>
            <option value="">{intl.text("staff.plans.anyLanguage")}</option>
            {locales.map((locale) => <option key={locale.code} value={locale.code} lang={locale.code}>{locale.endonym}</option>)}
          </select></div>
        <div class="field"><label for="filter-search">{intl.text("staff.plans.search")}</label>
          <input id="filter-search" type="search" name="search" autocomplete="off" value={filters.search}
            onInput={(event) => setFilters({ ...filters, search: event.currentTarget.value })} /></div>
      </form>
      {shown.length === 0 ? <p>{intl.text("staff.plans.none")}</p> : (
        <div class="table-wrap"><table>
          <thead><tr>
            <th scope="col">{intl.text("staff.plans.name")}</th><th scope="col">{intl.text("staff.plans.language")}</th>
            <th scope="col">{intl.text("staff.plans.arrival")}</th><th scope="col">{intl.text("staff.plans.overdue")}</th>
            <th scope="col">{intl.text("staff.plans.soon", soon)}</th><th scope="col"><span class="visually-hidden">{intl.text("staff.plans.open")}</span></th>
          </tr></thead>
          <tbody>{shown.map((row) => (
            <tr key={row.id} data-plan={row.id}>
              <td><bdi>{row.name}</bdi></td><td lang={row.language}>{endonym(row.language)}</td><td><bdi>{intl.date(row.arrival)}</bdi></td>
              <td>{row.overdue ? intl.number(row.overdue) : ""}</td><td>{row.soon ? intl.number(row.soon) : ""}</td>
              <td><button type="button" id={`open-${row.id}`} data-action="open-plan" data-id={row.id} onClick={() => onOpen(row.id)}
                aria-label={`${intl.text("staff.plans.open")}: ${row.name}`}>{intl.text("staff.plans.open")}</button></td>
            </tr>
          ))}</tbody>
        </table></div>
      )}
    </section>
  );
}
