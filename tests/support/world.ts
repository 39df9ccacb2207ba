// A small, complete world for access tests: two municipalities, every kind of person, two plans with
// milestones, appointments, contacts and shares. Built through the superuser client.
import { createHash, randomBytes } from "node:crypto";
import type PocketBase from "pocketbase";
import { danishToday } from "../../src/domain/danish-day";
import { addOffset } from "../../src/domain/dates";
import type { RecordModel } from "pocketbase";
import { afterAll, beforeAll } from "vitest";
import { createMunicipality, createUser } from "./fixtures";
import { startTestServer, type TestServer } from "./pocketbase";

export type Actor =
  | "anonymous" | "refugee" | "otherRefugee" | "caseworker" | "otherCaseworker"
  | "volunteerValidShare" | "volunteerExpiredShare" | "volunteerRevokedShare" | "editor" | "translator" | "deactivatedCaseworker";

export const actors: Actor[] = [
  "anonymous", "refugee", "otherRefugee", "caseworker", "otherCaseworker",
  "volunteerValidShare", "volunteerExpiredShare", "volunteerRevokedShare", "editor", "translator", "deactivatedCaseworker",
];

export interface World {
  municipality: RecordModel;
  otherMunicipality: RecordModel;
  users: Record<Exclude<Actor, "anonymous">, RecordModel>;
  plan: RecordModel;
  otherPlan: RecordModel;
  milestone: RecordModel;
  appointment: RecordModel;
  contact: RecordModel;
  shares: { valid: RecordModel; expired: RecordModel; revoked: RecordModel };
  shareTokens: { valid: string; expired: string; revoked: string };
}

/** A calendar date `days` after today in Denmark: the server counts share and plan days in Europe/Copenhagen,
 * so a UTC date would be a day off between 22:00/23:00 UTC and midnight. */
export function danishDateInDays(days: number): string {
  return addOffset(danishToday(), { days });
}

export function isoDaysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().replace("T", " ");
}

export function newShareToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, hash: createHash("sha256").update(token).digest("hex") };
}

export async function createPlanFor(admin: PocketBase, refugee: RecordModel, municipality: RecordModel, caseworker?: RecordModel) {
  return admin.collection("plans").create({
    refugee: refugee.id, municipality: municipality.id, caseworker: caseworker?.id ?? "",
    arrival_date: "2026-11-02 00:00:00.000Z", responsibility_date: "2026-11-09 00:00:00.000Z",
    language: refugee.language || "ar", household: { adults: 1, children: 2, unaccompanied_minor: false },
  });
}

export async function createShare(admin: PocketBase, plan: RecordModel, createdBy: RecordModel, { expiresInDays = 30, revoked = false } = {}) {
  const { token, hash } = newShareToken();
  const share = await admin.collection("shares").create({
    plan: plan.id, created_by: createdBy.id, token_hash: hash, expires: isoDaysFromNow(expiresInDays), revoked,
    scope: ["appointments", "contacts"],
  });
  return { share, token };
}

export async function buildWorld(admin: PocketBase): Promise<World> {
  const municipality = await createMunicipality(admin, "glostrup");
  const otherMunicipality = await createMunicipality(admin, "gentofte");
  const person = (email: string, role: string, inMunicipality = municipality, language = "ar") =>
    createUser(admin, { email, role, municipality: inMunicipality.id, language });
  const users = {
    refugee: await person("refugee@world.test", "refugee"),
    otherRefugee: await person("other-refugee@world.test", "refugee", municipality, "ti"),
    caseworker: await person("caseworker@world.test", "caseworker", municipality, "da"),
    otherCaseworker: await person("other-caseworker@world.test", "caseworker", otherMunicipality, "da"),
    volunteerValidShare: await person("volunteer-valid@world.test", "volunteer", municipality, "da"),
    volunteerExpiredShare: await person("volunteer-expired@world.test", "volunteer", municipality, "da"),
    volunteerRevokedShare: await person("volunteer-revoked@world.test", "volunteer", municipality, "da"),
    editor: await person("editor@world.test", "editor", municipality, "da"),
    // A language reviewer (issue 14): reviews Arabic texts, sees no personal data.
    translator: await createUser(admin, { email: "translator@world.test", role: "translator", municipality: municipality.id, language: "ar", languages: "ar" }),
    // A caseworker of the same municipality whom a superuser deactivated (the access matrix signs in first, then
    // deactivates; see deactivateAfterSignIn).
    deactivatedCaseworker: await person("deactivated-caseworker@world.test", "caseworker", municipality, "da"),
  };
  const plan = await createPlanFor(admin, users.refugee, municipality, users.caseworker);
  const otherPlan = await createPlanFor(admin, users.otherRefugee, municipality, users.caseworker);
  const milestone = await admin.collection("milestones").getFirstListItem(admin.filter("plan = {:plan}", { plan: plan.id }));
  const appointment = await admin.collection("appointments").create({
    plan: plan.id, title: "Helbredsvurdering", starts: isoDaysFromNow(5), ends: isoDaysFromNow(5.05),
    place: "Lægehuset, Hovedvejen 1", with: "Læge", interpreter: true, status: "planned",
  });
  const contact = await admin.collection("contacts").create({ plan: plan.id, role: "caseworker", name: "Sagsbehandler", organisation: "Jobcenter Glostrup", phone: "+4543232323" });
  const valid = await createShare(admin, plan, users.refugee);
  const expired = await createShare(admin, plan, users.refugee, { expiresInDays: -1 });
  const revoked = await createShare(admin, plan, users.refugee, { revoked: true });
  return {
    municipality, otherMunicipality, users, plan, otherPlan, milestone, appointment, contact,
    shares: { valid: valid.share, expired: expired.share, revoked: revoked.share },
    shareTokens: { valid: valid.token, expired: expired.token, revoked: revoked.token },
  };
}

/** A real PocketBase with the world built in it, for one test file; stopped after the file's tests. */
export function useWorld(): { server: TestServer; world: World } {
  const context = {} as { server: TestServer; world: World };
  beforeAll(async () => {
    context.server = await startTestServer();
    context.world = await buildWorld(context.server.admin);
  });
  afterAll(async () => {
    await context.server?.stop();
  });
  return context;
}
