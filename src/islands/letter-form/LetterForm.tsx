// The letter form: fields on the left, the live letter below, all in the browser (nothing typed is sent or
// stored). A signed-in caseworker can load a plan: that only shows it. A new activation code is made only by
// an explicit, confirmed action (security review finding 12), and an active account gets "already has
// access" instead, with "Recover access" for the plan's own caseworker.
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { getLocale, type Locale } from "../../i18n/locales.ts";
import { danishToday } from "../../domain/danish-day.ts";
import { HOUSEHOLD_COUNT_MAX } from "../../domain/household.ts";import { buildLetterModel, type LetterInput } from "../../letter/model.ts";
import { Letter } from "../../letter/Letter.tsx";
import type { LetterStrings } from "../../letter/strings.ts";
import { letterInputFromPlan, planAccess, signInUrl, type IssuedCode, type PlanAccess } from "../../letter/from-plan.ts";
import { createClient } from "../../utils/pocketbase-client.ts";
import { createIslandIntl, type IslandMessages } from "../lib/intl.ts";
import { IntlContext } from "../lib/intl-context.ts";
import { AccessPanel } from "./AccessPanel.tsx";

export interface LetterFormProps {
  lang: string;
  messages: IslandMessages;
  locales: Array<Pick<Locale, "code" | "endonym">>;
  municipalities: Array<{ slug: string; name: string }>;
  /** The build's values; the browser replaces the dates with today in Denmark. */
  defaults: { language: string; municipality: string; today: string };
  /** Letter strings (pre-parsed) of the default language and of Danish, so the first render needs no request. */
  letterStrings: Record<string, LetterStrings>;
}

type Fields = {
  plan: string; name: string; language: string; municipality: string; arrival: string; responsibility: string;
  adults: string; children: string; minor: boolean; caseworkerName: string; caseworkerPhone: string; caseworkerEmail: string;
  appointmentTitle: string; appointmentStarts: string; appointmentPlace: string;
};

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Each language's letter strings are a small JSON file built with the site (src/pages/[lang]/letter/strings.json.ts). */
async function fetchLetterStrings(language: string): Promise<LetterStrings> {
  const response = await fetch(`/${language}/letter/strings.json`);
  if (!response.ok) throw new Error(`${response.status}`);
  return response.json() as Promise<LetterStrings>;
}

export function LetterForm(props: LetterFormProps) {
  const intl = useMemo(() => createIslandIntl(props.lang, props.messages), [props.lang, props.messages]);
  const [ready, setReady] = useState(false);
  const [today, setToday] = useState(props.defaults.today);
  const [fields, setFields] = useState<Fields>({
    plan: "", name: "", language: props.defaults.language, municipality: props.defaults.municipality,
    arrival: props.defaults.today, responsibility: props.defaults.today, adults: "1", children: "0", minor: false,
    caseworkerName: "", caseworkerPhone: "", caseworkerEmail: "", appointmentTitle: "", appointmentStarts: "", appointmentPlace: "",
  });
  const [strings, setStrings] = useState(props.letterStrings);
  const [shownLanguage, setShownLanguage] = useState(props.defaults.language);
  const [loadedPlan, setLoadedPlan] = useState<{ id: string; language: string } | null>(null);
  const [access, setAccess] = useState<PlanAccess | null>(null);
  const [activation, setActivation] = useState<IssuedCode | null>(null);
  const [loadStatus, setLoadStatus] = useState("");
  const client = useMemo(() => (typeof window === "undefined" ? null : createClient()), []);

  const set = <Name extends keyof Fields>(name: Name, value: Fields[Name]) => setFields((current) => ({ ...current, [name]: value }));

  // In the browser: the form appears, today's date replaces the build date, and a plan in the link is shown.
  useEffect(() => {
    setReady(true);
    const now = danishToday();
    setToday(now);
    setFields((current) => ({ ...current, arrival: now, responsibility: now }));
    const planFromHash = new URLSearchParams(window.location.hash.slice(1)).get("plan");
    if (planFromHash) {
      set("plan", planFromHash);
      void loadPlan(planFromHash);
    }
  }, []);

  // Another language: its strings come in one small request; until then the letter stays as it was.
  useEffect(() => {
    const language = fields.language;
    if (strings[language]) {
      setShownLanguage(language);
      return;
    }
    let current = true;
    fetchLetterStrings(language)
      .then((loaded) => {
        if (!current) return;
        setStrings((all) => ({ ...all, [language]: loaded }));
        setShownLanguage(language);
      })
      .catch(() => { /* the letter keeps the last language; the select shows what was asked for */ });
    return () => { current = false; };
  }, [fields.language]);

  async function loadPlan(planId: string) {
    if (!client || !planId) return;
    setLoadStatus(intl.text("letter.form.loading"));
    setAccess(null);
    setActivation(null);
    setLoadedPlan(null);
    if (!client.authStore.isValid) {
      setLoadStatus(intl.text("letter.form.error.signIn"));
      return;
    }
    try {
      const input = await letterInputFromPlan(client, planId);
      const state = await planAccess(client, planId).catch((error: { status?: number }) => {
        // A server from before GET …/access (issue 12): nothing is known about the code, so nothing is claimed.
        if (error.status === 404) return { activated: false, activated_at: null, code_issued_at: null, code_expires: null, access_reset_at: null, assigned_to_me: false };
        throw error;
      });
      const first = input.appointments[0];
      setFields((current) => ({
        ...current, plan: planId, name: input.refugeeName, language: input.language, municipality: input.municipality,
        arrival: input.facts.arrivalDate, responsibility: input.facts.responsibilityDate,
        adults: String(input.facts.household.adults), children: String(input.facts.household.children), minor: input.facts.household.unaccompanied_minor,
        caseworkerName: input.caseworker.name, caseworkerPhone: input.caseworker.phone ?? "", caseworkerEmail: input.caseworker.email ?? "",
        appointmentTitle: first?.title ?? "", appointmentStarts: first ? toLocalInput(first.starts) : "", appointmentPlace: first?.place ?? "",
      }));
      setLoadedPlan({ id: planId, language: input.language });
      setAccess(state);
      setLoadStatus(intl.text("letter.form.loaded"));
    } catch (error) {
      setLoadStatus(intl.text("letter.form.error.failed", { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  const letterStrings = strings[shownLanguage] ?? strings[props.defaults.language];
  const danish = strings.da;
  const alreadyActive = Boolean(access?.activated) && activation === null;
  const input: LetterInput = {
    refugeeName: fields.name.trim(),
    language: shownLanguage,
    municipality: fields.municipality,
    facts: {
      arrivalDate: fields.arrival, responsibilityDate: fields.responsibility,
      household: { adults: Number(fields.adults) || 0, children: Number(fields.children) || 0, unaccompanied_minor: fields.minor },
    },
    appointments: fields.appointmentTitle.trim() && fields.appointmentStarts
      ? [{ title: fields.appointmentTitle.trim(), starts: new Date(fields.appointmentStarts).toISOString(), place: fields.appointmentPlace.trim(), interpreter: false }]
      : [],
    caseworker: { name: fields.caseworkerName.trim(), phone: fields.caseworkerPhone.trim(), email: fields.caseworkerEmail.trim() },
    activation: alreadyActive ? null : activation,
    alreadyActive,
    signInUrl: typeof window === "undefined" ? undefined : signInUrl(window.location.origin, shownLanguage),
  };
  const datesValid = isDate(input.facts.arrivalDate) && isDate(input.facts.responsibilityDate);
  // While a date is half typed, the letter keeps showing the last complete one.
  const lastComplete = useRef(input);
  if (datesValid) lastComplete.current = input;
  const shown = lastComplete.current;

  const text = (name: string) => intl.text(`letter.form.${name}` as never);
  const input_ = (name: keyof Fields, attributes: Record<string, unknown> = {}) => (
    <input id={`letter-${name}`} name={name} value={fields[name] as string}
      onInput={(event) => set(name, (event.currentTarget as HTMLInputElement).value as never)} {...attributes} />
  );
  const labelled = (name: keyof Fields, control: preact.JSX.Element) => (
    <div class="field"><label for={`letter-${name}`}>{text(name)}</label>{control}</div>
  );

  return (
    <IntlContext.Provider value={intl}>
      <form id="letter-form" class="letter-form" hidden={!ready} onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>{text("plan")}</legend>
          <p class="hint" id="letter-plan-hint">{text("planHelp")}</p>
          {labelled("plan", input_("plan", { autocomplete: "off", spellcheck: false, "aria-describedby": "letter-plan-hint" }))}
          <button type="button" id="letter-load-plan" onClick={() => void loadPlan(fields.plan.trim())}>{text("loadPlan")}</button>
          <p id="letter-status" role="status">{loadStatus}</p>
          {loadedPlan && access && client ? (
            <AccessPanel client={client} planId={loadedPlan.id} language={loadedPlan.language} access={access}
              activation={activation} onIssued={(issued, recovered) => {
                setActivation(issued);
                if (recovered) setAccess({ ...access, activated: false, code_issued_at: issued.issuedAt, code_expires: issued.expires });
              }}
              onAlreadyActive={() => setAccess({ ...access, activated: true })} />
          ) : null}
        </fieldset>
        {labelled("name", input_("name", { autocomplete: "off", maxlength: 200 }))}
        {labelled("language", (
          <select id="letter-language" name="language" value={fields.language} onChange={(event) => set("language", event.currentTarget.value)}>
            {props.locales.map((locale) => <option key={locale.code} value={locale.code} lang={locale.code} dir={getLocale(locale.code).dir}>{locale.endonym}</option>)}
          </select>
        ))}
        {labelled("municipality", (
          <select id="letter-municipality" name="municipality" value={fields.municipality} onChange={(event) => set("municipality", event.currentTarget.value)}>
            {props.municipalities.map((municipality) => <option key={municipality.slug} value={municipality.slug}>{municipality.name}</option>)}
          </select>
        ))}
        {labelled("arrival", input_("arrival", { type: "date" }))}
        {labelled("responsibility", input_("responsibility", { type: "date" }))}
        {labelled("adults", input_("adults", { type: "number", min: 0, max: HOUSEHOLD_COUNT_MAX, inputmode: "numeric" }))}
        {labelled("children", input_("children", { type: "number", min: 0, max: HOUSEHOLD_COUNT_MAX, inputmode: "numeric" }))}
        <div class="field checkbox">
          <input type="checkbox" id="letter-minor" name="minor" checked={fields.minor} onChange={(event) => set("minor", event.currentTarget.checked)} />
          <label for="letter-minor">{text("minor")}</label>
        </div>
        {labelled("caseworkerName", input_("caseworkerName", { autocomplete: "off", maxlength: 200 }))}
        {labelled("caseworkerPhone", input_("caseworkerPhone", { type: "tel", autocomplete: "off", maxlength: 20, dir: "ltr" }))}
        {labelled("caseworkerEmail", input_("caseworkerEmail", { type: "email", autocomplete: "off", maxlength: 200, dir: "ltr" }))}
        {labelled("appointmentTitle", input_("appointmentTitle", { autocomplete: "off", maxlength: 200 }))}
        {labelled("appointmentStarts", input_("appointmentStarts", { type: "datetime-local" }))}
        {labelled("appointmentPlace", input_("appointmentPlace", { autocomplete: "off", maxlength: 300 }))}
        <button type="button" id="letter-print" class="button" onClick={() => window.print()}>{text("print")}</button>
      </form>
      <h2>{text("preview")}</h2>
      <section class="letter-print-area" aria-label={text("preview")}>
        <div id="letter-preview">
          {letterStrings && danish ? <Letter model={buildLetterModel(shown)} target={letterStrings} danish={danish} today={today} /> : null}
        </div>
      </section>
    </IntlContext.Provider>
  );
}

/** "2026-12-01 08:30:00.000Z" → the value of a datetime-local input, on this computer's clock. */
export function toLocalInput(value: string): string {
  const parsed = new Date(value.replace(" ", "T"));
  if (Number.isNaN(parsed.getTime())) return "";
  return new Date(parsed.getTime() - parsed.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}
