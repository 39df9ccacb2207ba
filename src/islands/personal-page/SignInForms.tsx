// Signed out: sign in with e-mail and password, or activate with the letter's code (first time). Both offer
// "this is not my phone", which keeps the session only until the browser closes and no offline copy.
import { useState } from "preact/hooks";
import { PASSWORD_MAX_BYTES, PASSWORD_MIN_CHARACTERS, validateNewPassword } from "../../domain/activation.ts";
import { useIntl } from "../lib/intl-context.ts";
import { ErrorSummary, Field, errorFor, type FieldProblem } from "../lib/fields.tsx";
import { fieldProblems } from "../lib/api-errors.ts";
import { useFocusWhen } from "../lib/focus.ts";

/** A hint, not a rule wall: length is what matters most. */
export function strengthKey(password: string): "me.activate.strength.weak" | "me.activate.strength.ok" | "me.activate.strength.strong" {
  if (password.length < PASSWORD_MIN_CHARACTERS) return "me.activate.strength.weak";
  const variety = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/, /\s/].filter((pattern) => pattern.test(password)).length;
  return password.length >= 16 || (password.length >= 12 && variety >= 3) ? "me.activate.strength.strong" : "me.activate.strength.ok";
}

export const passwordArguments = (code: string): Record<string, number> | undefined =>
  code === "validation_password_too_short" ? { min: PASSWORD_MIN_CHARACTERS }
    : code === "validation_password_too_long" ? { max: PASSWORD_MAX_BYTES } : undefined;

function SharedPhoneChoice({ id, checked, onChange }: { id: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const intl = useIntl();
  return (
    <div class="field">
      <label class="checkbox" for={id}>
        <input id={id} type="checkbox" name="shared_phone" checked={checked} aria-describedby={`${id}-hint`}
          onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)} />
        {" "}{intl.text("me.signIn.notMyPhone")}
      </label>
      <p id={`${id}-hint`} class="muted">{intl.text("me.signIn.notMyPhoneHint")}</p>
    </div>
  );
}

export function SignInForms({ initialCode, reason, onActivate, onSignIn }: {
  initialCode: string;
  reason?: "signed-out" | "session-ended";
  onActivate: (code: string, password: string, sharedPhone: boolean) => Promise<void>;
  onSignIn: (email: string, password: string, sharedPhone: boolean) => Promise<void>;
}) {
  const intl = useIntl();
  const [code, setCode] = useState(initialCode);
  const [newPassword, setNewPassword] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [sharedPhone, setSharedPhone] = useState(false);
  const [activationProblems, setActivationProblems] = useState<FieldProblem[]>([]);
  const [signInProblems, setSignInProblems] = useState<FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const headingRef = useFocusWhen<HTMLHeadingElement>(reason);

  const activate = async (event: Event) => {
    event.preventDefault();
    const local = validateNewPassword(newPassword);
    if (local) return setActivationProblems([{ fieldId: "activate-password", message: intl.text("me.activate.hint", { min: PASSWORD_MIN_CHARACTERS }) }]);
    setBusy(true);
    try {
      await onActivate(code, newPassword, sharedPhone);
    } catch (error) {
      setActivationProblems(fieldProblems(error, intl, { inputIds: { code: "activate-code", password: "activate-password" }, generic: "me.error.generic", argumentsFor: passwordArguments }));
    } finally {
      setBusy(false);
    }
  };

  const signIn = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      await onSignIn(email, password, sharedPhone);
    } catch (error) {
      setSignInProblems(fieldProblems(error, intl, { inputIds: { identity: "sign-in-email", password: "sign-in-password" }, generic: "me.signIn.failed" }));
    } finally {
      setBusy(false);
    }
  };

  const activation = (
    <>
      <h2 ref={initialCode ? headingRef : undefined}>{intl.text("me.activate.heading")}</h2>
      <p>{intl.text("me.activate.intro")}</p>
      <form id="activate-form" class="stack" onSubmit={activate} noValidate>
        <ErrorSummary id="activate-errors" heading={intl.text("me.errors.heading")} problems={activationProblems} />
        <Field id="activate-code" label={intl.text("me.activate.code")} error={errorFor(activationProblems, "activate-code")}>
          {(links) => <input {...links} name="code" value={code} onInput={(event) => setCode((event.currentTarget as HTMLInputElement).value)}
            autocomplete="one-time-code" autocapitalize="characters" spellcheck={false} dir="ltr" required />}
        </Field>
        <Field id="activate-password" label={intl.text("me.activate.password")} error={errorFor(activationProblems, "activate-password")}
          hint={intl.text("me.activate.hint", { min: PASSWORD_MIN_CHARACTERS })}>
          {(links) => <input {...links} aria-describedby={[links["aria-describedby"], "activate-password-strength"].filter(Boolean).join(" ")}
            type="password" name="password" value={newPassword} onInput={(event) => setNewPassword((event.currentTarget as HTMLInputElement).value)}
            autocomplete="new-password" minLength={PASSWORD_MIN_CHARACTERS} required />}
        </Field>
        <p id="activate-password-strength" role="status">{newPassword ? intl.text(strengthKey(newPassword)) : ""}</p>
        <SharedPhoneChoice id="activate-shared-phone" checked={sharedPhone} onChange={setSharedPhone} />
        <button type="submit" class="button" disabled={busy}>{intl.text("me.activate.submit")}</button>
      </form>
      <p>{intl.text("me.activate.lost")}</p>
    </>
  );
  if (initialCode) return activation;

  return (
    <>
      {reason && <p class="notice">{intl.text(reason === "signed-out" ? "me.signedOut" : "me.sessionEnded")}</p>}
      <h2 ref={headingRef}>{intl.text("me.signIn.heading")}</h2>
      <form id="sign-in-form" class="stack" onSubmit={signIn} noValidate>
        <ErrorSummary id="sign-in-errors" heading={intl.text("me.errors.heading")} problems={signInProblems} />
        <Field id="sign-in-email" label={intl.text("me.signIn.email")} error={errorFor(signInProblems, "sign-in-email")}>
          {(links) => <input {...links} type="email" name="email" value={email} onInput={(event) => setEmail((event.currentTarget as HTMLInputElement).value)}
            autocomplete="username" dir="ltr" required />}
        </Field>
        <Field id="sign-in-password" label={intl.text("me.signIn.password")} error={errorFor(signInProblems, "sign-in-password")}>
          {(links) => <input {...links} type="password" name="password" value={password} onInput={(event) => setPassword((event.currentTarget as HTMLInputElement).value)}
            autocomplete="current-password" required />}
        </Field>
        <SharedPhoneChoice id="sign-in-shared-phone" checked={sharedPhone} onChange={setSharedPhone} />
        <button type="submit" class="button" disabled={busy}>{intl.text("me.signIn.submit")}</button>
      </form>
      <p>{intl.text("me.signIn.haveCode")}</p>
      {activation}
    </>
  );
}
