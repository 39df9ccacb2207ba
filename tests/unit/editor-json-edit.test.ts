// The hub form saves through updateJsonText: an unchanged form must give the identical bytes of every hub file,
// and a change must touch only the changed values (the rest of the hand-made layout stays).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inlineJson, isHubText, parseSpans, updateJsonText } from "../../src/islands/editor/lib/json-edit";

const hubDirectory = join(process.cwd(), "src", "content", "municipalities");
const hubFiles = readdirSync(hubDirectory).filter((file) => file.endsWith(".json") && !file.includes("generated"));
const read = (file: string) => readFileSync(join(hubDirectory, file), "utf8");
type Hub = { contacts: Array<Record<string, unknown>>; promises: Array<Record<string, unknown>>; leisure: unknown[]; lastChecked: string };

/** Lines of `after` that are not in `before` (a cheap line diff: what a reviewer of the export would see). */
const changedLines = (before: string, after: string) => {
  const old = new Set(before.split("\n"));
  return after.split("\n").filter((line) => !old.has(line));
};

describe("unchanged hub files keep their bytes", () => {
  it.each(hubFiles)("%s: parsed and saved unchanged is identical", (file) => {
    const text = read(file);
    expect(updateJsonText(text, JSON.parse(text))).toBe(text);
    // A deep copy (what the form holds) too, not only the same object.
    expect(updateJsonText(text, structuredClone(JSON.parse(text)))).toBe(text);
  });
  it("the test sees a difference (positive control)", () => {
    const text = read("gentofte.json");
    expect(updateJsonText(text, { ...JSON.parse(text), lastChecked: "2027-01-01" })).not.toBe(text);
  });
});

const cases: Array<{ name: string; file: string; change: (hub: Hub) => void; changed: number }> = [
  { name: "a phone number changes in place", file: "gentofte.json", changed: 1, change: (hub) => { hub.contacts[0]!.phone = "+4512345678"; } },
  { name: "null opening hours become rows", file: "gentofte.json", changed: 1,
    change: (hub) => { hub.contacts[0]!.openingHours = [{ days: ["mon", "tue"], opens: "09:00", closes: "15:00" }]; } },
  // Adding after the last item also gives that line its comma; removing the last takes the comma off the new last.
  { name: "a row of opening hours is added like its siblings", file: "gladsaxe.json", changed: 2,
    change: (hub) => { (hub.contacts[1]!.openingHours as unknown[]).push({ days: ["sat"], opens: "10:00", closes: "12:00" }); } },
  { name: "a row of opening hours is removed", file: "gladsaxe.json", changed: 1,
    change: (hub) => { (hub.contacts[1]!.openingHours as unknown[]).splice(2, 1); } },
  { name: "a description changes", file: "glostrup.json", changed: 1, change: (hub) => { hub.contacts[0]!.description = "Ny tekst med \"citat\" og æøå."; } },
  { name: "a promise is added", file: "gladsaxe.json", changed: 2,
    change: (hub) => { hub.promises.push({ id: "ny", text: "Et nyt løfte.", source: "gladsaxe-program" }); } },
  { name: "leisure gets its first text", file: "gentofte.json", changed: 1, change: (hub) => { hub.leisure.push({ id: "a", text: "Fodbold.", source: "x" }); } },
  { name: "the checked date changes", file: "gentofte.json", changed: 1, change: (hub) => { hub.lastChecked = "2027-01-01"; } },
];

describe("a changed form touches only what changed", () => {
  it.each(cases)("$name", ({ file, change, changed }) => {
    const text = read(file);
    const hub = JSON.parse(text) as Hub;
    change(hub);
    const saved = updateJsonText(text, hub);
    expect(JSON.parse(saved)).toEqual(hub);
    expect(changedLines(text, saved)).toHaveLength(changed);
    expect(saved.endsWith("\n")).toBe(text.endsWith("\n"));
  });
  it("an added opening-hours row copies the layout of the row before it", () => {
    const text = read("gladsaxe.json");
    const hub = JSON.parse(text) as Hub;
    (hub.contacts[1]!.openingHours as unknown[]).push({ days: ["sat"], opens: "10:00", closes: "12:00" });
    expect(changedLines(text, updateJsonText(text, hub))).toEqual([
      '        { "days": ["fri"], "opens": "10:00", "closes": "14:00" },',
      '        { "days": ["sat"], "opens": "10:00", "closes": "12:00" }',
    ]);
  });
});

describe("the span parser", () => {
  it.each([
    ['{"a": [1, {"b": null}], "c": "x\\"y"}'],
    ["[]"], ["{}"], ['  {"a":true}\n'], ["-1.5e3"],
  ])("parses %s like JSON.parse and keys/keeps a removed key's separator", (text) => {
    expect(() => parseSpans(text)).not.toThrow();
    expect(JSON.parse(updateJsonText(text, JSON.parse(text)))).toEqual(JSON.parse(text));
  });
  it.each([["{"], ['{"a" 1}'], ["[1,]"], ["nul"], ["{} x"]])("refuses %s", (text) => {
    expect(() => parseSpans(text)).toThrow();
  });
  it("removes a key with its separator", () => {
    expect(updateJsonText('{ "a": 1, "b": 2, "c": 3 }', { a: 1, c: 3 })).toBe('{ "a": 1, "c": 3 }');
    expect(updateJsonText('{ "a": 1, "b": 2 }', { b: 2 })).toBe('{ "b": 2 }');
  });
  it("adds a key after the last one with the same separator", () => {
    expect(updateJsonText('{\n  "a": 1,\n  "b": 2\n}\n', { a: 1, b: 2, c: "x" })).toBe('{\n  "a": 1,\n  "b": 2,\n  "c": "x"\n}\n');
  });
  it("writes new values inline, as the files do", () => {
    expect(inlineJson({ street: "Vej 1", postalCode: "2820", city: "By" })).toBe('{ "street": "Vej 1", "postalCode": "2820", "city": "By" }');
    expect(inlineJson(["mon", "tue"])).toBe('["mon", "tue"]');
  });
});

describe("which texts the hub form can show", () => {
  it.each([
    [read("gentofte.json"), true], ['{"contacts": []}', true], ['{"contacts": null}', false], ["[]", false], ["not json", false],
  ])("%#: %s", (text, shown) => expect(isHubText(text)).toBe(shown));
});
