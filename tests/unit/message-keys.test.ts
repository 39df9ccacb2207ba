// The typed message keys (src/i18n/message-keys.generated.ts) are generated from locales/da/*.json; this
// fails when someone changed a Danish file and did not run `npm run i18n:keys`.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { messageKeysSource } from "../../src/i18n/message-keys";

const danish = join(process.cwd(), "locales", "da");
const dictionaries = Object.fromEntries(readdirSync(danish).filter((file) => file.endsWith(".json") && !file.startsWith("_"))
  .map((file) => [file.replace(/\.json$/, ""), JSON.parse(readFileSync(join(danish, file), "utf8"))]));

describe("generated message keys", () => {
  it("match locales/da/*.json (run `npm run i18n:keys` after changing a Danish file)", () => {
    expect(readFileSync(join(process.cwd(), "src", "i18n", "message-keys.generated.ts"), "utf8")).toBe(messageKeysSource(dictionaries));
  });

  it("list each key with its ICU arguments", () => {
    const source = messageKeysSource({ me: { "me.a": "Hej", "me.b": "{count, plural, one {# dag} other {# dage}} til {date}" } });
    expect(source).toContain(`"me.a": never;`);
    expect(source).toContain(`"me.b": { "count": number; "date": MessageText };`);
  });
});
