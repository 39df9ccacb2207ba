// The caseworker's sign-in: password, then (on a server with MFA, npm run serve) the code PocketBase e-mailed.
// Focus moves to the code field when that step appears and back to the heading when the person goes back;
// a wrong code focuses the error summary, whose link leads to the field. Never focus on <body>.
import { useState } from "preact/hooks";
import type { TypedPocketBase, UsersResponse } from "../../types/pocketbase-types.ts";
import { useIntl } from "../lib/intl-context.ts";
import { ErrorSummary, Field, errorFor, type FieldProblem } from "../lib/fields.tsx";
import { focusElement, useFocusWhen } from "../lib/focus.ts";
import { problemsFrom } from "./use-form-problems.ts";
import { requestCode, signInWithCode, signInWithPassword, type SignInStep } from "./staff-sign-in.ts";

type CodeStep = Extract<SignInStep, { name: "code" }>;

export function SignIn({ client, notice, announce, onSignedIn, onNotCaseworker, roles = ["caseworker"], heading }: {
  client: TypedPocketBase; notice?: string; announce: (message: string) => void; onSignedIn: () => void; onNotCaseworker: () => void;
  /** The roles this workspace is for (the editor's reuses this form for editors and translators); others are signed out again. */
  roles?: readonly string[];
  heading?: string;
}) {
  const intl = useIntl();
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [codeStep, setCodeStep] = useState<CodeStep | null>(null);
  const [startAgain, setStartAgain] = useState("");
  const noticeRef = useFocusWhen<HTMLParagraphElement>(startAgain || notice);
  const failed = (error: unknown, fields: string[]) =>
    setProblems(problemsFrom(error, "staff-sign-in", fields, (message) => intl.text("staff.error", { message })));

  function finish(record: UsersResponse) {
    if (!roles.includes(record.role)) {
      client.authStore.clear();
      onNotCaseworker();
      return;
    }
    announce("");
    onSignedIn();
  }

  function backToPassword(message: string) {
    setCodeStep(null);
    setProblems([]);
    setStartAgain(message);
    announce("");
    if (!message) requestAnimationFrame(() => focusElement(document.getElementById("staff-sign-in-heading")));
  }

  async function submitPassword(event: Event) {
    event.preventDefault();
    const fields = new FormData(event.currentTarget as HTMLFormElement);
    try {
      const step = await signInWithPassword(client, String(fields.get("email")), String(fields.get("password")));
      setProblems([]);
      if (step.name === "signed-in") finish(step.auth.record);
      else { setStartAgain(""); setCodeStep(step); }
    } catch (error) {
      failed(error, ["email", "password"]);
    }
  }

  async function submitCode(event: Event) {
    event.preventDefault();
    if (!codeStep) return;
    const code = String(new FormData(event.currentTarget as HTMLFormElement).get("code") ?? "");
    try {
      const result = await signInWithCode(client, codeStep, code);
      if ("auth" in result) finish(result.auth.record);
      else if (result.refused === "start-again") backToPassword(intl.text("staff.signIn.code.startAgain"));
      else setProblems([{ fieldId: "staff-sign-in-code", message: intl.text("staff.signIn.code.wrong") }]);
    } catch (error) {
      failed(error, ["code"]);
    }
  }

  async function sendNewCode() {
    if (!codeStep) return;
    try {
      const otpId = await requestCode(client, codeStep.email);
      setProblems([]);
      setCodeStep({ ...codeStep, otpId });
      announce(intl.text("staff.signIn.code.resent", { email: codeStep.email }));
    } catch (error) {
      failed(error, ["code"]);
    }
  }

  if (codeStep) return <CodeForm step={codeStep} problems={problems} onSubmit={submitCode} onResend={sendNewCode} onBack={() => backToPassword("")} />;
  return (
    <form id="staff-sign-in" class="stack" onSubmit={submitPassword} noValidate>
      <h2 id="staff-sign-in-heading" tabIndex={-1}>{heading ?? intl.text("staff.signIn.heading")}</h2>
      {startAgain || notice ? <p ref={noticeRef} class="notice">{startAgain || notice}</p> : null}
      <ErrorSummary id="staff-sign-in-errors" heading={intl.text("staff.error.heading")} problems={problems} />
      <Field id="staff-sign-in-email" label={intl.text("staff.signIn.email")} error={errorFor(problems, "staff-sign-in-email")}>
        {(links) => <input {...links} type="email" name="email" autocomplete="username" required dir="ltr" />}
      </Field>
      <Field id="staff-sign-in-password" label={intl.text("staff.signIn.password")} error={errorFor(problems, "staff-sign-in-password")}>
        {(links) => <input {...links} type="password" name="password" autocomplete="current-password" required />}
      </Field>
      <button type="submit" class="button">{intl.text("staff.signIn.submit")}</button>
    </form>
  );
}

function CodeForm({ step, problems, onSubmit, onResend, onBack }: {
  step: CodeStep; problems: FieldProblem[]; onSubmit: (event: Event) => void; onResend: () => void; onBack: () => void;
}) {
  const intl = useIntl();
  // A new otpId (the step appeared, or a new code was sent) puts focus in the field, ready for the code.
  const codeRef = useFocusWhen<HTMLInputElement>(step.otpId);
  return (
    <form id="staff-sign-in-code-form" class="stack" onSubmit={onSubmit} noValidate>
      <h2 id="staff-sign-in-heading" tabIndex={-1}>{intl.text("staff.signIn.code.heading")}</h2>
      <p id="staff-sign-in-code-sent">{intl.rich("staff.signIn.code.sent", { email: <bdi dir="ltr">{step.email}</bdi> })}</p>
      <ErrorSummary id="staff-sign-in-errors" heading={intl.text("staff.error.heading")} problems={problems} />
      <Field id="staff-sign-in-code" label={intl.text("staff.signIn.code.label")} hint={intl.text("staff.signIn.code.hint")}
        error={errorFor(problems, "staff-sign-in-code")}>
        {(links) => <input {...links} ref={codeRef} type="text" name="code" inputMode="numeric" autocomplete="one-time-code"
          pattern="[0-9 ]*" required dir="ltr" spellcheck={false} />}
      </Field>
      <button type="submit" class="button">{intl.text("staff.signIn.code.submit")}</button>
      <p class="inline-form">
        <button type="button" data-action="resend-code" onClick={onResend}>{intl.text("staff.signIn.code.resend")}</button>
        <button type="button" data-action="back-to-password" onClick={onBack}>{intl.text("staff.signIn.code.back")}</button>
      </p>
    </form>
  );
}
