// /<lang>/me/: the refugee's personal page as one Preact island. The page (.astro) renders the heading and
// the no-JS notice; this renders the signed-out forms, the plan, sharing and "my data". Only the status
// line is a live region; after an action focus stays on the control or moves to what the action produced.
import { useMemo, useState } from "preact/hooks";
import { createIslandIntl, type IslandMessages } from "../lib/intl.ts";
import { IntlContext, useIntl } from "../lib/intl-context.ts";
import { StatusMessage } from "../lib/status.tsx";
import { useFocusWhen } from "../lib/focus.ts";
import { usePersonalPage } from "./use-personal-page.ts";
import { SignInForms } from "./SignInForms.tsx";
import { PlanView } from "./PlanView.tsx";

export interface PersonalPageProps {
  locale: string;
  messages: IslandMessages;
}

export function PersonalPage({ locale, messages }: PersonalPageProps) {
  const intl = useMemo(() => createIslandIntl(locale, messages), [locale, messages]);
  return <IntlContext.Provider value={intl}><PersonalPageBody /></IntlContext.Provider>;
}

function PersonalPageBody() {
  const intl = useIntl();
  const page = usePersonalPage();
  const [status, setStatus] = useState("");
  const { view } = page;
  const erasedRef = useFocusWhen<HTMLParagraphElement>(view.name === "erased");
  const failedRef = useFocusWhen<HTMLParagraphElement>(view.name === "failed");

  return (
    <>
      <StatusMessage id="me-status">{status}</StatusMessage>
      {view.name === "loading" && <p class="muted">{intl.text("me.loading")}</p>}
      {view.name === "signed-out" && (
        <SignInForms initialCode={view.code} reason={view.reason} onActivate={page.activate} onSignIn={page.signIn} />
      )}
      {view.name === "plan" && (
        <PlanView page={page} bundle={view.bundle} offline={view.offline} focus={view.focus} announce={setStatus} />
      )}
      {view.name === "no-plan" && <p>{intl.text("me.error.generic")}</p>}
      {view.name === "failed" && <p ref={failedRef} class="notice">{intl.text("me.error.generic")}</p>}
      {view.name === "erased" && <p ref={erasedRef} class="notice">{intl.text("me.data.deleted")}</p>}
    </>
  );
}
