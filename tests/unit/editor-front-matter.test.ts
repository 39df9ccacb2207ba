// The guide form edits title, description and Markdown; every other front-matter line stays byte for byte.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { frontMatterValue, isGuideText, parseGuide, readScalar, serializeGuide, writeScalar } from "../../src/islands/editor/lib/front-matter";
import { parseGuideFile } from "../../src/i18n/guide-source";

const guideRoot = join(process.cwd(), "src", "content", "guides");
const guides = ["da", "en", "ar"].flatMap((lang) => readdirSync(join(guideRoot, lang)).filter((file) => file.endsWith(".md")).map((file) => `${lang}/${file}`));
const read = (name: string) => readFileSync(join(guideRoot, name), "utf8");
const frontMatterOf = (raw: string) => raw.split("\n---\n")[0]!;

describe("every guide in the repository", () => {
  it.each(guides)("%s: parsed and saved unchanged is identical, and reads like the site's parser", (name) => {
    const raw = read(name);
    const fields = parseGuide(raw);
    expect(serializeGuide(raw, fields)).toBe(raw);
    const site = parseGuideFile(raw);
    expect({ title: fields.title, description: fields.description, body: fields.body }).toEqual(site);
  });
});

const sample = `---
title: Dit helbred
description: "Hvad du gør: ring 1813"
order: 6
checked: 2026-12-01
sources:
  - label: "Region Hovedstaden"
    url: https://www.regionh.dk/
translation: source
---

Et godt helbred.
`;

const changes: Array<{ name: string; fields: Partial<{ title: string; description: string; body: string }>; lines: string[] }> = [
  { name: "a plain title stays plain", fields: { title: "Dit gode helbred" }, lines: ["title: Dit gode helbred"] },
  { name: "a title with a colon is quoted", fields: { title: "Helbred: læge" }, lines: ['title: "Helbred: læge"'] },
  { name: "a quoted description stays quoted", fields: { description: "Ring til lægen" }, lines: ['description: "Ring til lægen"'] },
  { name: "quotes inside are escaped", fields: { description: 'Sig "hej"' }, lines: ['description: "Sig \\"hej\\""'] },
  { name: "a number-like title is quoted", fields: { title: "1813" }, lines: ['title: "1813"'] },
  { name: "a line break becomes a space", fields: { title: "To\nlinjer" }, lines: ["title: To linjer"] },
];

describe("a changed field changes only its line", () => {
  it.each(changes)("$name", ({ fields, lines }) => {
    const current = parseGuide(sample);
    const saved = serializeGuide(sample, { ...current, ...fields });
    const before = new Set(frontMatterOf(sample).split("\n"));
    expect(frontMatterOf(saved).split("\n").filter((line) => !before.has(line))).toEqual(lines);
    expect(parseGuide(saved)).toEqual({ ...current, ...fields, title: (fields.title ?? current.title).replace(/\n/g, " ") });
  });
  it("the Markdown changes alone leave the front matter identical", () => {
    const saved = serializeGuide(sample, { ...parseGuide(sample), body: "\nNy tekst.\n" });
    expect(frontMatterOf(saved)).toBe(frontMatterOf(sample));
    expect(saved.endsWith("---\n\nNy tekst.\n")).toBe(true);
  });
  it("a missing title is added at the top", () => {
    const raw = "---\norder: 1\n---\nx\n";
    expect(serializeGuide(raw, { title: "Ny", description: "", body: "x\n" })).toBe("---\ntitle: Ny\norder: 1\n---\nx\n");
  });
  it("refuses a file without front matter (the island then shows the raw text)", () => {
    expect(() => parseGuide("no front matter")).toThrow(/front matter/);
    expect(() => parseGuide("---\ntitle: x\n")).toThrow(/closing/);
    expect(isGuideText("no front matter")).toBe(false);
    expect(isGuideText(sample)).toBe(true);
  });
});

describe("scalars", () => {
  it.each([
    ["plain", "plain"], ['"a \\"b\\""', 'a "b"'], ["'it''s'", "it's"], ["  spaced  ", "spaced"], ['"', '"'],
  ])("reads %s as %s", (written, value) => expect(readScalar(written)).toBe(value));
  it.each([
    ["Dit helbred", undefined, "Dit helbred"], ["- list", undefined, '"- list"'], ["a #b", undefined, '"a #b"'],
    ["yes", undefined, '"yes"'], ["Plain", '"Quoted"', '"Plain"'], ["", undefined, '""'],
  ])("writes %s (was %s) as %s", (value, before, written) => expect(writeScalar(value, before)).toBe(written));
  it("reads the checked date", () => {
    expect(frontMatterValue(sample, "checked")).toBe("2026-12-01");
    expect(frontMatterValue(sample, "reviewed")).toBe("");
    expect(frontMatterValue("not a guide", "checked")).toBe("");
  });
});
