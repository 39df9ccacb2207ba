// Demo data for `npm start`: the municipalities from their data files, one caseworker and one
// Arabic-speaking refugee. Passwords are random per install and printed, never fixed in the code.
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
  ].map((person) => ({ ...person, password: randomPassword() }));

  for (const person of logins) {
    await client.collection("users").create({
      email: person.email,
      password: person.password,
      passwordConfirm: person.password,
      name: person.name,
      role: person.role,
      language: person.language,
      municipality: municipalityIds.glostrup,
      verified: true,
    });
  }
  return logins.map(({ role, email, password, language }) => ({ role, email, password, language }));
}
