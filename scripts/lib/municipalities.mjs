// Reads the municipality data files (src/content/municipalities/<slug>.json): one file per municipality.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "./pocketbase-server.mjs";

export const municipalitiesDirectory = join(projectRoot, "src", "content", "municipalities");

export function readMunicipalities() {
  return readdirSync(municipalitiesDirectory)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(municipalitiesDirectory, file), "utf8")));
}
