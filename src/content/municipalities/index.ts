// Typed access to the municipality data files: one JSON file per municipality, the one source of its facts.
// Danish texts live in the files; translations live in locales/<lang>/municipalities.json under the keys that
// municipalityTextKeys() (src/i18n/municipality-texts.ts) gives. No Node APIs here: the browser imports this too.
import municipalityIndex from "./index.generated.json" with { type: "json" };
import type { DeadlineRule } from "../../domain/rules.ts";

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
export type WeeklyHours = Array<{ days: Weekday[]; opens: string; closes: string }>;

export interface Contact {
  id: string;
  name: string;
  organisation: string | null;
  kind: "municipality" | "jobcentre" | "volunteer" | "housing" | "children" | "health" | "other";
  /** E.164, e.g. "+4539650575", for tel: links. */
  phone: string | null;
  email: string | null;
  address: { street: string; postalCode: string; city: string } | null;
  url: string | null;
  openingHours: WeeklyHours | null;
  phoneHours: WeeklyHours | null;
  description: string;
  lastChecked: string;
  source: string;
}

export interface Municipality {
  slug: string;
  name: string;
  /** Origin of this municipality's PocketBase; "" = the same origin as the site. */
  apiOrigin: string;
  lastChecked: string;
  mayor: { name: string | null; title: string };
  welcomeLetter: { promised: boolean; withinDays: number | null };
  contacts: Contact[];
  promises: Array<{ id: string; text: string; source: string }>;
  childrenServices: Array<{ id: string; name: string; text: string; source: string }>;
  leisure: Array<{ id: string; text: string; source: string }>;
  rules: DeadlineRule[];
  /** How long plans are kept after the programme ends; the municipality decides as data controller (src/domain/retention.ts). */
  retention?: { planYearsAfterProgrammeEnd: number; source: string };
}

/** All data files of this folder, via index.generated.json (rebuilt by scripts/lib/municipalities.mjs). */
export const municipalities: Municipality[] = municipalityIndex.municipalities as Municipality[];

export function getMunicipality(slug: string): Municipality {
  const municipality = municipalities.find((candidate) => candidate.slug === slug);
  if (!municipality) throw new Error(`Unknown municipality "${slug}"`);
  return municipality;
}
