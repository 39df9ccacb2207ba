// A new plan: the refugee's account (no password they know; they set one with the letter's code) and the plan,
// made together by POST /api/velkommen/plans. The server generates the milestones from the deadline rules.
import { useState } from "preact/hooks";
import { HOUSEHOLD_COUNT_MAX } from "../../domain/household.ts";
import { DEFAULT_RESIDENCE_BASIS, RESIDENCE_BASES } from "../../domain/rules.ts";
import type { MessageKey } from "../../i18n/message-keys.generated.ts";
import type { TypedPocketBase } from "../../types/pocketbase-types.ts";
import { ErrorSummary, Field, errorFor, type FieldProblem } from "../lib/fields.tsx";
import { useIntl } from "../lib/intl-context.ts";
import type { StaffAppProps } from "./StaffApp.tsx";
import { problemsFrom } from "./use-form-problems.ts";

const FIELDS = ["name", "email", "language", "basis", "arrival_date", "responsibility_date", "household"] as const;

export function CreatePlanForm({ client, locales, today, onCreated }: {
  client: TypedPocketBase; locales: StaffAppProps["locales"]; today: string; onCreated: (planId: string) => void;
}) {
  const intl = useIntl();
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const id = (field: string) => `create-plan-${field}`;
  const error = (field: string) => errorFor(problems, id(field));

  async function submit(event: Event) {
    event.preventDefault();
    const fields = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    try {
      const created = await client.send<{ plan: string }>("/api/velkommen/plans", {
        method: "POST",
        body: {
          name: String(fields.get("name")), email: String(fields.get("email")), language: String(fields.get("language")),
          basis: String(fields.get("basis")),
          arrival_date: String(fields.get("arrival_date")), responsibility_date: String(fields.get("responsibility_date")),
          household: { adults: Number(fields.get("adults")), children: Number(fields.get("children")), unaccompanied_minor: fields.get("minor") === "on" },
        },
      });
      setProblems([]);
      onCreated(created.plan);
    } catch (caught) {
      // "household" problems belong to the adults field, the first of the household's inputs.
      setProblems(problemsFrom(caught, "create-plan", FIELDS, (message) => intl.text("staff.error", { message }))
        .map((problem) => problem.fieldId === id("household") ? { ...problem, fieldId: id("adults") } : problem));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="create-plan-heading">
      <h2 id="create-plan-heading">{intl.text("staff.create.heading")}</h2>
      <form id="create-plan" class="stack" onSubmit={submit} noValidate>
        <ErrorSummary id="create-plan-errors" heading={intl.text("staff.error.heading")} problems={problems} />
        <Field id={id("name")} label={intl.text("staff.create.name")} error={error("name")}>
          {(links) => <input {...links} name="name" required maxLength={200} autocomplete="off" />}
        </Field>
        <Field id={id("email")} label={intl.text("staff.create.email")} error={error("email")}>
          {(links) => <input {...links} type="email" name="email" required autocomplete="off" dir="ltr" />}
        </Field>
        <Field id={id("language")} label={intl.text("staff.create.language")} error={error("language")}>
          {(links) => <select {...links} name="language">
            {locales.map((locale) => <option key={locale.code} value={locale.code} lang={locale.code} selected={locale.code === "ar"}>{locale.endonym}</option>)}
          </select>}
        </Field>
        <Field id={id("basis")} label={intl.text("staff.create.basis")} error={error("basis")}>
          {(links) => <select {...links} name="basis">
            {RESIDENCE_BASES.map((basis) => <option key={basis} value={basis} selected={basis === DEFAULT_RESIDENCE_BASIS}>{intl.text(`staff.basis.${basis}` as MessageKey as "staff.basis.refugee")}</option>)}
          </select>}
        </Field>
        <Field id={id("arrival_date")} label={intl.text("staff.create.arrival")} error={error("arrival_date")}>
          {(links) => <input {...links} type="date" name="arrival_date" required value={today} />}
        </Field>
        <Field id={id("responsibility_date")} label={intl.text("staff.create.responsibility")} error={error("responsibility_date")}>
          {(links) => <input {...links} type="date" name="responsibility_date" required value={today} />}
        </Field>
        <p id="create-plan-household-hint" class="muted">{intl.text("staff.create.householdHint", { max: HOUSEHOLD_COUNT_MAX })}</p>
        <Field id={id("adults")} label={intl.text("staff.create.adults")} error={error("adults")}>
          {(links) => <input {...links} aria-describedby={[links["aria-describedby"], "create-plan-household-hint"].filter(Boolean).join(" ")}
            type="number" name="adults" min={0} max={HOUSEHOLD_COUNT_MAX} value="1" required />}
        </Field>
        <Field id={id("children")} label={intl.text("staff.create.children")}>
          {(links) => <input {...links} aria-describedby="create-plan-household-hint" type="number" name="children" min={0} max={HOUSEHOLD_COUNT_MAX} value="0" required />}
        </Field>
        <label class="checkbox"><input type="checkbox" name="minor" /> {intl.text("staff.create.minor")}</label>
        <button type="submit" class="button" disabled={busy}>{intl.text("staff.create.submit")}</button>
      </form>
    </section>
  );
}
