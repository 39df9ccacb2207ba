// The site builder's small parts without a server: the error in words an editor reads, and the live link swap.
// (The whole loop runs against a real PocketBase in tests/integration/site-builder.test.ts.)
import { mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ensureLiveSite, liveTarget, lockSiteDirectory, swapLive } from "../../scripts/lib/live-site.mjs";
import { errorInWords, logTail } from "../../scripts/lib/site-build.mjs";

const astroSchemaError = [
  "12:00:01 [content] Syncing content",
  "\u001b[31m[InvalidContentEntryDataError]\u001b[39m guides → da/housing data does not match collection schema.",
  "",
  "  **order**: **order: Expected type `\"number\"`, received `\"string\"`",
  "  Hint:",
  "    See https://docs.astro.build/en/guides/content-collections/ for more information on content schemas.",
  "  Error reference:",
  "    https://docs.astro.build/en/reference/errors/invalid-content-entry-data-error/",
].join("\n");

describe("the error in words", () => {
  it.each([
    ["Astro's schema error names the file and the field, without colours, stars or hints", astroSchemaError, "Astro: pages for every locale",
      ["the guide src/content/guides/da/housing.md", 'order: Expected type "number", received "string"', 'The step "Astro: pages for every locale" failed'],
      ["\u001b", "**", "Hint", "docs.astro.build"]],
    ["an exception while rendering a page is named by the site file of its stack, not a package's", [
      "12:00:05 ▶ src/pages/[lang]/guides/glossary.astro",
      "[ERROR] Cannot read properties of undefined (reading 'length')",
      "  Stack trace:",
      "    at compare (/srv/site/staging-abc/node_modules/astro/src/runtime/render.ts:10:5)",
      "    at glossaryFor (/srv/site/staging-abc/src/utils/glossary.ts:48:37)",
      "    at /srv/site/staging-abc/src/pages/[lang]/guides/glossary.astro:15:15",
    ].join("\n"), "Astro: pages for every locale",
      ["Cannot read properties of undefined (reading 'length')", "(in src/utils/glossary.ts:48)"], ["node_modules", "Stack trace", "staging-abc"]],
    ["output without an error word keeps its last lines", "line 1\nline 2\nthe end", "Pagefind", ["the end"], []],
    ["no output at all still says what happened", "", "Workbox", ["(no output)", "not rebuilt"], []],
  ])("%s", (_what, output, step, present, absent) => {
    const words = errorInWords(output, step);
    expect(words).toMatch(/^The site was not rebuilt, so the site keeps the texts it showed before\./);
    for (const text of present) expect(words).toContain(text);
    for (const text of absent) expect(words).not.toContain(text);
    expect(words.length).toBeLessThanOrEqual(800);
  });

  it("a log tail keeps the end of a long output, without colours", () => {
    const tail = logTail(`\u001b[32m${"x".repeat(20_000)}\u001b[39mTHE END`);
    expect(tail.endsWith("THE END")).toBe(true);
    expect(tail.length).toBeLessThanOrEqual(8_001);
    expect(tail).not.toContain("\u001b");
  });
});

describe("the live link", () => {
  const directory = mkdtempSync(join(tmpdir(), "velkommen-live-"));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it("points to the fallback until a build exists, then swaps to each build with a relative link", () => {
    const dist = join(directory, "dist");
    mkdirSync(dist);
    writeFileSync(join(dist, "index.html"), "old");
    expect(liveTarget(directory)).toBeNull();
    ensureLiveSite(dist, directory);
    expect(liveTarget(directory)).toBe(dist);
    for (const id of ["one", "two"]) {
      mkdirSync(join(directory, "builds", id), { recursive: true });
      swapLive(join(directory, "builds", id), directory);
      expect(readlinkSync(join(directory, "live"))).toBe(join("builds", id));
    }
    // A live link to a build that exists is left alone by the start scripts.
    ensureLiveSite(dist, directory);
    expect(readlinkSync(join(directory, "live"))).toBe(join("builds", "two"));
  });

  it("refuses to replace a real directory (the error says why)", () => {
    const other = mkdtempSync(join(tmpdir(), "velkommen-live-dir-"));
    mkdirSync(join(other, "live", "inside"), { recursive: true });
    expect(() => swapLive(join(other, "x"), other)).toThrow(/must be a symlink/);
    rmSync(other, { recursive: true, force: true });
  });
});

describe("one builder per site directory", () => {
  it.each([
    ["a running builder's lock refuses a second builder", () => process.ppid, true],
    ["a lock left by a builder that is gone is taken over", () => 2 ** 22 + 12345, false],
  ])("%s", (_what, holder, refused) => {
    const directory = mkdtempSync(join(tmpdir(), "velkommen-lock-"));
    writeFileSync(join(directory, "builder.lock"), String(holder()));
    if (refused) {
      expect(() => lockSiteDirectory(directory)).toThrow(/Another site builder \(process \d+\)/);
    } else {
      const release = lockSiteDirectory(directory);
      expect(readFileSync(join(directory, "builder.lock"), "utf8")).toBe(String(process.pid));
      release();
    }
    rmSync(directory, { recursive: true, force: true });
  });
});
