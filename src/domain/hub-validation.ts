// Structural checks of a municipality's hub file (src/content/municipalities/<slug>.json) as an editor saves it
// in the browser: phone numbers, e-mails, addresses, opening and phone hours, links and dates. Pure: the server
// runs it on every save (bundled into the hooks by scripts/lib/build-hooks.mjs), and the editor can run it before
// sending. Each problem is keyed by its JSON path (e.g. "contacts.2.phone"), so the editor can show it by the field.
import { isIsoDate } from "./dates.ts";

export type HubMessageLanguage = "da" | "en";
export interface HubProblem {
  code: string;
  message: string;
}
export type HubProblems = Record<string, HubProblem>;

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

const MESSAGES: Record<string, Record<HubMessageLanguage, string>> = {
  validation_hub_object: { da: "Kommunens data skal være et JSON-objekt.", en: "The municipality's data must be a JSON object." },
  validation_required: { da: "Skal udfyldes.", en: "Required." },
  validation_text: { da: "Skal være en tekst.", en: "Must be a text." },
  validation_list: { da: "Skal være en liste.", en: "Must be a list." },
  validation_object: { da: "Skal være et objekt med felter.", en: "Must be an object with fields." },
  validation_slug: { da: "Kommunens kortnavn kan ikke ændres her.", en: "The municipality's short name cannot be changed here." },
  validation_phone: {
    da: "Telefonnummeret skal skrives med landekode og uden mellemrum, fx +4539650575 (8 cifre efter +45).",
    en: "Write the phone number with its country code and no spaces, e.g. +4539650575 (8 digits after +45).",
  },
  validation_email: { da: "Ikke en gyldig e-mailadresse, fx navn@kommune.dk.", en: "Not a valid e-mail address, e.g. name@municipality.dk." },
  validation_postal_code: { da: "Postnummeret skal være 4 cifre.", en: "The postal code must be 4 digits." },
  validation_url_https: { da: "Linket skal begynde med https://.", en: "The link must start with https://." },
  validation_url_web: { da: "Linket skal begynde med https:// eller http://.", en: "The link must start with https:// or http://." },
  validation_date: { da: "Datoen skal skrives ÅÅÅÅ-MM-DD, fx 2026-12-01.", en: "Write the date as YYYY-MM-DD, e.g. 2026-12-01." },
  validation_hours_days: {
    da: "Vælg mindst én ugedag (mon, tue, wed, thu, fri, sat, sun), hver kun én gang.",
    en: "Choose at least one weekday (mon, tue, wed, thu, fri, sat, sun), each only once.",
  },
  validation_hours_time: { da: "Tiden skal skrives TT:MM, fx 09:30.", en: "Write the time as HH:MM, e.g. 09:30." },
  validation_hours_order: { da: "Lukketiden skal være efter åbningstiden.", en: "The closing time must be after the opening time." },
  validation_duplicate_id: { da: "Denne id er brugt to gange.", en: "This id is used twice." },
  validation_unknown_source: { da: "Der er ingen kilde med denne id.", en: "There is no source with this id." },
  validation_whole_number: { da: "Skal være et helt tal, 0 eller mere.", en: "Must be a whole number, 0 or more." },
  validation_boolean: { da: "Skal være sand eller falsk.", en: "Must be true or false." },
  // Guides, the glossary and UI texts (src/domain/content-validation.ts): one table for every content message.
  validation_glossary_object: { da: "Ordlisten skal være et JSON-objekt med \"translation\" og \"terms\".", en: "The glossary must be a JSON object with \"translation\" and \"terms\"." },
  validation_namespace_object: { da: "UI-teksterne skal være et JSON-objekt med én tekst pr. nøgle.", en: "The UI texts must be a JSON object with one text per key." },
  validation_translation_value: { da: "Skal være source (dansk), machine eller reviewed.", en: "Must be source (Danish), machine or reviewed." },
  validation_list_of_texts: { da: "Skal være en liste af tekster.", en: "Must be a list of texts." },
  validation_integer: { da: "Skal være et helt tal, fx 3.", en: "Must be a whole number, e.g. 3." },
  validation_at_least_one: { da: "Skal have mindst én.", en: "Needs at least one." },
  validation_front_matter_yaml: {
    da: "Forsiden (linjerne mellem --- og ---) kan ikke læses; tjek kolon, anførselstegn og indrykning.",
    en: "The front matter (the lines between --- and ---) cannot be read; check colons, quotes and indentation.",
  },
  validation_icu_syntax: {
    da: "Teksten kan ikke læses som besked: tjek at hver { har sin }, og at pladsholdere skrives som {navn}.",
    en: "The text cannot be read as a message: check that every { has its }, and that placeholders are written {name}.",
  },
  validation_icu_arguments: {
    da: "Oversættelsen skal have de samme pladsholdere som den danske tekst.",
    en: "The translation must have the same placeholders as the Danish text.",
  },
};

/** The message of a validation code in Danish or English (the code itself for an unknown one). */
export function validationMessage(code: string, language: HubMessageLanguage = "da"): string {
  return MESSAGES[code]?.[language] ?? code;
}

/** "en" when the Accept-Language header prefers English over Danish; Danish otherwise (the default). */
export function hubMessageLanguage(acceptLanguage: string | null | undefined): HubMessageLanguage {
  const preferences = String(acceptLanguage ?? "").split(",").map((part, index) => {
    const [tag = "", ...parameters] = part.trim().toLowerCase().split(";");
    const quality = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith("q="));
    return { language: tag.split("-")[0] ?? "", quality: quality ? Number(quality.slice(2)) : 1, index };
  }).filter((preference) => (preference.language === "da" || preference.language === "en") && preference.quality > 0);
  preferences.sort((left, right) => right.quality - left.quality || left.index - right.index);
  return preferences[0]?.language === "en" ? "en" : "da";
}

type Json = unknown;
const isObject = (value: Json): value is Record<string, Json> => value !== null && typeof value === "object" && !Array.isArray(value);
const isNonEmptyText = (value: Json) => typeof value === "string" && value.trim() !== "";

/** E.164 with a country code; Danish numbers have exactly 8 digits after +45. */
export function isPhoneNumber(value: string): boolean {
  if (value.startsWith("+45")) return /^\+45\d{8}$/.test(value);
  return /^\+[1-9]\d{6,14}$/.test(value);
}

export function isEmailAddress(value: string): boolean {
  return /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[A-Za-z]{2,}$/.test(value);
}

export function isHttpsUrl(value: string): boolean {
  return /^https:\/\/[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?$/.test(value);
}

/** A cited source may be an official page that is only served over http (Glostrup's 2022 page is). */
export function isWebUrl(value: string): boolean {
  return isHttpsUrl(value) || /^http:\/\/[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?$/.test(value);
}

const isClockTime = (value: Json): value is string => typeof value === "string" && /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/.test(value);

/** Every structural problem of a hub body, by JSON path; {} when it is good. `slug` = the entry's own slug. */
export function validateHub(hub: Json, options: { slug?: string; language?: HubMessageLanguage } = {}): HubProblems {
  const language = options.language ?? "da";
  const problems: HubProblems = {};
  const report = (path: string, code: string) => {
    if (!problems[path]) problems[path] = { code, message: validationMessage(code, language) };
  };
  if (!isObject(hub)) {
    report("body", "validation_hub_object");
    return problems;
  }
  const requireText = (object: Record<string, Json>, path: string, key: string) => {
    if (!isNonEmptyText(object[key])) report(`${path}${key}`, object[key] === undefined || object[key] === null || typeof object[key] === "string" ? "validation_required" : "validation_text");
  };
  const optionalText = (object: Record<string, Json>, path: string, key: string) => {
    if (object[key] !== undefined && object[key] !== null && typeof object[key] !== "string") report(`${path}${key}`, "validation_text");
  };
  const requireDate = (value: Json, path: string) => {
    if (!isIsoDate(value)) report(path, value === undefined || value === "" ? "validation_required" : "validation_date");
  };
  const optionalHttps = (value: Json, path: string) => {
    if (value === null || value === undefined) return;
    if (typeof value !== "string" || !isHttpsUrl(value)) report(path, "validation_url_https");
  };
  const optionalWebUrl = (value: Json, path: string) => {
    if (value === null || value === undefined) return;
    if (typeof value !== "string" || !isWebUrl(value)) report(path, "validation_url_web");
  };
  const list = (key: string): Record<string, Json>[] => {
    const value = hub[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      report(key, "validation_list");
      return [];
    }
    return value.map((item, index) => {
      if (!isObject(item)) report(`${key}.${index}`, "validation_object");
      return isObject(item) ? item : {};
    });
  };
  const uniqueIds = (key: string, items: Record<string, Json>[]) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      requireText(item, `${key}.${index}.`, "id");
      if (typeof item.id === "string" && seen.has(item.id)) report(`${key}.${index}.id`, "validation_duplicate_id");
      if (typeof item.id === "string") seen.add(item.id);
    });
  };

  requireText(hub, "", "slug");
  if (options.slug !== undefined && typeof hub.slug === "string" && hub.slug !== "" && hub.slug !== options.slug) report("slug", "validation_slug");
  requireText(hub, "", "name");
  requireDate(hub.lastChecked, "lastChecked");
  if (hub.apiOrigin !== undefined && hub.apiOrigin !== "") optionalHttps(hub.apiOrigin, "apiOrigin");
  if (hub.welcomeLetter !== undefined) {
    if (!isObject(hub.welcomeLetter)) report("welcomeLetter", "validation_object");
    else {
      if (typeof hub.welcomeLetter.promised !== "boolean") report("welcomeLetter.promised", "validation_boolean");
      const days = hub.welcomeLetter.withinDays;
      if (days !== null && days !== undefined && !(typeof days === "number" && Number.isInteger(days) && days >= 0)) report("welcomeLetter.withinDays", "validation_whole_number");
    }
  }

  const sources = list("sources");
  uniqueIds("sources", sources);
  sources.forEach((source, index) => {
    requireText(source, `sources.${index}.`, "label");
    optionalWebUrl(source.url, `sources.${index}.url`);
    if (source.checked !== null && source.checked !== undefined) requireDate(source.checked, `sources.${index}.checked`);
  });
  const sourceIds = new Set(sources.map((source) => source.id).filter((id): id is string => typeof id === "string"));
  const checkSourceReference = (reference: Json, path: string) => {
    if (reference === undefined) return;
    const ids = typeof reference === "string" ? [reference] : Array.isArray(reference) ? reference : null;
    if (!ids) return report(path, "validation_text");
    ids.forEach((id, index) => {
      if (typeof id !== "string" || !sourceIds.has(id)) report(typeof reference === "string" ? path : `${path}.${index}`, "validation_unknown_source");
    });
  };

  const contacts = list("contacts");
  uniqueIds("contacts", contacts);
  contacts.forEach((contact, index) => {
    const path = `contacts.${index}.`;
    requireText(contact, path, "name");
    optionalText(contact, path, "organisation");
    optionalText(contact, path, "description");
    if (contact.phone !== null && contact.phone !== undefined && (typeof contact.phone !== "string" || !isPhoneNumber(contact.phone))) report(`${path}phone`, "validation_phone");
    if (contact.email !== null && contact.email !== undefined && (typeof contact.email !== "string" || !isEmailAddress(contact.email))) report(`${path}email`, "validation_email");
    optionalHttps(contact.url, `${path}url`);
    if (contact.address !== null && contact.address !== undefined) {
      if (!isObject(contact.address)) report(`${path}address`, "validation_object");
      else {
        requireText(contact.address, `${path}address.`, "street");
        requireText(contact.address, `${path}address.`, "city");
        const postalCode = contact.address.postalCode;
        if (typeof postalCode !== "string" || !/^\d{4}$/.test(postalCode)) report(`${path}address.postalCode`, postalCode === undefined || postalCode === "" ? "validation_required" : "validation_postal_code");
      }
    }
    for (const hoursKey of ["openingHours", "phoneHours"]) checkHours(contact[hoursKey], `${path}${hoursKey}`);
    if (contact.lastChecked !== undefined) requireDate(contact.lastChecked, `${path}lastChecked`);
    checkSourceReference(contact.source, `${path}source`);
  });

  function checkHours(hours: Json, path: string) {
    if (hours === null || hours === undefined) return;
    if (!Array.isArray(hours)) return report(path, "validation_list");
    hours.forEach((slot: Json, index) => {
      const slotPath = `${path}.${index}`;
      if (!isObject(slot)) return report(slotPath, "validation_object");
      const days = slot.days;
      const goodDays = Array.isArray(days) && days.length > 0 && days.every((day) => typeof day === "string" && WEEKDAYS.includes(day))
        && new Set(days).size === days.length;
      if (!goodDays) report(`${slotPath}.days`, "validation_hours_days");
      if (!isClockTime(slot.opens)) report(`${slotPath}.opens`, "validation_hours_time");
      if (!isClockTime(slot.closes)) report(`${slotPath}.closes`, "validation_hours_time");
      if (isClockTime(slot.opens) && isClockTime(slot.closes) && slot.opens >= slot.closes) report(`${slotPath}.closes`, "validation_hours_order");
    });
  }

  for (const [key, textKeys] of [["promises", ["text"]], ["childrenServices", ["name", "text"]], ["leisure", ["text"]]] as const) {
    const items = list(key);
    uniqueIds(key, items);
    items.forEach((item, index) => {
      for (const textKey of textKeys) requireText(item, `${key}.${index}.`, textKey);
      checkSourceReference(item.source, `${key}.${index}.source`);
    });
  }
  if (hub.rules !== undefined && !Array.isArray(hub.rules)) report("rules", "validation_list");
  return problems;
}
