// Adding a municipality means adding one data file: the generated index must list exactly the files there.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { municipalityIndexText, readMunicipalities } from "../../scripts/lib/municipalities.mjs";
import { municipalities } from "../../src/content/municipalities";
import { MUNICIPALITY_SLUGS } from "../../src/domain/rules";

it("index.generated.json matches the data files (npm test, build and start rebuild it)", () => {
  const committed = readFileSync(join(process.cwd(), "src", "content", "municipalities", "index.generated.json"), "utf8");
  expect(committed).toBe(municipalityIndexText());
});

it("the site and the deadline rules see every data file", () => {
  const slugs = readMunicipalities().map((municipality: { slug: string }) => municipality.slug);
  expect(municipalities.map((municipality) => municipality.slug)).toEqual(slugs);
  expect(MUNICIPALITY_SLUGS).toEqual(slugs);
});
