// A letter's input from a stored plan, and a fresh activation code, through the PocketBase SDK. Used by the
// letter page (a signed-in caseworker) and by `npm run letters` (superuser). The server decides who may.
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

/** Issues a new single-use code; any older code of the refugee stops working. */
export async function issueActivation(client: PocketBase, planId: string, origin: string) {
  const issued = await client.send<{ code: string; path: string; expires: string }>(`/api/velkommen/plans/${encodeURIComponent(planId)}/activation-code`, { method: "POST" });
  return { code: issued.code, url: `${origin.replace(/\/$/, "")}${issued.path}`, expires: dateOnly(issued.expires) };
}
