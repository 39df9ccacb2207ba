// Who is signed in on this phone, and what stays on it (issue 12, "the shared phone"):
// - normally the PocketBase token lives in localStorage and the last plan is kept as an offline copy,
//   stamped with the person and the end of their session (src/domain/offline-copy.ts decides who sees it);
// - "this is not my phone" keeps the token in sessionStorage (gone when the browser closes) and no copy at all;
// - every sign-in and every sign-out deletes any copy first.
import PocketBase, { AsyncAuthStore, getTokenPayload } from "pocketbase";
import type { TypedPocketBase } from "../../types/pocketbase-types.ts";
import { offlineCopyVerdict } from "../../domain/offline-copy.ts";
import type { PlanBundle } from "./plan-bundle.ts";

const OFFLINE_COPY_KEY = "velkommen.offline-copy";
/** Written by earlier versions without owner or session: deleted on sight. */
const UNSTAMPED_COPY_KEYS = ["velkommen.plan"];
const SHARED_PHONE_KEY = "velkommen.shared-phone";
const SESSION_AUTH_KEY = "velkommen.session-auth";

export function isSharedPhone(): boolean {
  return sessionStorage.getItem(SHARED_PHONE_KEY) === "yes";
}

/** The client for this phone: a token in sessionStorage on a shared phone, else PocketBase's localStorage store. */
export function createPersonalClient(): TypedPocketBase {
  const client = isSharedPhone()
    ? new PocketBase("/", new AsyncAuthStore({
      initial: sessionStorage.getItem(SESSION_AUTH_KEY) ?? undefined,
      save: async (serialized) => sessionStorage.setItem(SESSION_AUTH_KEY, serialized),
      clear: async () => sessionStorage.removeItem(SESSION_AUTH_KEY),
    }))
    : new PocketBase("/");
  client.autoCancellation(false);
  return client as TypedPocketBase;
}

/** Before a sign-in: no copy of anyone survives, and the chosen kind of phone decides where the token goes. */
export function prepareSignIn(sharedPhone: boolean): TypedPocketBase {
  clearOfflineCopy();
  new PocketBase("/").authStore.clear();
  sessionStorage.removeItem(SESSION_AUTH_KEY);
  if (sharedPhone) sessionStorage.setItem(SHARED_PHONE_KEY, "yes");
  else sessionStorage.removeItem(SHARED_PHONE_KEY);
  return createPersonalClient();
}

/** The end of the token's session as an ISO instant, or null when the token carries none. */
export function sessionExpires(token: string): string | null {
  const exp = Number(getTokenPayload(token).exp);
  return Number.isFinite(exp) && exp > 0 ? new Date(exp * 1000).toISOString() : null;
}

export function saveOfflineCopy(client: TypedPocketBase, bundle: PlanBundle): void {
  const userId = client.authStore.record?.id;
  const expires = sessionExpires(client.authStore.token);
  if (isSharedPhone() || !userId || !expires) return;
  localStorage.setItem(OFFLINE_COPY_KEY, JSON.stringify({ userId, savedAt: bundle.savedAt, sessionExpires: expires, bundle }));
}

/** The copy, only for the person it belongs to and only while it is fresh enough; otherwise it is deleted. */
export function readOfflineCopy(client: TypedPocketBase, now = new Date()): PlanBundle | null {
  for (const key of UNSTAMPED_COPY_KEYS) localStorage.removeItem(key);
  let copy: { userId?: string; savedAt?: string; sessionExpires?: string; bundle?: PlanBundle } | null = null;
  try {
    copy = JSON.parse(localStorage.getItem(OFFLINE_COPY_KEY) ?? "null");
  } catch {
    copy = null;
  }
  if (copy && offlineCopyVerdict(copy, client.authStore.record?.id ?? null, now) === "show" && copy.bundle) return copy.bundle;
  clearOfflineCopy();
  return null;
}

export function clearOfflineCopy(): void {
  localStorage.removeItem(OFFLINE_COPY_KEY);
  for (const key of UNSTAMPED_COPY_KEYS) localStorage.removeItem(key);
}

/** Sign-out ends every session on the server first (POST /api/velkommen/sign-out), then forgets locally. */
export async function signOut(client: TypedPocketBase): Promise<void> {
  try {
    if (client.authStore.isValid) await client.send("/api/velkommen/sign-out", { method: "POST" });
  } finally {
    forgetEverything(client);
  }
}

/** On sign-out, erasure and a 401: a shared phone keeps nothing personal. */
export function forgetEverything(client: TypedPocketBase): void {
  clearOfflineCopy();
  client.authStore.clear();
  sessionStorage.removeItem(SESSION_AUTH_KEY);
  sessionStorage.removeItem(SHARED_PHONE_KEY);
}
