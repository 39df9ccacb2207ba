// "My data": download everything (GDPR art. 15/20) and delete the account (art. 17), with a clear confirmation.
import { useState } from "preact/hooks";
import { useIntl } from "../lib/intl-context.ts";
import { ErrorSummary, type FieldProblem } from "../lib/fields.tsx";
import { fieldProblems } from "../lib/api-errors.ts";
import type { PersonalPageState } from "./use-personal-page.ts";
import { downloadFile } from "./PlanView.tsx";

export function MyData({ page }: { page: Pick<PersonalPageState, "client" | "erase"> }) {
  const intl = useIntl();
  const [exportProblem, setExportProblem] = useState("");
  const [eraseProblems, setEraseProblems] = useState<FieldProblem[]>([]);
  const [confirmed, setConfirmed] = useState(false);

  const download = async () => {
    try {
      await downloadFile(page.client(), "/api/velkommen/me/export", "velkommen-my-data.json");
      setExportProblem("");
    } catch (error) {
      setExportProblem(fieldProblems(error, intl, { inputIds: {}, generic: "me.error.generic" })[0]?.message ?? "");
    }
  };

  const erase = async (event: Event) => {
    event.preventDefault();
    if (!confirmed) return setEraseProblems([{ fieldId: "erase-confirm", message: intl.text("me.data.confirmMissing") }]);
    try {
      await page.erase();
    } catch (error) {
      setEraseProblems(fieldProblems(error, intl, { inputIds: {}, generic: "me.error.generic" }));
    }
  };

  return (
    <>
      <h2>{intl.text("me.data.heading")}</h2>
      <p>{intl.text("me.data.intro")}</p>
      <p>
        <button type="button" class="button" data-action="export" aria-describedby={exportProblem ? "export-error" : undefined} onClick={() => void download()}>
          {intl.text("me.data.export")}
        </button>
      </p>
      {exportProblem && <p id="export-error" class="field-error">{exportProblem}</p>}
      <details>
        <summary>{intl.text("me.data.delete")}</summary>
        <form id="delete-form" class="stack" onSubmit={erase} noValidate>
          <ErrorSummary id="erase-errors" heading={intl.text("me.errors.heading")} problems={eraseProblems} />
          <label class="checkbox" for="erase-confirm">
            <input id="erase-confirm" type="checkbox" name="confirm" required checked={confirmed}
              aria-invalid={eraseProblems.some((problem) => problem.fieldId === "erase-confirm") ? "true" : undefined}
              onChange={(event) => setConfirmed((event.currentTarget as HTMLInputElement).checked)} />
            {" "}{intl.text("me.data.confirm")}
          </label>
          <button type="submit">{intl.text("me.data.deleteNow")}</button>
        </form>
      </details>
    </>
  );
}
