// Activation with the letter's code (first time) and sign-in with e-mail and password (later).
import { escapeHtml, t } from "../lib/strings.ts";

export function activationHtml(code: string): string {
  return `<h2>${t("me.activate.heading")}</h2><p>${t("me.activate.intro")}</p><form id="activate-form" class="stack">` +
    `<label>${t("me.activate.code")} <input name="code" value="${escapeHtml(code)}" autocomplete="one-time-code" autocapitalize="characters" spellcheck="false" dir="ltr" required></label>` +
    `<label>${t("me.activate.password")} <input type="password" name="password" autocomplete="new-password" minlength="10" maxlength="72" required aria-describedby="password-hint password-strength"></label>` +
    `<p id="password-hint" class="muted">${t("me.activate.hint")}</p><p id="password-strength" aria-live="polite"></p>` +
    `<button type="submit" class="button">${t("me.activate.submit")}</button><p class="form-error" role="alert"></p></form>` +
    `<p>${t("me.activate.lost")}</p>`;
}

export function signInHtml(): string {
  return `<h2>${t("me.signIn.heading")}</h2><form id="sign-in-form" class="stack">` +
    `<label>${t("me.signIn.email")} <input type="email" name="email" autocomplete="username" dir="ltr" required></label>` +
    `<label>${t("me.signIn.password")} <input type="password" name="password" autocomplete="current-password" required></label>` +
    `<button type="submit" class="button">${t("me.signIn.submit")}</button><p class="form-error" role="alert"></p></form>` +
    `<p>${t("me.signIn.haveCode")}</p>` + activationHtml("");
}

/** A hint, not a rule wall: length is what matters most. */
export function strengthKey(password: string): string {
  if (password.length < 10) return "me.activate.strength.weak";
  const variety = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/, /\s/].filter((pattern) => pattern.test(password)).length;
  return password.length >= 16 || (password.length >= 12 && variety >= 3) ? "me.activate.strength.strong" : "me.activate.strength.ok";
}
