// Reads the signed-in refugee's plan and everything under it, and keeps the last copy for offline reading.
import type {
  AppointmentsResponse, ContactsResponse, MilestonesResponse, PlansResponse, SharesResponse, TypedPocketBase,
} from "../../types/pocketbase-types.ts";

export interface PlanBundle {
  plan: { id: string; language: string; municipality: string };
  milestones: Array<{ id: string; kind: string; due: string | null; status: "open" | "done" | "skipped" }>;
  appointments: Array<{ id: string; title: string; starts: string; ends: string; place: string; with: string; interpreter: boolean; status: string }>;
  contacts: Array<{ id: string; role: string; name: string; organisation: string; phone: string; email: string }>;
  shares: Array<{ id: string; expires: string; revoked: boolean; scope: string[] }>;
  savedAt: string;
}

const CACHE_KEY = "velkommen.plan";

export async function loadPlanBundle(client: TypedPocketBase): Promise<PlanBundle | null> {
  // One request for everything (GET /api/velkommen/me/dashboard): one round trip on a slow phone network.
  const answer = await client.send<{
    plan: PlansResponse | null; milestones: MilestonesResponse[]; appointments: AppointmentsResponse[];
    contacts: ContactsResponse[]; shares: SharesResponse[];
  }>("/api/velkommen/me/dashboard", { method: "GET" });
  const { plan, milestones, appointments, contacts, shares } = answer;
  if (!plan) return null;
  const bundle: PlanBundle = {
    plan: { id: plan.id, language: plan.language, municipality: plan.municipality },
    milestones: milestones.map((item) => ({ id: item.id, kind: item.kind, due: item.due ? item.due.slice(0, 10) : null, status: item.status })),
    appointments: appointments.map((item) => ({ id: item.id, title: item.title, starts: item.starts, ends: item.ends ?? "", place: item.place ?? "", with: item.with ?? "", interpreter: Boolean(item.interpreter), status: item.status })),
    contacts: contacts.map((item) => ({ id: item.id, role: item.role, name: item.name, organisation: item.organisation ?? "", phone: item.phone ?? "", email: item.email ?? "" })),
    shares: shares.map((item) => ({ id: item.id, expires: item.expires, revoked: Boolean(item.revoked), scope: item.scope ?? [] })),
    savedAt: new Date().toISOString(),
  };
  localStorage.setItem(CACHE_KEY, JSON.stringify(bundle));
  return bundle;
}

export function cachedPlanBundle(): PlanBundle | null {
  try {
    return JSON.parse(localStorage.getItem(CACHE_KEY) ?? "null");
  } catch {
    return null;
  }
}

/** On sign-out and erasure: a shared phone keeps nothing personal. */
export function forgetEverything(client: TypedPocketBase) {
  localStorage.removeItem(CACHE_KEY);
  client.authStore.clear();
}
