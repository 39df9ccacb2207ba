// The editor island's pure rules: the build status line in Danish time, stale-first order, the translator's queue
// order, the Danish diff, and what a refused save means (conflict, field errors by JSON path, refusal).
import { describe, expect, it } from "vitest";
import { buildLine, danishClock, type SiteStatus } from "../../src/islands/editor/lib/build-status";
import { checkedOnOf, isStale, sortStaleFirst, titleOf } from "../../src/islands/editor/lib/stale";
import { danishPathOf, sortQueue, type QueueItem } from "../../src/islands/editor/lib/queue";
import { diffPieces, hasChanges, trimUnchanged } from "../../src/islands/editor/lib/text-diff";
import { inputIdForPath, saveFailure } from "../../src/islands/editor/lib/save-errors";

const now = new Date("2026-12-01T15:00:00Z");
// Times are Danish wall-clock time in the reader's notation: "14.02" in Danish, "14:02" in English.
const status = (fields: Partial<SiteStatus>): SiteStatus => ({ live_since: null, building: false, queued: false, last_error: null, ...fields });

describe("build status line", () => {
  it.each([
    { name: "live today: the Danish time (winter, UTC+1)", status: status({ live_since: "2026-12-01 13:02:00.000Z" }), line: { kind: "live", time: "14.02", date: null } },
    { name: "live, PocketBase or ISO format", status: status({ live_since: "2026-12-01T13:02:00Z" }), line: { kind: "live", time: "14.02", date: null } },
    { name: "building wins", status: status({ live_since: "2026-12-01 13:02:00.000Z", building: true }), line: { kind: "building" } },
    { name: "queued", status: status({ live_since: "2026-12-01 13:02:00.000Z", queued: true }), line: { kind: "queued" } },
    { name: "the last build failed: the error, though an old site is live",
      status: status({ live_since: "2026-12-01 13:02:00.000Z", last_error: "Guide health: front matter missing", last_build: { status: "failed" } }),
      line: { kind: "failed", error: "Guide health: front matter missing" } },
    { name: "an old error after a good build is not shown",
      status: status({ live_since: "2026-12-01 13:02:00.000Z", last_error: "old", last_build: { status: "live" } }), line: { kind: "live", time: "14.02", date: null } },
    { name: "nothing built yet", status: status({}), line: { kind: "none" } },
    // The pipeline's own shape: builds as objects or null, the error as { message }, live_since "" before the first.
    { name: "pipeline shape: building", status: status({ live_since: "", building: { id: "b1", status: "building" }, queued: null }), line: { kind: "building" } },
    { name: "pipeline shape: failed with words",
      status: status({ live_since: "2026-12-01T13:02:00Z", last_error: { message: "Guiden health mangler titel" }, last_build: { status: "failed" } }),
      line: { kind: "failed", error: "Guiden health mangler titel" } },
    { name: "pipeline shape: queued", status: status({ live_since: "2026-12-01T13:02:00Z", queued: { id: "q1", status: "queued" } }), line: { kind: "queued" } },
  ])("$name", ({ status: given, line }) => {
    expect(buildLine(given, "da", now)).toEqual(line);
  });
  it.each([
    ["2026-07-01T12:02:00Z", "da", "14.02"], // summer time, UTC+2; Danish writes the time with a full stop
    ["2026-12-01T22:30:00Z", "en", "23:30"],
  ])("%s in %s is %s Danish time", (value, locale, time) => {
    expect(danishClock(value, locale, new Date(value))?.time).toBe(time);
  });
  it("names the date when it is not today in Denmark", () => {
    expect(danishClock("2026-11-30T10:00:00Z", "da", now)?.date).toBe("30. november 2026");
    expect(danishClock("2026-11-30T23:30:00Z", "da", now)?.date).toBeNull(); // 00:30 on 1 December in Denmark
    expect(danishClock("not a date", "da", now)).toBeNull();
  });
});

describe("stale first", () => {
  it.each([
    ["", "2026-12-01", true], ["2026-06-01", "2026-12-01", true], ["2026-06-02", "2026-12-01", false], ["2026-12-01", "2026-12-01", false],
  ])("checked %s on %s: stale %s", (checked, today, stale) => expect(isStale(checked, today, 6)).toBe(stale));
  it("sorts stale first, then the oldest checked", () => {
    const rows = [
      { path: "c", checked_on: "2026-11-01", stale: false }, { path: "a", checked_on: "2025-01-01", stale: true },
      { path: "b", checked_on: "", stale: true }, { path: "d", checked_on: "2026-10-01", stale: false },
    ];
    expect(sortStaleFirst(rows).map((row) => row.path)).toEqual(["b", "a", "d", "c"]);
  });
  it.each([
    ["guide", "---\ntitle: x\nchecked: 2026-03-04\n---\n", "2026-03-04"],
    ["municipality", '{ "lastChecked": "2026-05-06" }', "2026-05-06"],
    ["municipality", "not json", ""], ["glossary", '{"terms":[]}', ""],
  ])("%s body records checked %s", (kind, body, checked) => expect(checkedOnOf(kind, body)).toBe(checked));
});

describe("the list's titles", () => {
  it("reads a guide's title and a hub's name from the live text, and nothing for others or broken texts", () => {
    expect(titleOf("guide", '---\ntitle: "Dit helbred: læge og 1813"\norder: 6\n---\nTekst\n')).toBe("Dit helbred: læge og 1813");
    expect(titleOf("guide", "---\ntitle: Din bolig\n---\n")).toBe("Din bolig");
    expect(titleOf("municipality", '{ "slug": "gentofte", "name": "Gentofte Kommune" }')).toBe("Gentofte Kommune");
    // The list then shows the key: a glossary has no title, a text the form cannot read has none either.
    expect(titleOf("glossary", '{ "name": "not a title" }')).toBe("");
    expect(titleOf("municipality", "{ not json")).toBe("");
    expect(titleOf("municipality", '{ "name": 7 }')).toBe("");
    expect(titleOf("guide", "no front matter")).toBe("");
  });
});

describe("translator queue", () => {
  const item = (path: string, status: QueueItem["status"], locale = "ar"): QueueItem => ({
    entry: path, danish_entry: "", path, locale, kind: "guide", key: path, status, head_version: "", danish_now: "", danish_then: "", danish_changed_on: "",
  });
  it("puts outdated, machine and missing before reviewed", () => {
    const sorted = sortQueue([item("r", "reviewed"), item("m", "machine"), item("x", "missing"), item("o", "outdated"), item("f", "machine", "fa")]);
    expect(sorted.map((row) => row.path)).toEqual(["o", "m", "f", "x", "r"]);
  });
  it.each([
    ["src/content/guides/ar/health.md", "src/content/guides/da/health.md"],
    ["src/content/glossary/ti.json", "src/content/glossary/da.json"],
    ["locales/prs/common.json", "locales/da/common.json"],
  ])("%s translates %s", (path, danish) => expect(danishPathOf(path)).toBe(danish));
});

describe("the Danish diff", () => {
  it("marks the removed and the added words", () => {
    const pieces = diffPieces("Ring til lægen i dag.", "Ring til 1813 i dag.");
    expect(pieces.filter((piece) => piece.kind !== "same")).toEqual([{ kind: "removed", text: "lægen" }, { kind: "added", text: "1813" }]);
    expect(pieces.map((piece) => (piece.kind === "added" ? "" : piece.text)).join("")).toBe("Ring til lægen i dag.");
    expect(hasChanges(pieces)).toBe(true);
    expect(hasChanges(diffPieces("same", "same"))).toBe(false);
  });
  it("does not label a change of whitespace alone", () => {
    expect(diffPieces("a b", "a\n\nb").every((piece) => piece.kind === "same")).toBe(true);
    expect(diffPieces("a  b", "a b").map((piece) => piece.text).join("")).not.toContain("  ");
  });
  it("shortens long unchanged text around the change", () => {
    const long = "ord ".repeat(100);
    const trimmed = trimUnchanged(diffPieces(`${long}gammel ${long}`, `${long}ny ${long}`), 20);
    expect(trimmed[0]!.text.startsWith("…")).toBe(true);
    expect(trimmed.at(-1)!.text.endsWith("…")).toBe(true);
    expect(trimmed.map((piece) => piece.text).join("").length).toBeLessThan(120);
  });
});

describe("a refused save", () => {
  const refusal = (status: number, response: object) => Object.assign(new Error("refused"), { status, response });
  const inputs = new Set(["hub-contacts-2-phone", "hub-contacts-0-openingHours-1", "guide-body"]);
  it.each([
    { name: "409 names the kept version",
      error: refusal(409, { message: "Someone else saved", data: { base_version: { code: "edit_conflict", message: "x" }, conflict_version: { code: "kept", message: "v123" } } }),
      failure: { kind: "conflict", keptVersion: "v123", message: "Someone else saved" } },
    { name: "409 before the api kept versions", error: refusal(409, { message: "m", data: { base_version: { code: "edit_conflict", message: "x" } } }),
      failure: { kind: "conflict", keptVersion: "", message: "m" } },
    { name: "409 on confirm with an unpublished draft is not a conflict",
      error: refusal(409, { message: "newer draft", data: { head_version: { code: "unpublished_draft", message: "v9" } } }),
      failure: { kind: "unpublished-draft", message: "newer draft" } },
    { name: "403", error: refusal(403, { message: "You review other languages than ti." }), failure: { kind: "refused", message: "You review other languages than ti." } },
    { name: "400 without fields (the create rule)", error: refusal(400, { message: "Failed to create record.", data: {} }), failure: { kind: "refused", message: "Failed to create record." } },
    { name: "field paths go to their inputs, a deeper path to its row, an unknown one to the summary",
      error: refusal(400, { message: "x", data: {
        "contacts.2.phone": { code: "validation_phone", message: "Telefonnummeret skal være +45 og 8 cifre." },
        "contacts.0.openingHours.1.opens": { code: "validation_hours", message: "Åbner før lukker." },
        "sources.0.url": { code: "validation_url", message: "Kun https." },
      } }),
      failure: { kind: "fields", problems: [
        { fieldId: "hub-contacts-2-phone", message: "Telefonnummeret skal være +45 og 8 cifre." },
        { fieldId: "hub-contacts-0-openingHours-1", message: "Åbner før lukker." },
        { fieldId: null, message: "sources.0.url: Kun https." },
      ] } },
    { name: "network failure", error: new TypeError("Failed to fetch"), failure: { kind: "other", status: 0, message: "Failed to fetch" } },
  ])("$name", ({ error, failure }) => {
    expect(saveFailure(error, "hub", inputs)).toEqual(failure);
  });
  it("turns a JSON path into an input id", () => expect(inputIdForPath("hub", "contacts.2.phone")).toBe("hub-contacts-2-phone"));
});
