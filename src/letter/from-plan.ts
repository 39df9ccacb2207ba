// A letter's input from a stored plan, the state of the refugee's access, and (only when asked) a new
// activation code, through the PocketBase SDK. Used by the letter page (a signed-in caseworker) and by
// `npm run letters` (superuser). The server decides who may.
import type PocketBase from "pocketbase";
import type { LetterInput } from "./model.ts";

const dateOnly = (value: unknown) => String(value ?? "").slice(0, 10);

export class UnknownPlanError extends Error {}

export async function letterInputFromPlan(client: PocketBase, planId: string): Promise<LetterInput> {
  const plan = await client.collection("plans").getOne(planId, { expand: "refugee,municipality,caseworker" }).catch((error: { status?: number; message: string }) => {
    throw error.status === 404 ? new UnknownPlanError(`Unknown plan "${planId}".`) : new Error(`Plan "${planId}": ${error.message}`);
  });
  const now = new Date().toISOString().replace("T", " ");
  const appointments = await client.collection("appointments").getFullList({
    filter: client.filter("plan = {:plan} && status = 'planned' && starts >= {:now}", { plan: planId, now }), sort: "starts",
  });
  const contacts = await client.collection("contacts").getFullList({ filter: client.filter("plan = {:plan} && role = 'caseworker'", { plan: planId }) });
  const caseworkerContact = contacts[0];
  const caseworkerUser = plan.expand?.caseworker;
  return {
    refugeeName: plan.expand?.refugee?.name || plan.expand?.refugee?.email || "",
    language: plan.language,
    municipality: plan.expand?.municipality?.slug ?? "",
    facts: { arrivalDate: dateOnly(plan.arrival_date), responsibilityDate: dateOnly(plan.responsibility_date), household: plan.household },
    appointments: appointments.map((appointment) => ({
      title: appointment.title, starts: appointment.starts, place: appointment.place, interpreter: appointment.interpreter,
    })),
    caseworker: {
      name: caseworkerContact?.name || caseworkerUser?.name || "",
      phone: caseworkerContact?.phone || "",
      email: caseworkerContact?.email || caseworkerUser?.email || "",
    },
  };
}

export interface IssuedCode {
  code: string;
  url: string;
  expires: string;
  issuedAt: string;
}

interface IssuedAnswer { code: string; path: string; expires: string; issued_at?: string }

const planPath = (planId: string, what: string) => `/api/velkommen/plans/${encodeURIComponent(planId)}/${what}`;

function issuedCode(answer: IssuedAnswer, origin: string): IssuedCode {
  return { code: answer.code, url: `${origin.replace(/\/$/, "")}${answer.path}`, expires: dateOnly(answer.expires), issuedAt: answer.issued_at ?? "" };
}

/** Issues a new single-use code; any older code of the refugee stops working. 409 already_active once activated. */
export async function issueActivation(client: PocketBase, planId: string, origin: string): Promise<IssuedCode> {
  return issuedCode(await client.send<IssuedAnswer>(planPath(planId, "activation-code"), { method: "POST" }), origin);
}

/** GET …/access: whether the refugee has activated, and when the current code was issued. Changes nothing. */
export interface PlanAccess {
  activated: boolean;
  activated_at: string | null;
  code_issued_at: string | null;
  code_expires: string | null;
  access_reset_at: string | null;
  assigned_to_me: boolean;
}

export async function planAccess(client: PocketBase, planId: string): Promise<PlanAccess> {
  return client.send<PlanAccess>(planPath(planId, "access"), { method: "GET" });
}

/** The plan's assigned caseworker only: ends all the refugee's sessions and issues a new code (audited). */
export async function recoverAccess(client: PocketBase, planId: string, reason: string, origin: string): Promise<IssuedCode> {
  return issuedCode(await client.send<IssuedAnswer>(planPath(planId, "recover-access"), { method: "POST", body: { reason } }), origin);
}

/** Where a person who already activated signs in: their language's personal page. */
export function signInUrl(origin: string, language: string): string {
  return `${origin.replace(/\/$/, "")}/${language}/me/`;
}
