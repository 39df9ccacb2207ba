// A new plan: the refugee's account (no password they know; they set one with the letter's code) and the plan,
// made together by POST /api/velkommen/plans. The server generates the milestones from the deadline rules.
import { locales } from "../../i18n/locales.ts";
import type { TypedPocketBase } from "../../types/pocketbase-types.ts";
import { escapeHtml, t } from "../lib/strings.ts";

export function createPlanHtml(today: string): string {
  const languages = locales.map((locale) => `<option value="${locale.code}"${locale.code === "ar" ? " selected" : ""}>${escapeHtml(locale.endonym)}</option>`).join("");
  return `<h2>${t("staff.create.heading")}</h2><form id="create-plan" class="stack">` +
    `<label>${t("staff.create.name")} <input name="name" required maxlength="200" autocomplete="off"></label>` +
    `<label>${t("staff.create.email")} <input type="email" name="email" required autocomplete="off" dir="ltr"></label>` +
    `<label>${t("staff.create.language")} <select name="language">${languages}</select></label>` +
    `<label>${t("staff.create.arrival")} <input type="date" name="arrival_date" required value="${today}"></label>` +
    `<label>${t("staff.create.responsibility")} <input type="date" name="responsibility_date" required value="${today}"></label>` +
    `<label>${t("staff.create.adults")} <input type="number" name="adults" min="0" max="30" value="1" required></label>` +
    `<label>${t("staff.create.children")} <input type="number" name="children" min="0" max="30" value="0" required></label>` +
    `<label class="checkbox"><input type="checkbox" name="minor"> ${t("staff.create.minor")}</label>` +
    `<button type="submit" class="button">${t("staff.create.submit")}</button><p class="form-error" role="alert"></p></form>`;
}

/** One request: the server creates the refugee's account and the plan together, or neither. */
export async function createPlan(client: TypedPocketBase, form: HTMLFormElement): Promise<string> {
  const fields = new FormData(form);
  const created = await client.send<{ plan: string }>("/api/velkommen/plans", {
    method: "POST",
    body: {
      name: String(fields.get("name")), email: String(fields.get("email")), language: String(fields.get("language")),
      arrival_date: String(fields.get("arrival_date")), responsibility_date: String(fields.get("responsibility_date")),
      household: { adults: Number(fields.get("adults")), children: Number(fields.get("children")), unaccompanied_minor: fields.get("minor") === "on" },
    },
  });
  return created.plan;
}
