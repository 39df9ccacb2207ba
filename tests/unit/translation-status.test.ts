import { describe, expect, it } from "vitest";
import { sourceHash } from "../../src/i18n/source-hash";
import { translationStatus, type TranslationRecord } from "../../src/i18n/translation-status";

const danish = "Du får en sagsbehandler på jobcentret.";
const currentHash = sourceHash(danish);

describe("translationStatus", () => {
  it.each<[string, TranslationRecord | undefined, string]>([
    ["no translation", undefined, "missing"],
    ["the Danish source itself", { translation: "source" }, "source"],
    ["a machine draft of the current source", { translation: "machine", sourceHash: currentHash }, "machine"],
    ["a reviewed translation of the current source", { translation: "reviewed", sourceHash: currentHash }, "reviewed"],
    ["a reviewed translation of an older source", { translation: "reviewed", sourceHash: sourceHash("Gammel tekst.") }, "outdated"],
    ["a translation with no recorded source", { translation: "machine" }, "outdated"],
  ])("%s reads as %s", (_case, record, expected) => {
    expect(translationStatus(record, currentHash)).toBe(expected);
  });

  it("changes the hash when the Danish source changes, and ignores line-ending noise", () => {
    expect(sourceHash(`${danish} Ny sætning.`)).not.toBe(currentHash);
    expect(sourceHash(`${danish}\r\n`)).toBe(currentHash);
  });
});
