// Browser side of the island component tests: renders one island component with real props inside the
// island's IntlContext, so each state can be looked at in the real Chromium without a server.
import { h, render, type ComponentType } from "preact";
import { createIslandIntl, type IslandMessages } from "../../src/islands/lib/intl.ts";
import { IntlContext } from "../../src/islands/lib/intl-context.ts";
import { SignInForms } from "../../src/islands/personal-page/SignInForms.tsx";
import { PlanView } from "../../src/islands/personal-page/PlanView.tsx";
import { AccessResetNotice } from "../../src/islands/personal-page/AccessResetNotice.tsx";
import { VolunteerBody } from "../../src/islands/volunteer-view/VolunteerView.tsx";
import { QrCode } from "../../src/islands/personal-page/QrCode.tsx";

const components: Record<string, ComponentType<any>> = { SignInForms, PlanView, AccessResetNotice, VolunteerBody, QrCode };

/** Stands in for the page hook in view-only states; any call to the server is a test failure. */
const noServer = () => { throw new Error("this state must not call the server"); };
const viewOnlyPage = { client: noServer, refresh: noServer, signOut: noServer, erase: noServer, person: { id: "u1", name: "أمل <b>حسن</b>", accessResetAt: null } };

Object.assign(window, {
  mountIsland(name: string, locale: string, messages: IslandMessages, props: Record<string, unknown>) {
    const root = document.getElementById("root")!;
    document.documentElement.lang = locale;
    const intl = createIslandIntl(locale, messages);
    const extra = name === "PlanView" ? { page: viewOnlyPage, announce: () => undefined } : name === "SignInForms" ? { onActivate: noServer, onSignIn: noServer } : {};
    render(h(IntlContext.Provider, { value: intl }, h(components[name]!, { ...extra, ...props })), root);
  },
});
