// The signed-in refugee's plan and everything under it, in one request (GET /api/velkommen/me/dashboard):
// one round trip on a slow phone network. Enumerations are the generated PocketBase types.
import type {
  AppointmentsResponse, AppointmentsStatusOptions, ContactsResponse, ContactsRoleOptions, MilestonesResponse,
  MilestonesStatusOptions, PlansResponse, SharesResponse, SharesScopeOptions, TypedPocketBase,
} from "../../types/pocketbase-types.ts";
import type { MilestoneKind } from "../../domain/rules.ts";

export interface PlanBundle {
  plan: { id: string; language: string; municipality: string };
  milestones: Array<{ id: string; kind: MilestoneKind; due: string | null; status: MilestonesStatusOptions }>;
  appointments: Array<{ id: string; title: string; starts: string; ends: string; place: string; with: string; interpreter: boolean; status: AppointmentsStatusOptions }>;
  contacts: Array<{ id: string; role: ContactsRoleOptions; name: string; organisation: string; phone: string; email: string }>;
  shares: Array<{ id: string; expires: string; revoked: boolean; scope: SharesScopeOptions[] }>;
  savedAt: string;
}

export async function loadPlanBundle(client: TypedPocketBase, now = new Date()): Promise<PlanBundle | null> {
  const answer = await client.send<{
    plan: PlansResponse | null; milestones: MilestonesResponse[]; appointments: AppointmentsResponse[];
    contacts: ContactsResponse[]; shares: SharesResponse[];
  }>("/api/velkommen/me/dashboard", { method: "GET" });
  const { plan, milestones, appointments, contacts, shares } = answer;
  if (!plan) return null;
  return {
    plan: { id: plan.id, language: plan.language, municipality: plan.municipality },
    milestones: milestones.map((item) => ({ id: item.id, kind: item.kind as MilestoneKind, due: item.due ? item.due.slice(0, 10) : null, status: item.status })),
    appointments: appointments.map((item) => ({ id: item.id, title: item.title, starts: item.starts, ends: item.ends ?? "", place: item.place ?? "", with: item.with ?? "", interpreter: Boolean(item.interpreter), status: item.status })),
    contacts: contacts.map((item) => ({ id: item.id, role: item.role, name: item.name, organisation: item.organisation ?? "", phone: item.phone ?? "", email: item.email ?? "" })),
    shares: shares.map((item) => ({ id: item.id, expires: item.expires, revoked: Boolean(item.revoked), scope: item.scope ?? [] })),
    savedAt: now.toISOString(),
  };
}
