// The refugee's access, for a loaded plan: when the current code was issued, an explicit and confirmed
// "issue new code", or for an account already in use "already has access" and (only for the plan's own
// caseworker) "Recover access" with a required reason. Focus moves to what each step produced.
import type PocketBase from "pocketbase";
import { useState } from "preact/hooks";
import { issueActivation, recoverAccess, type IssuedCode, type PlanAccess } from "../../letter/from-plan.ts";
import { apiProblems } from "../lib/api-errors.ts";
import { ErrorSummary, Field, errorFor, type FieldProblem } from "../lib/fields.tsx";
import { useFocusWhen, useKeepFocus } from "../lib/focus.ts";
import { useIntl } from "../lib/intl-context.ts";
import { RECOVERY_REASON_MAX_CHARACTERS, RECOVERY_REASON_MIN_CHARACTERS, recoveryReasonLengthOk } from "./recovery-reason.ts";

interface Props {
  client: PocketBase;
  planId: string;
  language: string;
  access: PlanAccess;
  activation: IssuedCode | null;
  onIssued: (issued: IssuedCode, recovered: boolean) => void;
  onAlreadyActive: () => void;
}

type Step = "idle" | "confirm" | "recover" | "busy";

export function AccessPanel({ client, planId, access, activation, onIssued, onAlreadyActive }: Props) {
  const intl = useIntl();
  const [step, setStep] = useState<Step>("idle");
  const [reason, setReason] = useState("");
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [result, setResult] = useState("");
  const resultRef = useFocusWhen<HTMLParagraphElement>(result);
  // The question and the reason field take focus when they appear; Cancel gives it back to the button.
  const confirmRef = useFocusWhen<HTMLParagraphElement>(step === "confirm");
  const reasonRef = useFocusWhen<HTMLTextAreaElement>(step === "recover");
  const keepFocus = useKeepFocus();
  const limits = { min: RECOVERY_REASON_MIN_CHARACTERS, max: RECOVERY_REASON_MAX_CHARACTERS };
  const issuedDate = activation?.issuedAt || access.code_issued_at;

  const failed = (error: unknown) => {
    const { message, fields } = apiProblems(error);
    const code = (error as { response?: { code?: string } }).response?.code;
    if (code === "already_active") {
      onAlreadyActive();
      setStep("idle");
      return;
    }
    setProblems(fields.length > 0
      ? fields.map((field) => ({ fieldId: field.field === "reason" ? "letter-recover-reason" : null, message: field.message }))
      : [{ fieldId: null, message: intl.text("letter.form.error.failed", { message: message ?? String(error) }) }]);
    setStep(step === "busy" ? "idle" : step);
  };

  async function issue() {
    setStep("busy");
    setProblems([]);
    try {
      onIssued(await issueActivation(client, planId, window.location.origin), false);
      setStep("idle");
      setResult(intl.text("letter.form.access.issued"));
    } catch (error) {
      failed(error);
    }
  }

  async function recover(event: Event) {
    event.preventDefault();
    if (!recoveryReasonLengthOk(reason)) {
      setProblems([{ fieldId: "letter-recover-reason", message: intl.text("letter.form.error.reasonLength", limits) }]);
      return;
    }
    setProblems([]);
    try {
      onIssued(await recoverAccess(client, planId, reason.trim(), window.location.origin), true);
      setStep("idle");
      setReason("");
      setResult(intl.text("letter.form.access.recovered"));
    } catch (error) {
      failed(error);
    }
  }

  const openStep = (next: Step) => {
    setStep(next);
    setResult("");
  };
  const cancel = (buttonId: string) => {
    keepFocus(buttonId);
    setStep("idle");
    setProblems([]);
  };

  return (
    <div class="card stack" id="letter-access">
      <h3>{intl.text("letter.form.access.heading")}</h3>
      <ErrorSummary id="letter-access-errors" heading={intl.text("letter.form.error.heading")} problems={problems} />
      {access.activated && !activation ? <>
        <p>{intl.text("letter.form.access.alreadyActive", { date: access.activated_at ? intl.date(access.activated_at) : "" })}</p>
        {access.access_reset_at ? <p>{intl.text("letter.form.access.resetAt", { date: intl.date(access.access_reset_at) })}</p> : null}
        {access.assigned_to_me ? (step === "recover" ? (
          <form class="stack" onSubmit={recover} noValidate>
            <p id="letter-recover-help">{intl.text("letter.form.access.recoverHelp")}</p>
            <Field id="letter-recover-reason" label={intl.text("letter.form.access.reason", limits)} error={errorFor(problems, "letter-recover-reason")}>
              {(links) => <textarea ref={reasonRef} {...links} name="reason" required minLength={limits.min} maxLength={limits.max}
                value={reason} onInput={(event) => setReason(event.currentTarget.value)} />}
            </Field>
            <div class="actions">
              <button type="submit" class="button">{intl.text("letter.form.access.recoverSubmit")}</button>
              <button type="button" onClick={() => cancel("letter-recover")}>
                {intl.text("letter.form.access.cancel")}
              </button>
            </div>
          </form>
        ) : (
          <button type="button" id="letter-recover" onClick={() => openStep("recover")}>{intl.text("letter.form.access.recover")}</button>
        )) : <p>{intl.text("letter.form.access.notAssigned")}</p>}
      </> : <>
        <p>{issuedDate
          ? intl.text("letter.form.access.codeIssued", { issued: intl.date(issuedDate), expires: intl.date(activation?.expires ?? access.code_expires ?? "") })
          : intl.text("letter.form.access.noCode")}</p>
        {step === "confirm" || step === "busy" ? <>
          <p ref={confirmRef} id="letter-confirm-question">{intl.text("letter.form.access.confirmQuestion", { date: issuedDate ? intl.date(issuedDate) : "" })}</p>
          <div class="actions">
            <button type="button" id="letter-confirm-issue" class="button" disabled={step === "busy"} onClick={() => void issue()}>{intl.text("letter.form.access.confirm")}</button>
            <button type="button" onClick={() => cancel("letter-issue")}>{intl.text("letter.form.access.cancel")}</button>
          </div>
        </> : (
          <button type="button" id="letter-issue" onClick={() => (issuedDate ? openStep("confirm") : void issue())}>
            {issuedDate ? intl.text("letter.form.access.issueNew", { date: intl.date(issuedDate) }) : intl.text("letter.form.access.issueFirst")}
          </button>
        )}
      </>}
      <p ref={resultRef} class="notice" hidden={!result}>{result}</p>
    </div>
  );
}
