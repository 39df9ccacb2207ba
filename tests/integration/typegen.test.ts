// The typed client's types must match the migrations: a schema change without `npm run typegen` fails here.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { generateTypes, typesFile } from "../../scripts/typegen.mjs";

it("src/types/pocketbase-types.ts matches the types generated from the migrations (run `npm run typegen`)", async () => {
  const generated = await generateTypes();
  expect(readFileSync(typesFile, "utf8")).toBe(generated);
  expect(generated).toContain("PlansRecord");
}, 60_000);
