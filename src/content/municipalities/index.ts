// Typed access to the municipality data files: one JSON file per municipality, the one source of its facts.
// Danish texts live in the files; translations live in locales/<lang>/municipalities.json under the keys that
// municipalityTextKeys() (src/i18n/municipality-texts.ts) gives. No Node APIs here: the browser imports this too.
import municipalityIndex from "./index.generated.json" with { type: "json" };
import type { DeadlineRule } from "../../domain/rules.ts";
import type { ContactKind } from "./contact-kinds.ts";

export { CONTACT_KINDS, type ContactKind } from "./contact-kinds.ts";

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
export type WeeklyHours = Array<{ days: Weekday[]; opens: string; closes: string }>;

export interface Contact {
  id: string;
  name: string;
  organisation: string | null;
  kind: ContactKind;
  /** E.164, e.g. "+4539650575", for tel: links. */
  phone: string | null;
  email: string | null;
  address: { street: string; postalCode: string; city: string } | null;
  url: string | null;
  openingHours: WeeklyHours | null;
  phoneHours: WeeklyHours | null;
  description: string;
  lastChecked: string;
  /** Id (or ids) of entries in the municipality's `sources`. */
  source: SourceReference;
}

/** A page or document the municipality's texts were compared with. `checked` is the date a person compared
 * the text with this source (YYYY-MM-DD); null means it could not be checked, so the page says so. */
export interface Source {
  id: string;
  label: string;
  url: string | null;
  checked: string | null;
}
export type SourceReference = string | string[];

export interface Municipality {
  slug: string;
  name: string;
  /** Origin of this municipality's PocketBase; "" = the same origin as the site. */
  apiOrigin: string;
  lastChecked: string;
  mayor: { name: string | null; title: string };
  welcomeLetter: { promised: boolean; withinDays: number | null };
  sources: Source[];
  contacts: Contact[];
  promises: Array<{ id: string; text: string; source: SourceReference }>;
  childrenServices: Array<{ id: string; name: string; text: string; source: SourceReference }>;
  leisure: Array<{ id: string; text: string; source: SourceReference }>;
  rules: DeadlineRule[];
  /** How long plans are kept after the programme ends; the municipality decides as data controller (src/domain/retention.ts). */
  retention?: { planYearsAfterProgrammeEnd: number; source: string };
}

/** All data files of this folder, via index.generated.json (rebuilt by scripts/lib/municipalities.mjs). */
export const municipalities: Municipality[] = municipalityIndex.municipalities as Municipality[];

/** The sources an entry cites, in the order given; throws on an unknown id so a typo fails the build. */
export function resolveSources(municipality: Municipality, reference: SourceReference): Source[] {
  const ids = typeof reference === "string" ? [reference] : reference;
  return ids.map((id) => {
    const source = municipality.sources.find((candidate) => candidate.id === id);
    if (!source) throw new Error(`${municipality.slug}: unknown source "${id}"`);
    return source;
  });
}

export function getMunicipality(slug: string): Municipality {
  const municipality = municipalities.find((candidate) => candidate.slug === slug);
  if (!municipality) throw new Error(`Unknown municipality "${slug}"`);
  return municipality;
}
