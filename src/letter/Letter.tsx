// The welcome letter as one Preact component: the refugee's language and Danish side by side, one row per
// section, so a Danish helper can follow. Rendered to static HTML in Node (preact-render-to-string, for
// `npm run letters` and the tests) and hydrated in the browser (the letter form's live preview).
// JSX escapes everything typed; names, numbers, dates, phones and codes sit in <bdi>, so right-to-left text
// cannot reorder them and a bidi override in a name stays inside the name. Messages are ICU (formatjs).
import type { ComponentChildren } from "preact";
import { getLocale } from "../i18n/locales.ts";
import { createIslandIntl, type IslandMessages, type MessageKey } from "../islands/lib/intl.ts";
import { formatWeeklyHours } from "../utils/format.ts";
import type { LetterModel } from "./model.ts";
import { QrCode } from "./QrCode.tsx";
import type { LetterStrings } from "./strings.ts";

// A name may be in any script, also on the Danish side: these self-hosted fonts cover Arabic and Ethiopic.
const ANY_SCRIPT_FONTS = "'Noto Naskh Arabic', 'Noto Sans Ethiopic', sans-serif";

type Values = Record<string, ComponentChildren>;

interface Side {
  lang: string;
  dir: "ltr" | "rtl";
  /** A message of this side's language; values may be elements (e.g. an isolated name). */
  t: (key: MessageKey, values?: Values) => ComponentChildren;
  date: (isoDate: string) => string;
  dateTime: (value: string) => string;
}

function side(lang: string, strings: LetterStrings["strings"]): Side {
  const intl = createIslandIntl(lang, strings as IslandMessages);
  return {
    lang,
    dir: getLocale(lang).dir,
    t: (key, values) => (intl.rich as (key: MessageKey, values?: Values) => ComponentChildren)(key, values),
    date: intl.date,
    dateTime: intl.dateTime,
  };
}

const Isolate = ({ children }: { children: ComponentChildren }) => <bdi>{children}</bdi>;
const IsolateLtr = ({ children }: { children: ComponentChildren }) => <bdi dir="ltr">{children}</bdi>;

function Row({ sides, className, children }: { sides: Side[]; className: string; children: (side: Side) => ComponentChildren }) {
  return (
    <section class={`letter-row ${className}`}>
      {sides.map((current) => (
        <div key={current.lang} class="letter-side" lang={current.lang} dir={current.dir}
          style={{ fontFamily: `${getLocale(current.lang).fontStack}, ${ANY_SCRIPT_FONTS}` }}>
          {children(current)}
        </div>
      ))}
    </section>
  );
}

export interface LetterProps {
  model: LetterModel;
  target: LetterStrings;
  danish: LetterStrings;
  /** The day the letter is printed, "YYYY-MM-DD". */
  today: string;
}

export function Letter({ model, target, danish, today }: LetterProps) {
  const targetLanguage = target.shownLanguage;
  const sides = targetLanguage === "da"
    ? [side("da", danish.strings)]
    : [side(targetLanguage, target.strings), side("da", danish.strings)];
  const municipality = model.municipalityData;
  const danishSide = sides[sides.length - 1] as Side;
  const date = (iso: string, s: Side) => <Isolate>{s.date(iso)}</Isolate>;
  const { activation, caseworker } = model;
  const signInUrl = model.signInUrl ?? `/${model.language}/me/`;

  return (
    <article class="letter" dir={getLocale(targetLanguage).dir} data-language={targetLanguage}>
      <header class="letter-head" lang="da" dir="ltr">
        <p class="letter-sender">{municipality.name}</p>
        <p class="letter-date">{date(today, danishSide)}</p>
      </header>

      <Row sides={sides} className="letter-welcome">{(s) => <>
        <h1>{s.t("letter.title", { municipality: <Isolate>{municipality.name}</Isolate> })}</h1>
        <p class="letter-greeting">{s.t("letter.greeting", { name: <Isolate>{model.refugeeName}</Isolate> })}</p>
        <p>{s.t("letter.intro")}</p>
      </>}</Row>

      {/* The personal page comes right after the welcome: it is what the refugee should act on first. */}
      <Row sides={sides} className="letter-personal">{(s) => <>
        <h2>{s.t("letter.personal.heading")}</h2>
        {model.alreadyActive ? (
          <p class="letter-already-active">{s.t("letter.personal.alreadyActive", { address: <IsolateLtr>{signInUrl}</IsolateLtr> })}</p>
        ) : activation ? <>
          <p>{s.t("letter.personal.text")}</p>
          <p class="letter-code">{s.t("letter.personal.code")}: <IsolateLtr>{activation.code}</IsolateLtr></p>
          <p>{s.t("letter.personal.expires", { date: date(activation.expires, s) })}</p>
        </> : <p>{s.t("letter.personal.none")}</p>}
      </>}</Row>
      {activation && !model.alreadyActive ? (
        <div class="letter-qr" dir="ltr">
          <div class="letter-qr-image"><QrCode text={activation.url} label="QR" /></div>
          <p class="letter-url"><IsolateLtr>{activation.url}</IsolateLtr></p>
        </div>
      ) : null}

      <Row sides={sides} className="letter-dates">{(s) => <>
        <h2>{s.t("letter.dates.heading")}</h2>
        <dl>
          <dt>{s.t("letter.dates.arrival")}</dt><dd>{date(model.facts.arrivalDate, s)}</dd>
          <dt>{s.t("letter.dates.responsibility")}</dt><dd>{date(model.facts.responsibilityDate, s)}</dd>
        </dl>
      </>}</Row>

      <Row sides={sides} className="letter-milestones">{(s) => <>
        <h2>{s.t("letter.milestones.heading")}</h2>
        <ul>
          {model.milestones.map((milestone) => (
            <li key={milestone.kind} data-kind={milestone.kind} data-due={milestone.due ?? undefined}>
              <span class="letter-what">{s.t(`milestone.${milestone.kind}` as MessageKey)}</span>{" "}
              <span class="letter-when">{milestone.due ? s.t("milestone.byDate", { date: date(milestone.due, s) }) : s.t("milestone.soon")}</span>
            </li>
          ))}
        </ul>
      </>}</Row>

      <Row sides={sides} className="letter-appointments">{(s) => <>
        <h2>{s.t("letter.appointments.heading")}</h2>
        {model.appointments.length === 0 ? <p>{s.t("letter.appointments.none")}</p> : (
          <ul>
            {model.appointments.map((appointment, index) => (
              <li key={index}>
                <span class="letter-what"><Isolate>{appointment.title}</Isolate></span>{" "}
                <span class="letter-when"><Isolate>{s.dateTime(appointment.starts)}</Isolate></span>
                {appointment.place ? <><br /><Isolate>{appointment.place}</Isolate></> : null}
                {appointment.interpreter ? <><br />{s.t("letter.appointments.interpreter")}</> : null}
              </li>
            ))}
          </ul>
        )}
      </>}</Row>

      <Row sides={sides} className="letter-caseworker">{(s) => <>
        <h2>{s.t("letter.caseworker.heading")}</h2>
        <p>
          <Isolate>{caseworker.name}</Isolate>
          {caseworker.phone ? <><br />{s.t("letter.phone")}: <IsolateLtr>{caseworker.phone}</IsolateLtr></> : null}
          {caseworker.email ? <><br />{s.t("letter.email")}: <IsolateLtr>{caseworker.email}</IsolateLtr></> : null}
        </p>
      </>}</Row>

      {model.helpContacts.length === 0 ? null : (
        <Row sides={sides} className="letter-help">{(s) => <>
          <h2>{s.t("letter.help.heading")}</h2>
          <ul>
            {model.helpContacts.map((contact) => (
              <li key={contact.name}>
                <span class="letter-what"><Isolate>{contact.name}</Isolate></span>
                {contact.phone ? <><br />{s.t("letter.phone")}: <IsolateLtr>{contact.phone}</IsolateLtr></> : null}
                {contact.address ? <><br /><Isolate>{`${contact.address.street}, ${contact.address.postalCode} ${contact.address.city}`}</Isolate></> : null}
                {contact.openingHours ? <><br />{s.t("letter.help.open")}: {formatWeeklyHours(contact.openingHours, s.lang)
                  .map((line, index) => <>{index > 0 ? ", " : null}<Isolate>{line}</Isolate></>)}</> : null}
              </li>
            ))}
          </ul>
        </>}</Row>
      )}

      <Row sides={sides} className="letter-closing">{(s) => <>
        <p>{s.t("letter.closing")}</p>
        <p class="letter-signature">
          {municipality.mayor.name ? <><Isolate>{municipality.mayor.name}</Isolate><br /></> : null}
          {s.t("letter.mayor")}, <Isolate>{municipality.name}</Isolate>
        </p>
      </>}</Row>

      {target.machineMade && sides.length > 1 ? (
        <footer class="letter-notice">
          <Row sides={sides} className="letter-notice-row">{(s) => (
            <p>{s.t("letter.machineNotice", { language: <Isolate>{getLocale(targetLanguage).endonym}</Isolate> })}</p>
          )}</Row>
        </footer>
      ) : null}
    </article>
  );
}
