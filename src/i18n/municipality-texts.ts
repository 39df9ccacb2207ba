// The translatable Danish texts of the municipality data files, their version stamp for translation status,
// and the text to show in a language (its translation in locales/<lang>/municipalities.json, else Danish).
import { municipalities, type Municipality } from "../content/municipalities/index.ts";
import { namespaceSourceHash } from "./source-hash.ts";

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

/** All municipalities' Danish texts: the source of the "municipalities" translation namespace. */
export function allMunicipalityTexts(): Record<string, string> {
  return Object.assign({}, ...municipalities.map(municipalityTextKeys));
}

/** The hash a translation of the municipalities namespace must record in locales/<lang>/_status.json. */
export function municipalityTextsHash(): string {
  return namespaceSourceHash(allMunicipalityTexts());
}
