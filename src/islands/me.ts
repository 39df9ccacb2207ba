// /<lang>/me/: the refugee's personal page. Activation with the letter's code, sign-in, the plan (timeline,
// appointments, contacts), sharing with a volunteer and "my data". The server decides everything; this only
// shows what the API returns. The last loaded plan stays readable offline.
import { createClient } from "../utils/pocketbase-client.ts";
import { t } from "./lib/strings.ts";
import { apiProblems } from "./lib/api-errors.ts";
import { danishToday } from "./lib/format.ts";
import { cachedPlanBundle, forgetEverything, loadPlanBundle, type PlanBundle } from "./me/data-access.ts";
import { appointmentsHtml, contactsHtml, lastUpdatedHtml, timelineHtml } from "./me/plan-view.ts";
import { shareChoice, shareHtml, shareResultHtml } from "./me/share.ts";
import { download, myDataHtml } from "./me/my-data.ts";
import { activationHtml, signInHtml, strengthKey } from "./me/sign-in.ts";

const root = document.getElementById("me-app");
const client = createClient();
const today = danishToday();

/** The server's messages per field, or a translated "something went wrong". */
function errorMessage(error: unknown): string {
  const { fields } = apiProblems(error);
  return fields.length > 0 ? fields.map((problem) => problem.message).join(" ") : t("me.error.generic");
}

function showPlan(bundle: PlanBundle, offline: boolean) {
  if (!root) return;
  root.innerHTML = lastUpdatedHtml(bundle, offline) + timelineHtml(bundle, today) + appointmentsHtml(bundle) +
    contactsHtml(bundle) + (offline ? "" : shareHtml(bundle, today) + myDataHtml()) +
    `<p><button type="button" data-action="sign-out">${t("me.signOut")}</button></p>`;
  const shareForm = document.getElementById("share-form") as HTMLFormElement | null;
  const consent = document.getElementById("share-consent");
  const updateConsent = () => { if (shareForm && consent) consent.innerHTML = shareChoice(shareForm, today).consentHtml; };
  shareForm?.addEventListener("input", updateConsent);
  updateConsent();
}

async function refresh() {
  if (!root) return;
  try {
    const bundle = await loadPlanBundle(client);
    if (bundle) showPlan(bundle, false);
    else root.innerHTML = `<p>${t("me.error.generic")}</p>`;
  } catch (error) {
    const cached = cachedPlanBundle();
    if ((error as { status?: number }).status === 401 || (error as { status?: number }).status === 403) {
      forgetEverything(client);
      showSignIn();
    } else if (cached) {
      showPlan(cached, true);
    } else {
      root.innerHTML = `<p role="alert">${t("me.error.generic")}</p>`;
    }
  }
}

function showSignIn(code = "") {
  if (!root) return;
  root.innerHTML = code ? activationHtml(code) : signInHtml();
}

async function onSubmit(event: SubmitEvent) {
  const form = event.target as HTMLFormElement;
  event.preventDefault();
  const error = form.querySelector(".form-error");
  const fields = Object.fromEntries(new FormData(form)) as Record<string, string>;
  try {
    if (form.id === "activate-form") {
      const answer = await client.send<{ token: string; record: Parameters<typeof client.authStore.save>[1] }>("/api/velkommen/activate", {
        method: "POST", body: { code: fields.code, password: fields.password },
      });
      client.authStore.save(answer.token, answer.record);
      history.replaceState(null, "", window.location.pathname); // the code leaves the address bar
      await refresh();
    } else if (form.id === "sign-in-form") {
      await client.collection("users").authWithPassword(fields.email ?? "", fields.password ?? "");
      await refresh();
    } else if (form.id === "share-form") {
      const choice = shareChoice(form, today);
      const made = await client.send<{ token: string }>("/api/velkommen/shares", { method: "POST", body: { scope: choice.scope, expires: choice.expires } });
      const resultHtml = await shareResultHtml(made.token);
      await refresh();
      const result = document.getElementById("share-result");
      if (result) result.innerHTML = resultHtml;
    } else if (form.id === "delete-form") {
      await client.send("/api/velkommen/me", { method: "DELETE" });
      forgetEverything(client);
      if (root) root.innerHTML = `<p role="status">${t("me.data.deleted")}</p>`;
    }
  } catch (caught) {
    if (error) error.textContent = errorMessage(caught);
    else alert(errorMessage(caught));
  }
}

async function onClick(event: MouseEvent) {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>("button[data-action]");
  if (!button) return;
  const { action, id, status } = button.dataset;
  try {
    if (action === "toggle-milestone" && id) {
      await client.collection("milestones").update(id, { status: status === "done" ? "open" : "done" });
      await refresh();
    } else if (action === "revoke-share" && id) {
      await client.collection("shares").update(id, { revoked: true });
      await refresh();
    } else if (action === "calendar") {
      const bundle = cachedPlanBundle();
      const response = await fetch(`/api/velkommen/plans/${encodeURIComponent(bundle?.plan.id ?? "")}/calendar.ics`, { headers: { authorization: client.authStore.token } });
      if (!response.ok) throw new Error(String(response.status));
      download(await response.blob(), "velkommen.ics");
    } else if (action === "export") {
      const response = await fetch("/api/velkommen/me/export", { headers: { authorization: client.authStore.token } });
      if (!response.ok) throw new Error(String(response.status));
      download(await response.blob(), "velkommen-my-data.json");
    } else if (action === "sign-out") {
      forgetEverything(client);
      showSignIn();
    }
  } catch (caught) {
    alert(errorMessage(caught));
  }
}

if (root) {
  root.addEventListener("submit", (event) => void onSubmit(event));
  root.addEventListener("click", (event) => void onClick(event));
  root.addEventListener("input", (event) => {
    const input = event.target as HTMLInputElement;
    const strength = document.getElementById("password-strength");
    if (input.name === "password" && input.form?.id === "activate-form" && strength) strength.textContent = t(strengthKey(input.value));
  });
  const code = new URLSearchParams(window.location.hash.slice(1)).get("code") ?? "";
  if (code) showSignIn(code);
  else if (client.authStore.isValid) void refresh();
  else if (cachedPlanBundle() && !navigator.onLine) showPlan(cachedPlanBundle() as PlanBundle, true);
  else showSignIn();
}
