// The Danish content shows no internal labels as sources, names no abolished programme or benefit as current,
// cites a real source (name, address, date checked) for every guide and hub entry, and tells the reader what to
// do tonight (1813 first, 112 when a life is in danger). Each check has a positive control: a planted bad string.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findProblems } from "../support/content-checks.ts";

const root = process.cwd();
const guideDirectory = join(root, "src", "content", "guides", "da");
const guideFiles = readdirSync(guideDirectory).filter((file) => file.endsWith(".md"));
const municipalityDirectory = join(root, "src", "content", "municipalities");
const municipalityFiles = readdirSync(municipalityDirectory).filter((file) => file.endsWith(".json") && !file.startsWith("index."));
const readJson = (...parts: string[]) => JSON.parse(readFileSync(join(root, ...parts), "utf8"));

interface GuideSource { label: string; url?: string; checked?: string }
/** Title, description, body and sources of a Danish guide (a small reader for this file's flat front matter). */
function readGuide(file: string) {
  const raw = readFileSync(join(guideDirectory, file), "utf8");
  const [, frontMatter = "", body = ""] = raw.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
  const field = (name: string) => frontMatter.match(new RegExp(`^${name}:\\s*(.*)$`, "m"))?.[1]?.replace(/^"|"$/g, "") ?? "";
  const sources: GuideSource[] = [];
  for (const line of frontMatter.split("\n")) {
    const label = line.match(/^\s*- label:\s*"(.*)"\s*$/);
    if (label) sources.push({ label: label[1] ?? "" });
    const url = line.match(/^\s+url:\s*(\S+)\s*$/);
    if (url && sources.length > 0) sources[sources.length - 1]!.url = url[1];
    const checked = line.match(/^\s+checked:\s*(\S+)\s*$/);
    if (checked && sources.length > 0) sources[sources.length - 1]!.checked = checked[1];
  }
  return { title: field("title"), description: field("description"), checked: field("checked"), body, sources };
}

describe("the checker finds what it must (positive controls)", () => {
  it.each([
    ["Kilde: seed 004", "internal-label"],
    ["Gentofte Kommune: Flygtninge og integration (seed 001)", "internal-label"],
    ["Pengene hedder nu selvforsørgelses- og hjemrejseydelse.".replace(" hedder nu", " er"), "abolished-name"],
    ["Dit selvforsørgelses- og hjemrejseprogram begynder senest efter en måned.", "abolished-name"],
    ["Du og kommunen skriver en integrationskontrakt under.", "abolished-name"],
    ["Du får overgangsydelse.", "abolished-name"],
    ["Alle uledsagede børn får en frivillig værge.", "abolished-name"],
    ["Spørg din sagsbehandler, hvor skadestuen er.", "abolished-name"],
    ["Alle voksne får en sagsbehandler på jobcentret.", "jobcentre"],
  ])("flags %j", (text, kind) => {
    expect(findProblems(text).map((finding) => finding.kind)).toContain(kind);
  });

  it.each([
    "Før 1. juli 2025 hed ydelsen selvforsørgelses- og hjemrejseydelse.",
    "Tidligere hed den integrationskontrakt.",
    "Ring 1813, hvis du vil på en akutmodtagelse eller akutklinik (tidligere kaldet skadestue).",
    "I mange kommuner sidder sagsbehandleren i jobcentret.",
    "Pengene hedder kontanthjælp.",
  ])("lets %j pass", (text) => {
    expect(findProblems(text)).toEqual([]);
  });
});

describe("Danish guides", () => {
  it.each(guideFiles)("%s names no abolished programme or benefit as current and shows no internal label", (file) => {
    const guide = readGuide(file);
    const text = [guide.title, guide.description, guide.body, ...guide.sources.map((source) => source.label)].join("\n");
    expect(findProblems(text)).toEqual([]);
  });

  it.each(guideFiles)("%s cites sources with a name, an address and the date checked", (file) => {
    const guide = readGuide(file);
    expect(guide.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(guide.sources.length).toBeGreaterThan(0);
    for (const source of guide.sources) {
      expect(source.label.length).toBeGreaterThan(0);
      if (source.url) {
        expect(source.url).toMatch(/^https?:\/\/[^/]+\.[a-z]{2,}\//);
        expect(source.checked, `${file}: ${source.label}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      } else {
        // A source without an address could not be checked: no date, so the page says "ikke tjekket".
        expect(source.checked, `${file}: ${source.label}`).toBeUndefined();
      }
    }
    expect(guide.sources.some((source) => source.url && source.checked)).toBe(true);
  });

  it("the health guide says what to do tonight: 1813 first, 112 when a life is in danger (regionh.dk)", () => {
    const health = readGuide("health.md");
    expect(health.body).toContain("(tel:1813)");
    expect(health.body).toContain("(tel:112)");
    expect(health.body.indexOf("1813")).toBeLessThan(health.body.indexOf("## Helbredsmæssig vurdering"));
    expect(health.sources.map((source) => source.url)).toContain("https://www.regionh.dk/presse-og-nyt/pressemeddelelser-og-nyheder/Sider/Fakta-om-1813.aspx");
  });

  it("the planted control is caught in a guide-shaped text", () => {
    const planted = `${readGuide("money-and-benefits.md").body}\nPengene hedder selvforsørgelses- og hjemrejseydelse.`;
    expect(findProblems(planted).map((finding) => finding.kind)).toEqual(["abolished-name"]);
  });
});

describe("the Danish glossary", () => {
  const glossary = readJson("src", "content", "glossary", "da.json") as { terms: Array<{ id: string; term: string; aliases?: string[]; definition: string }> };
  it("uses today's names as terms and marks old names in the definitions; old names stay as aliases", () => {
    for (const term of glossary.terms) {
      expect(findProblems(term.definition), term.id).toEqual([]);
      // "Jobcenter" may stay as a term: its definition says it is no longer obligatory.
      expect(findProblems(term.term).filter((finding) => finding.kind !== "jobcentre"), term.id).toEqual([]);
    }
    const byTerm = new Map(glossary.terms.map((term) => [term.term, term]));
    expect(byTerm.get("Kontanthjælp")?.aliases).toContain("selvforsørgelses- og hjemrejseydelse");
    expect(byTerm.get("Introduktionsprogram")?.aliases).toContain("selvforsørgelses- og hjemrejseprogram");
    expect(byTerm.get("Kontrakt")?.aliases).toContain("integrationskontrakt");
    expect(byTerm.get("Midlertidig forældremyndighedsindehaver")?.aliases).toContain("værge");
    expect(byTerm.get("Arbejdspligt")?.definition).toMatch(/37 timer/);
  });
});

describe("Danish UI strings", () => {
  const files = readdirSync(join(root, "locales", "da")).filter((file) => file.endsWith(".json") && !file.startsWith("_"));
  it.each(files)("locales/da/%s names no abolished name as current", (file) => {
    const strings = readJson("locales", "da", file) as Record<string, string>;
    expect(findProblems(Object.values(strings).join("\n"))).toEqual([]);
  });
});

describe("municipality hubs", () => {
  interface Source { id: string; label: string; url: string | null; checked: string | null }
  type Reference = string | string[];
  const ids = (reference: Reference) => (typeof reference === "string" ? [reference] : reference);

  it.each(municipalityFiles)("%s: every entry cites known sources; each source has a name, an address and a date, or says it is unchecked", (file) => {
    const municipality = readJson("src", "content", "municipalities", file);
    const sources = municipality.sources as Source[];
    const known = new Set(sources.map((source) => source.id));
    const entries: Array<{ source: Reference; text: string }> = [
      ...municipality.contacts.map((contact: { source: Reference; name: string; description: string }) => ({ source: contact.source, text: `${contact.name}. ${contact.description}` })),
      ...municipality.promises.map((promise: { source: Reference; text: string }) => ({ source: promise.source, text: promise.text })),
      ...municipality.childrenServices.map((service: { source: Reference; name: string; text: string }) => ({ source: service.source, text: `${service.name}. ${service.text}` })),
      ...municipality.leisure.map((item: { source: Reference; text: string }) => ({ source: item.source, text: item.text })),
    ];
    for (const entry of entries) {
      expect(ids(entry.source).length).toBeGreaterThan(0);
      for (const id of ids(entry.source)) expect(known, `${file}: "${id}"`).toContain(id);
      expect(findProblems(entry.text), entry.text).toEqual([]);
    }
    for (const source of sources) {
      expect(findProblems(source.label)).toEqual([]);
      if (source.url) expect(source.checked, source.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      else expect(source.checked, source.id).toBeNull();
    }
    expect(sources.some((source) => source.url && source.checked)).toBe(true);
  });

  it("a hub entry that cites an unknown or internal source is caught (positive control)", () => {
    expect(findProblems("Kilde: seed 002").map((finding) => finding.kind)).toEqual(["internal-label"]);
  });

  it("no phone number of a named person or one meant only for volunteers is shown (rows 24, 26)", () => {
    const phones = municipalityFiles.flatMap((file) => readJson("src", "content", "municipalities", file).contacts.map((contact: { phone: string | null }) => contact.phone));
    expect(phones).not.toContain("+4522656510");
    const gladsaxe = readJson("src", "content", "municipalities", "gladsaxe.json");
    const housing = gladsaxe.contacts.find((contact: { id: string }) => contact.id === "boligsocial-enhed");
    expect(housing.description).toMatch(/kun om din bolig/);
  });
});
