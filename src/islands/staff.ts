// /da/staff/ and /en/staff/: the caseworker's workspace. The server limits everything to the caseworker's own
// municipality; this island only lists, filters and edits what the API returns.
import { createClient } from "../utils/pocketbase-client.ts";
import { t } from "./lib/strings.ts";
import { apiProblems } from "./lib/api-errors.ts";
import { danishToday } from "./lib/format.ts";
import { filterRows, filtersHtml, loadPlanRows, rowsHtml, type PlanRow } from "./staff/plans-list.ts";
import { createPlan, createPlanHtml } from "./staff/create-plan.ts";
import { planDetailHtml, savePlanForm } from "./staff/plan-detail.ts";

const root = document.getElementById("staff-app");
const client = createClient();
const today = danishToday();
let rows: PlanRow[] = [];

/** Caseworkers see which field the server refused. */
function errorText(error: unknown): string {
  const { message, fields } = apiProblems(error);
  return t("staff.error", { message: fields.length > 0 ? fields.map((problem) => `${problem.field}: ${problem.message}`).join("; ") : message ?? String(error) });
}

function signInHtml(message = ""): string {
  return `<h2>${t("staff.signIn.heading")}</h2><form id="staff-sign-in" class="stack">` +
    `<label>${t("staff.signIn.email")} <input type="email" name="email" autocomplete="username" required dir="ltr"></label>` +
    `<label>${t("staff.signIn.password")} <input type="password" name="password" autocomplete="current-password" required></label>` +
    `<button type="submit" class="button">${t("staff.signIn.submit")}</button><p class="form-error" role="alert">${message}</p></form>`;
}

function renderList() {
  const form = document.getElementById("plan-filters") as HTMLFormElement | null;
  const list = document.getElementById("plan-rows");
  if (!form || !list) return;
  const fields = new FormData(form);
  list.innerHTML = rowsHtml(filterRows(rows, { status: String(fields.get("status")), language: String(fields.get("language")), search: String(fields.get("search")) }));
}

async function showPlans() {
  if (!root) return;
  rows = await loadPlanRows(client);
  root.innerHTML = `<p><button type="button" data-action="sign-out">${t("staff.signOut")}</button></p>` +
    `<h2>${t("staff.plans.heading")}</h2>${filtersHtml()}<div id="plan-rows"></div>${createPlanHtml(today)}`;
  renderList();
}

async function showPlan(planId: string) {
  if (!root) return;
  root.innerHTML = await planDetailHtml(client, planId);
  root.dataset.plan = planId;
  root.querySelector("h2")?.setAttribute("tabindex", "-1");
  (root.querySelector("h2") as HTMLElement | null)?.focus();
}

async function start() {
  if (!root) return;
  const me = client.authStore.record as { role?: string } | null;
  if (!client.authStore.isValid || me?.role !== "caseworker") {
    root.innerHTML = signInHtml();
    return;
  }
  await showPlans();
}

root?.addEventListener("input", (event) => {
  if ((event.target as HTMLElement).closest("#plan-filters")) renderList();
});

root?.addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const error = form.querySelector(".form-error");
  try {
    if (form.id === "staff-sign-in") {
      const fields = new FormData(form);
      const auth = await client.collection("users").authWithPassword(String(fields.get("email")), String(fields.get("password")));
      if (auth.record.role !== "caseworker") {
        client.authStore.clear();
        if (root) root.innerHTML = signInHtml(t("staff.signIn.notCaseworker"));
        return;
      }
      await showPlans();
    } else if (form.id === "create-plan") {
      await showPlan(await createPlan(client, form));
    } else if (form.dataset.form) {
      await savePlanForm(client, form);
      await showPlan(root?.dataset.plan ?? "");
    }
  } catch (caught) {
    if (error) error.textContent = errorText(caught);
    else alert(errorText(caught));
  }
});

root?.addEventListener("click", async (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>("button[data-action]");
  if (!button) return;
  if (button.dataset.action === "open-plan" && button.dataset.id) await showPlan(button.dataset.id);
  else if (button.dataset.action === "back") await showPlans();
  else if (button.dataset.action === "sign-out") {
    client.authStore.clear();
    if (root) root.innerHTML = signInHtml();
  }
});

void start();
