// The translatable Danish texts of a municipality data file, and their version stamp for translation status.
import type { Municipality } from "../content/municipalities/index.ts";
import { objectSourceHash } from "./source-hash.ts";

/** Every translatable Danish text of a municipality, by its flat translation key "<slug>.<path>". */
export function municipalityTextKeys(municipality: Municipality): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const contact of municipality.contacts) keys[`${municipality.slug}.contacts.${contact.id}.description`] = contact.description;
  for (const promise of municipality.promises) keys[`${municipality.slug}.promises.${promise.id}.text`] = promise.text;
  for (const service of municipality.childrenServices) {
    keys[`${municipality.slug}.childrenServices.${service.id}.name`] = service.name;
    keys[`${municipality.slug}.childrenServices.${service.id}.text`] = service.text;
  }
  for (const item of municipality.leisure) keys[`${municipality.slug}.leisure.${item.id}.text`] = item.text;
  return keys;
}

/** Version stamp of all of a municipality's Danish texts. */
export function municipalityTextHash(municipality: Municipality): string {
  return objectSourceHash(municipalityTextKeys(municipality));
}
