// Small builders for test data, created through the superuser client.
import type PocketBase from "pocketbase";

export const password = "correct-horse-battery";

export async function createMunicipality(admin: PocketBase, slug: string) {
  return admin.collection("municipalities").create({ slug, name: `${slug} Kommune` });
}

export async function createUser(
  admin: PocketBase,
  fields: { email: string; role: string; municipality?: string; language?: string; name?: string; languages?: string },
) {
  return admin.collection("users").create({
    name: fields.name ?? fields.email.split("@")[0],
    language: "da",
    ...fields,
    password,
    passwordConfirm: password,
    verified: true,
  });
}
