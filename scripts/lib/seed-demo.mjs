// Demo data for `npm start`: the municipalities from their data files, a caseworker, an Arabic-speaking refugee
// with a plan (milestones follow from the rules on the server), an appointment and contacts, an editor and a
// volunteer. Passwords are random per install and printed, never fixed in the code.
import { randomBytes } from "node:crypto";
import PocketBase from "pocketbase";
import { readMunicipalities } from "./municipalities.mjs";

export function randomPassword() {
  return randomBytes(12).toString("base64url");
}

/** @returns {Promise<Array<{ role: string, email: string, password: string, language: string }>>} */
export async function seedDemo(url, superuser) {
  const client = new PocketBase(url);
  client.autoCancellation(false);
  await client.collection("_superusers").authWithPassword(superuser.email, superuser.password);

  const municipalityIds = {};
  for (const municipality of readMunicipalities()) {
    const record = await client.collection("municipalities").create({ slug: municipality.slug, name: municipality.name });
    municipalityIds[municipality.slug] = record.id;
  }

  const logins = [
    { role: "caseworker", email: "caseworker@glostrup.demo", name: "Demo Sagsbehandler", language: "da" },
    { role: "refugee", email: "refugee@glostrup.demo", name: "Demo Flygtning", language: "ar" },
    { role: "volunteer", email: "volunteer@glostrup.demo", name: "Demo Frivillig", language: "da" },
    { role: "editor", email: "editor@glostrup.demo", name: "Demo Redaktør", language: "da" },
  ].map((person) => ({ ...person, password: randomPassword() }));

  const ids = {};
  for (const person of logins) {
    ids[person.role] = (await client.collection("users").create({
      email: person.email,
      password: person.password,
      passwordConfirm: person.password,
      name: person.name,
      role: person.role,
      language: person.language,
      municipality: municipalityIds.glostrup,
      verified: true,
    })).id;
  }
  await seedDemoPlan(client, { refugee: ids.refugee, caseworker: ids.caseworker, municipality: municipalityIds.glostrup });
  return logins.map(({ role, email, password, language }) => ({ role, email, password, language }));
}

function isoDate(daysFromToday) {
  return new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);
}

async function seedDemoPlan(client, { refugee, caseworker, municipality }) {
  const plan = await client.collection("plans").create({
    refugee, caseworker, municipality, language: "ar",
    arrival_date: isoDate(-10), responsibility_date: isoDate(-7),
    household: { adults: 2, children: 2, unaccompanied_minor: false },
  });
  await client.collection("appointments").create({
    plan: plan.id, title: "Helbredsvurdering hos lægen", starts: `${isoDate(5)} 08:30:00.000Z`, ends: `${isoDate(5)} 09:30:00.000Z`,
    place: "Demo-lægehus, Eksempelvej 1, 2600 Glostrup", with: "Lægen", interpreter: true, status: "planned",
  });
  await client.collection("contacts").create({
    plan: plan.id, role: "caseworker", name: "Demo Sagsbehandler", organisation: "Glostrup Kommune, Integration",
  });
}
