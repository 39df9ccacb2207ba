// The island ICU engine: the same messages as the pages, pre-parsed, with plurals in languages that have
// more than two forms, Danish wall-clock dates and element values inside sentences.
import { h } from "preact";
import { describe, expect, it } from "vitest";
import { createIslandIntl, type IslandMessages } from "../../src/islands/lib/intl";
import { messageArguments, parseMessage } from "../../src/i18n/icu-arguments";
import { islandMessages } from "../../src/i18n/island-messages";
import { resources, useTranslations } from "../../src/i18n/translator";

/** Calls with keys and values the generated types cannot know here (test messages, every key in a loop). */
const untyped = <Result>(format: (...args: never[]) => Result) => format as unknown as (key: string, values: object) => Result;
const danishStrings: Record<string, string> = Object.assign({}, ...["me", "shared", "milestones"].map((namespace) => resources.da?.[namespace] ?? {}));
const danishSource = (key: string) => danishStrings[key] ?? "";
const days = (message: string): IslandMessages => ({ "me.share.days": parseMessage(message) }) as IslandMessages;

describe("createIslandIntl", () => {
  it.each([
    ["ru", 1, "1 день"], ["ru", 3, "3 дня"], ["ru", 5, "5 дней"], ["ru", 21, "21 день"],
    ["ar", 2, "يومان"], ["ar", 3, "٣ أيام"], ["ar", 11, "١١ يومًا"], ["ar", 100, "١٠٠ يوم"],
  ] as const)("%s: %d → %s", (locale, count, expected) => {
    const message = locale === "ru"
      ? "{max, plural, one {# день} few {# дня} many {# дней} other {# дня}}"
      : "{max, plural, zero {لا أيام} one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}}";
    const intl = createIslandIntl(locale, days(message));
    expect(untyped(intl.text)("me.share.days", { max: count }).replace(/[\u061c\u200f]/g, "")).toBe(expected);
  });

  it("formats a date on Danish time (a date never shifts a day)", () => {
    const intl = createIslandIntl("da", {});
    expect(intl.date("2026-07-01")).toBe("1. juli 2026");
    expect(intl.dateTime("2026-07-01 22:30:00.000Z")).toContain("2. jul. 2026");
  });

  it("puts elements into a sentence without turning them into text", () => {
    const intl = createIslandIntl("da", { "shared.intro": parseMessage("{name} har delt dette med dig til og med {date}.") });
    const parts = untyped(intl.rich)("shared.intro", { name: h("bdi", null, "<b>Amal</b>"), date: "1. juli" });
    expect(Array.isArray(parts)).toBe(true);
    expect((parts as unknown[]).some((part) => typeof part === "object")).toBe(true);
  });

  it("renders what the page renders through i18next-icu for every island message", () => {
    for (const lang of ["da", "ar", "ti"]) {
      const messages = islandMessages(lang, ["me.", "shared.", "milestone."]);
      const intl = createIslandIntl(lang, messages);
      const t = useTranslations(lang);
      const namespaceOf = (key: string) => key.startsWith("milestone.") ? "milestones" : key.split(".")[0];
      for (const key of Object.keys(messages) as Array<keyof typeof messages>) {
        // A value of the right kind for each argument the Danish message takes.
        const values = Object.fromEntries(Object.entries(messageArguments(danishSource(key)))
          .map(([name, argument]) => [name, argument.kind === "number" || argument.kind === "plural" ? 3 : argument.kind === "select" ? argument.options![0]! : "X"]));
        expect(untyped(intl.text)(key, values), `${lang} ${key}`).toBe(t(`${namespaceOf(key)}:${key}`, values));
      }
    }
  });

  it("hands an island only the keys under its prefixes", () => {
    const keys = Object.keys(islandMessages("da", ["shared."]));
    expect(keys.length).toBeGreaterThan(3);
    expect(keys.every((key) => key.startsWith("shared."))).toBe(true);
  });
});
