// The personal page's state and actions. The server decides everything; this keeps what it answered.
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import type { TypedPocketBase, UsersResponse } from "../../types/pocketbase-types.ts";
import { errorStatus } from "../lib/api-errors.ts";
import { loadPlanBundle, type PlanBundle } from "./plan-bundle.ts";
import { createPersonalClient, forgetEverything, prepareSignIn, readOfflineCopy, saveOfflineCopy, signOut } from "./session.ts";

export type PersonalView =
  | { name: "loading" }
  | { name: "signed-out"; code: string; reason?: "signed-out" | "session-ended" }
  /** `focus`: the plan just arrived after a sign-in, so its heading takes focus. */
  | { name: "plan"; bundle: PlanBundle; offline: boolean; focus?: boolean }
  | { name: "no-plan" }
  | { name: "failed" }
  | { name: "erased" };

export interface Person {
  id: string;
  name: string;
  /** When the caseworker last reset this person's access (users.access_reset_at), or null. */
  accessResetAt: string | null;
}

const isNetworkFailure = (error: unknown) => errorStatus(error) === 0;
const isSignedOutAnswer = (error: unknown) => errorStatus(error) === 401 || errorStatus(error) === 403;

function personOf(client: TypedPocketBase): Person | null {
  const record = client.authStore.record as (Partial<UsersResponse> & { access_reset_at?: string }) | null;
  if (!record?.id) return null;
  return { id: record.id, name: record.name ?? "", accessResetAt: record.access_reset_at || null };
}

/** The letter's code from the address (#code=…), then the code leaves the address bar. */
function codeFromAddress(): string {
  const code = new URLSearchParams(window.location.hash.slice(1)).get("code") ?? "";
  if (code) history.replaceState(null, "", window.location.pathname);
  return code;
}

export function usePersonalPage() {
  const client = useRef<TypedPocketBase | null>(null);
  const [view, setView] = useState<PersonalView>({ name: "loading" });
  const [person, setPerson] = useState<Person | null>(null);

  const showPlan = useCallback(async (api: TypedPocketBase, focus = false) => {
    try {
      const bundle = await loadPlanBundle(api);
      setPerson(personOf(api));
      if (!bundle) return setView({ name: "no-plan" });
      saveOfflineCopy(api, bundle);
      setView({ name: "plan", bundle, offline: false, focus });
    } catch (error) {
      if (isSignedOutAnswer(error)) {
        forgetEverything(api);
        setPerson(null);
        return setView({ name: "signed-out", code: "", reason: "session-ended" });
      }
      const copy = isNetworkFailure(error) ? readOfflineCopy(api) : null;
      setPerson(personOf(api));
      setView(copy ? { name: "plan", bundle: copy, offline: true } : { name: "failed" });
    }
  }, []);

  useEffect(() => {
    const api = createPersonalClient();
    client.current = api;
    const code = codeFromAddress();
    if (code) {
      forgetEverything(api);
      return setView({ name: "signed-out", code });
    }
    if (!api.authStore.record) {
      readOfflineCopy(api); // deletes a copy that belongs to nobody signed in
      return setView({ name: "signed-out", code: "" });
    }
    // Refresh the session first: a 401 means it ended on the server (sign-out elsewhere, access reset).
    api.collection("users").authRefresh()
      .then(() => showPlan(api))
      .catch((error: unknown) => {
        if (isNetworkFailure(error)) {
          const copy = readOfflineCopy(api);
          setPerson(personOf(api));
          return setView(copy ? { name: "plan", bundle: copy, offline: true } : { name: "failed" });
        }
        forgetEverything(api);
        setView({ name: "signed-out", code: "", reason: "session-ended" });
      });
  }, [showPlan]);

  const api = () => {
    if (!client.current) throw new Error("The personal page has not started yet.");
    return client.current;
  };

  return {
    view,
    person,
    client: api,
    async activate(code: string, password: string, sharedPhone: boolean) {
      const fresh = prepareSignIn(sharedPhone);
      client.current = fresh;
      const answer = await fresh.send<{ token: string; record: UsersResponse }>("/api/velkommen/activate", { method: "POST", body: { code, password } });
      fresh.authStore.save(answer.token, answer.record as unknown as Parameters<typeof fresh.authStore.save>[1]);
      await showPlan(fresh, true);
    },
    async signIn(email: string, password: string, sharedPhone: boolean) {
      const fresh = prepareSignIn(sharedPhone);
      client.current = fresh;
      await fresh.collection("users").authWithPassword(email, password);
      await showPlan(fresh, true);
    },
    /** Reloads the plan after a change; the page keeps showing the old one until the new one arrives. */
    refresh: () => showPlan(api()),
    async signOut() {
      await signOut(api()).catch(() => undefined); // offline: the local part still happened
      setPerson(null);
      setView({ name: "signed-out", code: "", reason: "signed-out" });
    },
    async erase() {
      await api().send("/api/velkommen/me", { method: "DELETE" });
      forgetEverything(api());
      setPerson(null);
      setView({ name: "erased" });
    },
  };
}

export type PersonalPageState = ReturnType<typeof usePersonalPage>;
