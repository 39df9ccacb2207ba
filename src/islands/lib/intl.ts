// One ICU engine for islands: @formatjs/intl over the same messages the pages render with i18next-icu (both are
// intl-messageformat). Messages arrive pre-parsed (ASTs, see src/i18n/island-messages.ts), so the browser
// bundle carries no ICU parser. Keys and their arguments are typed from locales/da (message-keys.generated.ts).
import { createIntl, createIntlCache, type IntlShape, type OnErrorFn } from "@formatjs/intl";
import type { MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import type { VNode } from "preact";
import type { MessageArguments, MessageKey } from "../../i18n/message-keys.generated.ts";
import { DANISH_TIME_ZONE } from "../../domain/danish-day.ts";
import { intlLocale } from "../../i18n/intl-locale.ts";

export type { MessageKey } from "../../i18n/message-keys.generated.ts";

/** What a page hands an island: only the keys it needs, each message as string or pre-parsed AST. */
export type IslandMessages = Partial<Record<MessageKey, string | MessageFormatElement[]>>;

/** Arguments a key takes; keys without arguments take none. */
type ArgumentsOf<Key extends MessageKey> = [MessageArguments[Key]] extends [never] ? [] : [MessageArguments[Key]];
type TextArgumentsOf<Key extends MessageKey> = [MessageArguments[Key]] extends [never] ? []
  : [{ [Name in keyof MessageArguments[Key]]: Exclude<MessageArguments[Key][Name], VNode | ((children: never) => unknown)> }];

export interface IslandIntl {
  locale: string;
  /** A message as plain text (for attributes, titles, document text). */
  text<Key extends MessageKey>(key: Key, ...values: TextArgumentsOf<Key>): string;
  /** A message whose arguments may be elements (a <bdi> name or date inside a sentence). */
  rich<Key extends MessageKey>(key: Key, ...values: ArgumentsOf<Key>): string | Array<string | VNode>;
  /** Whether the island was given this key (for keys built at run time, e.g. `me.explain.${kind}`). */
  has(key: string): key is MessageKey;
  /** A key built at run time (`milestone.${kind}`); one the island was not given shows as the key itself. */
  textFor(key: string, values?: Record<string, string | number>): string;
  /** "YYYY-MM-DD" as a long date on Danish wall-clock time. */
  date(isoDate: string): string;
  /** A PocketBase or ISO date-time as date and time on Danish wall-clock time. */
  dateTime(value: string): string;
  /** "in 5 days", "yesterday", "today". */
  relativeDays(days: number): string;
  /** "a, b and c" in the reader's language. */
  list(items: string[]): string;
  number(value: number): string;
  formatjs: IntlShape<VNode>;
}

const cache = createIntlCache();

/** Noon UTC keeps a date-only value on the same day in Denmark. */
const dateOnly = (isoDate: string) => new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
const dateTimeValue = (value: string) => new Date(value.includes(" ") ? value.replace(" ", "T") : value);

export function createIslandIntl(locale: string, messages: IslandMessages, onError?: OnErrorFn): IslandIntl {
  const formatjs = createIntl<VNode>({
    // With the registry's digits ("ar-u-ca-gregory-nu-arab"): the same digits the page around the island prints.
    locale: intlLocale(locale),
    messages: messages as Record<string, MessageFormatElement[]>,
    timeZone: DANISH_TIME_ZONE,
    defaultLocale: "da",
    // A missing key renders as the key itself: visible in review, never a crash in front of the refugee.
    onError: onError ?? ((error) => console.warn(error.message)),
  }, cache);
  const known = new Set(Object.keys(messages));
  return {
    locale,
    formatjs,
    text: (key, ...values) => {
      const result = formatjs.formatMessage({ id: key }, values[0] as Record<string, string | number | Date> | undefined);
      return Array.isArray(result) ? result.join("") : String(result);
    },
    rich: (key, ...values) => formatjs.formatMessage({ id: key }, values[0] as Record<string, never> | undefined) as string | Array<string | VNode>,
    has: (key): key is MessageKey => known.has(key),
    textFor: (key, values) => {
      const result = formatjs.formatMessage({ id: key }, values);
      return Array.isArray(result) ? result.join("") : String(result);
    },
    date: (isoDate) => Number.isNaN(dateOnly(isoDate).getTime()) ? isoDate : formatjs.formatDate(dateOnly(isoDate), { dateStyle: "long" }),
    dateTime: (value) => Number.isNaN(dateTimeValue(value).getTime()) ? value : formatjs.formatDate(dateTimeValue(value), { dateStyle: "medium", timeStyle: "short" }),
    relativeDays: (days) => formatjs.formatRelativeTime(days, "day", { numeric: "auto" }),
    list: (items) => formatjs.formatList(items, { type: "conjunction" }) as string,
    number: (value) => formatjs.formatNumber(value),
  };
}
