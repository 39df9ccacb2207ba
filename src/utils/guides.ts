// Finds the text of a guide for a page language, walking the locale's fallback chain.
import { getCollection, type CollectionEntry } from "astro:content";
import { defaultLocale, fallbackChain } from "../i18n/locales.ts";
import { guideSourceHash } from "../i18n/guide-source.ts";
import { translationStatus, type TranslationStatus } from "../i18n/translation-status.ts";

export type GuideEntry = CollectionEntry<"guides">;

export interface ResolvedGuide {
  slug: string;
  entry: GuideEntry;
  /** The language the text is shown in (differs from the page language on fallback). */
  shownLang: string;
  /** Status of the shown text in its own language. */
  status: TranslationStatus;
  /** The Danish source guide: its sources and check date are shown in every language. */
  danish: GuideEntry;
}

export function guideLang(entry: GuideEntry): string {
  return entry.id.split("/")[0] ?? "";
}

export function guideSlug(entry: GuideEntry): string {
  return entry.id.split("/").slice(1).join("/");
}

let allGuides: Promise<GuideEntry[]> | undefined;
function loadGuides(): Promise<GuideEntry[]> {
  return (allGuides ??= getCollection("guides"));
}

/** All guides for a page language, in reading order, each resolved along the fallback chain. */
export async function guidesFor(lang: string): Promise<ResolvedGuide[]> {
  const entries = await loadGuides();
  const sources = entries.filter((entry) => guideLang(entry) === defaultLocale);
  const resolved = sources.map((source) => resolveGuide(entries, source, lang));
  return resolved.sort((a, b) => a.entry.data.order - b.entry.data.order);
}

function resolveGuide(entries: GuideEntry[], source: GuideEntry, lang: string): ResolvedGuide {
  const slug = guideSlug(source);
  const currentHash = guideSourceHash({ title: source.data.title, description: source.data.description, body: source.body ?? "" });
  for (const candidateLang of fallbackChain(lang)) {
    const entry = entries.find((candidate) => candidate.id === `${candidateLang}/${slug}`);
    if (!entry) continue;
    return { slug, entry, shownLang: candidateLang, status: translationStatus(entry.data, currentHash), danish: source };
  }
  return { slug, entry: source, shownLang: defaultLocale, status: "source", danish: source };
}
