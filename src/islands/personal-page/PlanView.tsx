// The refugee's plan: timeline, appointments, contacts; online also sharing and "my data". Everything from
// the server is text in JSX (escaped); names, places and numbers sit in <bdi> inside right-to-left text.
import { useState } from "preact/hooks";
import { buildTimeline, daysUntil, REFUGEE_TASKS } from "../../domain/timeline.ts";
import { danishToday } from "../../domain/danish-day.ts";
import { milestoneGuide } from "../../utils/milestone-guides.ts";
import { useIntl } from "../lib/intl-context.ts";
import { useFocusWhen, useKeepFocus } from "../lib/focus.ts";
import { fieldProblems } from "../lib/api-errors.ts";
import type { PlanBundle } from "./plan-bundle.ts";
import type { PersonalPageState } from "./use-personal-page.ts";
import { ShareSection } from "./ShareSection.tsx";
import { MyData } from "./MyData.tsx";
import { AccessResetNotice } from "./AccessResetNotice.tsx";

type Milestone = PlanBundle["milestones"][number];

export function PlanView({ page, bundle, offline, focus, announce, today = danishToday() }: {
  page: Pick<PersonalPageState, "client" | "refresh" | "signOut" | "erase" | "person">;
  bundle: PlanBundle;
  offline: boolean;
  focus?: boolean;
  announce: (message: string) => void;
  today?: string;
}) {
  const intl = useIntl();
  const headingRef = useFocusWhen<HTMLHeadingElement>(focus);
  const keepFocusOn = useKeepFocus();
  const [failed, setFailed] = useState<{ id: string; message: string } | null>(null);

  const toggle = async (milestone: Milestone) => {
    const next = milestone.status === "done" ? "open" : "done";
    const controlId = `milestone-${milestone.id}-toggle`;
    try {
      await page.client().collection("milestones").update(milestone.id, { status: next });
      setFailed(null);
      keepFocusOn(controlId); // the task moves between groups; its button keeps focus
      await page.refresh();
      announce(intl.text("me.timeline.saved", { task: intl.textFor(`milestone.${milestone.kind}`), status: next }));
    } catch (error) {
      setFailed({ id: milestone.id, message: fieldProblems(error, intl, { inputIds: {}, generic: "me.error.generic" }).map((problem) => problem.message).join(" ") });
    }
  };

  return (
    <>
      <p class={offline ? "notice" : "muted"}>
        {offline ? intl.rich("me.error.offline", { time: <bdi>{intl.dateTime(bundle.savedAt)}</bdi> }) : intl.rich("me.lastUpdated", { time: <bdi>{intl.dateTime(bundle.savedAt)}</bdi> })}
      </p>
      <AccessResetNotice resetAt={page.person?.accessResetAt ?? null} />
      <h2 ref={headingRef}>{intl.text("me.timeline.heading")}</h2>
      {buildTimeline(bundle.milestones, today).map((entry) => (
        <section key={entry.group} aria-labelledby={`timeline-${entry.group}`}>
          <h3 id={`timeline-${entry.group}`}>{intl.text(`me.timeline.${entry.group}`)}</h3>
          <ul class="timeline">
            {entry.items.map((milestone) => (
              <MilestoneItem key={milestone.id} milestone={milestone} today={today} offline={offline} onToggle={toggle}
                error={failed?.id === milestone.id ? failed.message : undefined} />
            ))}
          </ul>
        </section>
      ))}
      <Appointments bundle={bundle} page={page} offline={offline} />
      <Contacts bundle={bundle} />
      {!offline && <ShareSection bundle={bundle} page={page} today={today} announce={announce} />}
      {!offline && <MyData page={page} />}
      <p><button type="button" data-action="sign-out" onClick={() => void page.signOut()}>{intl.text("me.signOut")}</button></p>
    </>
  );
}

function MilestoneItem({ milestone, today, offline, onToggle, error }: {
  milestone: Milestone; today: string; offline: boolean; onToggle: (milestone: Milestone) => Promise<void>; error?: string;
}) {
  const intl = useIntl();
  const days = daysUntil(milestone, today);
  const guide = milestoneGuide(milestone.kind);
  const canTick = !offline && REFUGEE_TASKS.includes(milestone.kind) && (milestone.status === "open" || milestone.status === "done");
  const name = intl.textFor(`milestone.${milestone.kind}`);
  const explain = `me.explain.${milestone.kind}`;
  return (
    <li class={`milestone milestone-${milestone.status}`} data-kind={milestone.kind}>
      <strong>{name}</strong>{" "}
      <span class="when">
        {milestone.due ? <><bdi>{intl.date(milestone.due)}</bdi> <span class="relative">({intl.relativeDays(days ?? 0)})</span></> : intl.text("me.timeline.noDate")}
      </span>
      <p>
        {intl.has(explain) ? intl.textFor(explain) : null}
        {guide ? <>{" "}<a href={`/${intl.locale}/guides/${guide}/`}>{intl.text("me.timeline.readMore")}<span class="visually-hidden">: {name}</span></a></> : null}
      </p>
      {canTick && (
        <button type="button" id={`milestone-${milestone.id}-toggle`} data-action="toggle-milestone" data-id={milestone.id} data-status={milestone.status}
          aria-describedby={error ? `milestone-${milestone.id}-error` : undefined} onClick={() => void onToggle(milestone)}>
          {intl.text(milestone.status === "done" ? "me.timeline.markOpen" : "me.timeline.markDone")}
          <span class="visually-hidden">: {name}</span>
        </button>
      )}
      {error && <p id={`milestone-${milestone.id}-error`} class="field-error">{error}</p>}
    </li>
  );
}

function Appointments({ bundle, page, offline }: { bundle: PlanBundle; page: Pick<PersonalPageState, "client">; offline: boolean }) {
  const intl = useIntl();
  const [error, setError] = useState("");
  const downloadCalendar = async () => {
    try {
      await downloadFile(page.client(), `/api/velkommen/plans/${encodeURIComponent(bundle.plan.id)}/calendar.ics`, "velkommen.ics");
      setError("");
    } catch {
      setError(intl.text("me.error.generic"));
    }
  };
  return (
    <>
      <h2>{intl.text("me.appointments.heading")}</h2>
      {bundle.appointments.length === 0 ? <p>{intl.text("me.appointments.none")}</p> : (
        <>
          <ul class="cards">
            {bundle.appointments.map((appointment) => (
              <li key={appointment.id} class={`appointment${appointment.status === "cancelled" ? " cancelled" : ""}`} data-id={appointment.id}>
                <strong><bdi>{appointment.title}</bdi></strong>
                {appointment.status === "cancelled" && <> ({intl.text("me.appointments.cancelled")})</>}
                <br /><bdi>{intl.dateTime(appointment.starts)}</bdi>
                {appointment.place && <><br />{intl.text("me.appointments.where")}: <bdi>{appointment.place}</bdi>{" "}
                  <a href={`https://www.openstreetmap.org/search?query=${encodeURIComponent(appointment.place)}`} rel="noreferrer noopener" target="_blank">{intl.text("me.appointments.map")}</a></>}
                {appointment.with && <><br />{intl.text("me.appointments.with")}: <bdi>{appointment.with}</bdi></>}
                <br />{intl.text(appointment.interpreter ? "me.appointments.interpreter" : "me.appointments.noInterpreter")}
              </li>
            ))}
          </ul>
          {!offline && <button type="button" class="button" data-action="calendar" aria-describedby={error ? "calendar-error" : undefined} onClick={() => void downloadCalendar()}>{intl.text("me.appointments.calendar")}</button>}
          {error && <p id="calendar-error" class="field-error">{error}</p>}
        </>
      )}
    </>
  );
}

function Contacts({ bundle }: { bundle: PlanBundle }) {
  const intl = useIntl();
  return (
    <>
      <h2>{intl.text("me.contacts.heading")}</h2>
      <ul class="cards">
        {bundle.contacts.map((contact) => (
          <li key={contact.id}>
            <strong><bdi>{contact.name}</bdi></strong>
            {contact.organisation && <><br /><bdi>{contact.organisation}</bdi></>}
            {contact.phone && <><br /><a class="button" href={`tel:${contact.phone.replace(/\s/g, "")}`}>
              {intl.rich("me.contacts.call", { name: <bdi>{contact.name}</bdi> })} <bdi dir="ltr">{contact.phone}</bdi></a></>}
            {contact.email && <><br /><a href={`mailto:${contact.email}`}><bdi dir="ltr">{contact.email}</bdi></a></>}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Fetches a file that needs the session (calendar, export) and saves it. */
export async function downloadFile(client: { authStore: { token: string } }, url: string, fileName: string): Promise<void> {
  const response = await fetch(url, { headers: { authorization: client.authStore.token } });
  if (!response.ok) throw Object.assign(new Error(String(response.status)), { status: response.status, response: await response.json().catch(() => ({})) });
  const blobUrl = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement("a"), { href: blobUrl, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(blobUrl), 10_000);
}
