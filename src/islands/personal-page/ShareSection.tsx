// Sharing with a volunteer: a consent text that says exactly what, for how long and under which name, then a
// link and a QR code. The form keeps its choices after a share is made; focus moves to the new link.
import { useRef, useState } from "preact/hooks";
import { MAX_SHARE_DAYS, SHARE_SCOPES, type ShareScope } from "../../domain/shares.ts";
import { addOffset, daysBetween } from "../../domain/dates.ts";
import { useIntl } from "../lib/intl-context.ts";
import { focusElement, useFocusWhen } from "../lib/focus.ts";
import { ErrorSummary, Field, errorFor, type FieldProblem } from "../lib/fields.tsx";
import { fieldProblems } from "../lib/api-errors.ts";
import type { PlanBundle } from "./plan-bundle.ts";
import type { PersonalPageState } from "./use-personal-page.ts";
import { QrCode, qrModules, type QrModules } from "./QrCode.tsx";

const DEFAULT_DAYS = 30;

export function ShareSection({ bundle, page, today, announce }: {
  bundle: PlanBundle; page: Pick<PersonalPageState, "client" | "refresh" | "person">; today: string; announce: (message: string) => void;
}) {
  const intl = useIntl();
  const [scope, setScope] = useState<ShareScope[]>(["appointments"]);
  const [daysText, setDaysText] = useState(String(DEFAULT_DAYS));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [link, setLink] = useState<{ url: string; qr: QrModules } | null>(null);
  const linkRef = useFocusWhen<HTMLParagraphElement>(link);
  const activeHeadingRef = useRef<HTMLHeadingElement>(null);
  const days = Math.min(MAX_SHARE_DAYS, Math.max(1, Math.round(Number(daysText)) || 1));
  const expires = addOffset(today, { days });
  const active = bundle.shares.filter((share) => !share.revoked && share.expires.slice(0, 10) >= today);
  const name = page.person?.name ?? "";

  const toggleScope = (item: ShareScope, checked: boolean) =>
    setScope((current) => SHARE_SCOPES.filter((candidate) => candidate === item ? checked : current.includes(candidate)));

  const create = async (event: Event) => {
    event.preventDefault();
    const local: FieldProblem[] = [];
    if (scope.length === 0) local.push({ fieldId: "share-scope-appointments", message: intl.text("me.share.scopeMissing") });
    if (!(Number(daysText) >= 1 && Number(daysText) <= MAX_SHARE_DAYS)) local.push({ fieldId: "share-days", message: intl.text("me.share.days", { max: MAX_SHARE_DAYS }) });
    setProblems(local);
    if (local.length > 0) return;
    try {
      const made = await page.client().send<{ token: string }>("/api/velkommen/shares", { method: "POST", body: { scope, expires } });
      const url = `${window.location.origin}/${intl.locale}/shared/#t=${encodeURIComponent(made.token)}`;
      setLink({ url, qr: await qrModules(url) });
      await page.refresh();
    } catch (error) {
      setProblems(fieldProblems(error, intl, { inputIds: { scope: "share-scope-appointments", expires: "share-days" }, generic: "me.error.generic" }));
    }
  };

  const revoke = async (id: string) => {
    try {
      await page.client().collection("shares").update(id, { revoked: true });
      await page.refresh();
      announce(intl.text("me.share.revoked"));
    } catch {
      announce(intl.text("me.error.generic"));
    }
    // The button is gone with its share; focus goes to the list's heading, never to <body>.
    focusElement(activeHeadingRef.current);
  };

  return (
    <>
      <h2>{intl.text("me.share.heading")}</h2>
      <p>{intl.text("me.share.intro")}</p>
      <form id="share-form" class="stack" onSubmit={create} noValidate>
        <ErrorSummary id="share-errors" heading={intl.text("me.errors.heading")} problems={problems} />
        <fieldset>
          <legend>{intl.text("me.share.what")}</legend>
          {SHARE_SCOPES.map((item) => (
            <label key={item} class="checkbox" for={`share-scope-${item}`}>
              <input id={`share-scope-${item}`} type="checkbox" name="scope" value={item} checked={scope.includes(item)}
                onChange={(event) => toggleScope(item, (event.currentTarget as HTMLInputElement).checked)} />
              {" "}{intl.textFor(`me.share.scope.${item}`)}
            </label>
          ))}
          {errorFor(problems, "share-scope-appointments") && <p class="field-error">{errorFor(problems, "share-scope-appointments")}</p>}
        </fieldset>
        <Field id="share-days" label={intl.text("me.share.days", { max: MAX_SHARE_DAYS })} error={errorFor(problems, "share-days")}>
          {(links) => <input {...links} type="number" name="days" min={1} max={MAX_SHARE_DAYS} value={daysText} inputMode="numeric" required
            onInput={(event) => setDaysText((event.currentTarget as HTMLInputElement).value)} />}
        </Field>
        <div id="share-consent" class="notice">
          <p>{intl.rich("me.share.consent", {
            what: scope.map((item) => intl.textFor(`me.share.scope.${item}`)).join("; "),
            days: daysBetween(today, expires),
            date: <bdi>{intl.date(expires)}</bdi>,
          })}</p>
          {name && <p>{intl.rich("me.share.consentName", { name: <bdi>{name}</bdi> })}</p>}
        </div>
        <button type="submit" class="button" aria-describedby="share-consent">{intl.text("me.share.create")}</button>
      </form>
      <div id="share-result">
        {link && (
          <>
            <p ref={linkRef}>{intl.text("me.share.link")}</p>
            <p><a href={link.url} dir="ltr" class="share-link">{link.url}</a></p>
            <QrCode modules={link.qr} label={intl.text("me.share.qr")} />
          </>
        )}
      </div>
      <h3 ref={activeHeadingRef}>{intl.text("me.share.active")}</h3>
      {active.length === 0 ? <p>{intl.text("me.share.none")}</p> : (
        <ul class="cards">
          {active.map((share) => (
            <li key={share.id}>
              {intl.list(share.scope.map((item) => intl.textFor(`me.share.scope.${item}`)))} — {intl.rich("me.share.until", { date: <bdi>{intl.date(share.expires.slice(0, 10))}</bdi> })}{" "}
              <button type="button" data-action="revoke-share" data-id={share.id} onClick={() => void revoke(share.id)}>{intl.text("me.share.revoke")}</button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
