// Demo data for `npm start`: the three municipalities from their data files, a caseworker in each, refugees in
// several languages with plans (milestones follow from the rules on the server), appointments and contacts, an
// editor, a translator (Arabic and Tigrinya), and volunteer links: one valid share and one expired. Passwords and
// tokens are random per install and printed, never fixed in the code. Addresses and numbers here are made up and
// marked as demo.
import { createHash, randomBytes } from "node:crypto";
import PocketBase from "pocketbase";
import { readMunicipalities } from "./municipalities.mjs";
import { endOfDanishDay } from "../../src/domain/danish-day.ts";

export function randomPassword() {
  return randomBytes(12).toString("base64url");
}

function isoDate(daysFromToday) {
  return new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);
}

const caseworkers = [
  { municipality: "glostrup", email: "caseworker@glostrup.demo", name: "Demo Sagsbehandler Glostrup" },
  { municipality: "gladsaxe", email: "caseworker@gladsaxe.demo", name: "Demo Sagsbehandler Gladsaxe" },
  { municipality: "gentofte", email: "caseworker@gentofte.demo", name: "Demo Sagsbehandler Gentofte" },
];

// The first refugee is the one `npm start` prints; the others fill the caseworkers' lists.
const refugees = [
  { municipality: "glostrup", email: "refugee@glostrup.demo", name: "Demo Flygtning", language: "ar", arrivedDaysAgo: 10, household: { adults: 2, children: 2, unaccompanied_minor: false } },
  { municipality: "glostrup", email: "refugee-ti@glostrup.demo", name: "Demo Tigrinya", language: "ti", arrivedDaysAgo: 40, household: { adults: 1, children: 0, unaccompanied_minor: false } },
  { municipality: "gladsaxe", email: "refugee-uk@gladsaxe.demo", name: "Demo Ukrainsk", language: "uk", arrivedDaysAgo: 20, household: { adults: 1, children: 1, unaccompanied_minor: false } },
  { municipality: "gentofte", email: "refugee-prs@gentofte.demo", name: "Demo Dari", language: "prs", arrivedDaysAgo: 5, household: { adults: 0, children: 1, unaccompanied_minor: true } },
];

async function createPerson(client, person, role, municipalityId) {
  const password = randomPassword();
  const record = await client.collection("users").create({
    email: person.email, password, passwordConfirm: password, name: person.name, role,
    language: person.language ?? "da", municipality: municipalityId, verified: true,
    ...(person.languages ? { languages: person.languages } : {}),
  });
  return { record, login: { role, email: person.email, password, language: person.language ?? "da" } };
}

async function createShare(client, plan, refugeeId, expiresInDays) {
  const token = randomBytes(24).toString("base64url");
  await client.collection("shares").create({
    plan: plan.id, created_by: refugeeId, token_hash: createHash("sha256").update(token).digest("hex"),
    expires: endOfDanishDay(isoDate(expiresInDays)), revoked: false, scope: ["appointments", "contacts"],
  });
  return token;
}

/** @returns {Promise<{ logins: Array<{role:string,email:string,password:string,language:string}>, links: Array<{label:string,path:string}> }>} */
export async function seedDemo(url, superuser) {
  const client = new PocketBase(url);
  client.autoCancellation(false);
  await client.collection("_superusers").authWithPassword(superuser.email, superuser.password);

  // The label shows in the admin UI and in every e-mail PocketBase sends.
  await client.settings.update({ meta: { appName: "velkommen (DEMO)" } });
  const municipalityIds = {};
  for (const municipality of readMunicipalities()) {
    municipalityIds[municipality.slug] = (await client.collection("municipalities").create({ slug: municipality.slug, name: municipality.name })).id;
  }
  const logins = [];
  const caseworkerIds = {};
  for (const person of caseworkers) {
    const { record, login } = await createPerson(client, person, "caseworker", municipalityIds[person.municipality]);
    caseworkerIds[person.municipality] = record.id;
    logins.push(login);
  }
  const links = [];
  for (const [index, person] of refugees.entries()) {
    const { record, login } = await createPerson(client, person, "refugee", municipalityIds[person.municipality]);
    if (index === 0) logins.splice(1, 0, login);
    const plan = await client.collection("plans").create({
      refugee: record.id, caseworker: caseworkerIds[person.municipality], municipality: municipalityIds[person.municipality],
      language: person.language, arrival_date: isoDate(-person.arrivedDaysAgo), responsibility_date: isoDate(-person.arrivedDaysAgo + 3),
      household: person.household,
    });
    await client.collection("appointments").create({
      plan: plan.id, title: "Helbredsvurdering hos lægen", starts: `${isoDate(5 + index)} 08:30:00.000Z`, ends: `${isoDate(5 + index)} 09:30:00.000Z`,
      place: "Demo-lægehus, Eksempelvej 1", with: "Lægen", interpreter: true, status: "planned",
    });
    await client.collection("contacts").create({ plan: plan.id, role: "caseworker", name: caseworkers.find((c) => c.municipality === person.municipality).name, organisation: "Jobcenter (demo)" });
    if (index === 0) {
      links.push({ label: "volunteer link, valid 30 days", path: `/da/shared/#t=${await createShare(client, plan, record.id, 30)}` });
      links.push({ label: "volunteer link, expired", path: `/da/shared/#t=${await createShare(client, plan, record.id, -1)}` });
    }
  }
  for (const [role, person] of [["volunteer", { email: "volunteer@glostrup.demo", name: "Demo Frivillig" }], ["editor", { email: "editor@glostrup.demo", name: "Demo Redaktør" }],
    // Reviews Arabic and Tigrinya in /da/editor/ (users.languages).
    ["translator", { email: "translator@glostrup.demo", name: "Demo Oversætter", languages: "ar ti" }]]) {
    logins.push((await createPerson(client, person, role, municipalityIds.glostrup)).login);
  }
  return { logins, links };
}
