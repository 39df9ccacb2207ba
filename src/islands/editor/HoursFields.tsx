// Opening or phone hours: rows of days (checkboxes) with opens/closes times; rows can be added and removed.
// No rows is null, as in the files. Removing a row moves focus to the add button, never to <body>.
import type { Weekday, WeeklyHours } from "../../content/municipalities/index.ts";
import { errorFor, type FieldProblem } from "../lib/fields.tsx";
import { focusElement } from "../lib/focus.ts";
import { useIntl } from "../lib/intl-context.ts";

const WEEKDAYS: Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

export function HoursFields({ legend, prefix, hours, problems, onChange }: {
  legend: string; prefix: string; hours: WeeklyHours | null; problems: FieldProblem[]; onChange: (hours: WeeklyHours | null) => void;
}) {
  const intl = useIntl();
  const rows = hours ?? [];
  const setRow = (index: number, row: WeeklyHours[number]) => onChange(rows.map((current, at) => (at === index ? row : current)));
  const remove = (index: number) => {
    const next = rows.filter((_, at) => at !== index);
    onChange(next.length === 0 ? null : next);
    requestAnimationFrame(() => focusElement(document.getElementById(`${prefix}-add`)));
  };
  const add = () => {
    onChange([...rows, { days: ["mon", "tue", "wed", "thu", "fri"], opens: "09:00", closes: "15:00" }]);
    requestAnimationFrame(() => focusElement(document.getElementById(`${prefix}-${rows.length}-opens`)));
  };
  const wholeError = errorFor(problems, prefix);
  return (
    <fieldset class="editor-hours" id={prefix} aria-describedby={wholeError ? `${prefix}-error` : undefined}>
      <legend>{legend}</legend>
      {wholeError ? <p id={`${prefix}-error`} class="field-error">{wholeError}</p> : null}
      {rows.length === 0 ? <p class="muted">{intl.text("editor.hub.noRows")}</p> : null}
      {rows.map((row, index) => {
        const rowId = `${prefix}-${index}`;
        const rowError = [errorFor(problems, rowId), errorFor(problems, `${rowId}-days`)].filter(Boolean).join(" ");
        return (
          <fieldset key={index} id={rowId} class="editor-hours-row" aria-describedby={rowError ? `${rowId}-error` : undefined}>
            <legend>{intl.text("editor.hub.row", { number: index + 1 })}</legend>
            {rowError ? <p id={`${rowId}-error`} class="field-error">{rowError}</p> : null}
            <div class="editor-days" role="group" aria-label={intl.text("editor.hub.days")}>
              {WEEKDAYS.map((day) => (
                <label key={day} class="checkbox">
                  <input type="checkbox" id={`${rowId}-days-${day}`} checked={row.days.includes(day)}
                    onChange={(event) => setRow(index, { ...row, days: event.currentTarget.checked ? WEEKDAYS.filter((candidate) => candidate === day || row.days.includes(candidate)) : row.days.filter((candidate) => candidate !== day) })} />
                  {intl.textFor(`editor.hub.day.${day}`)}
                </label>
              ))}
            </div>
            {(["opens", "closes"] as const).map((part) => {
              const id = `${rowId}-${part}`;
              const error = errorFor(problems, id);
              return (
                <div class="field" key={part}>
                  <label for={id}>{intl.text(part === "opens" ? "editor.hub.opens" : "editor.hub.closes")}</label>
                  <input id={id} type="time" dir="ltr" value={row[part]} aria-invalid={error ? "true" : undefined} aria-describedby={error ? `${id}-error` : undefined}
                    onInput={(event) => setRow(index, { ...row, [part]: event.currentTarget.value })} />
                  {error ? <p id={`${id}-error`} class="field-error">{error}</p> : null}
                </div>
              );
            })}
            <button type="button" data-action="remove-hours" onClick={() => remove(index)}>{intl.text("editor.hub.removeRow", { number: index + 1 })}</button>
          </fieldset>
        );
      })}
      <button type="button" id={`${prefix}-add`} data-action="add-hours" onClick={add}>{intl.text("editor.hub.addRow")}</button>
    </fieldset>
  );
}
