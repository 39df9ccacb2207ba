// textLanguage(): which language a page shows a translatable text in, so a text that is not in the page's
// language (a contact an editor added that no one has translated yet) is marked with its own lang and dir.
import { describe, expect, it } from "vitest";
import { resources, textLanguage } from "../../src/i18n/translator";

// A real key of the municipalities namespace, present in Arabic (positive control for the fallback rows).
const translatedKey = Object.keys(resources.ar?.municipalities ?? {}).find((key) => key.includes(".contacts."))!;

describe("textLanguage", () => {
  it("has a translated key to test with", () => {
    expect(translatedKey).toBeTruthy();
  });

  it.each([
    ["an Arabic page, a key Arabic has", "ar", () => translatedKey, { lang: "ar", dir: "rtl" }],
    ["an Arabic page, a key no language has (a new contact)", "ar", () => "glostrup.contacts.sundhedshuset-oest.description", { lang: "da", dir: "ltr" }],
    ["a Danish page, a key no language has", "da", () => "glostrup.contacts.sundhedshuset-oest.description", { lang: "da", dir: "ltr" }],
  ])("%s", (_what, pageLang, key, expected) => {
    expect(textLanguage(pageLang, "municipalities", key())).toEqual(expected);
  });
});
