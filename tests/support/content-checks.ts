// Checks for the Danish content that a reader must never see: internal labels ("seed 004") shown as sources, and
// names of programmes and benefits that the 2024–2026 reforms abolished, presented as if they were current.
// An old name is allowed in a sentence that marks it as old ("tidligere", "hed", "før 1. juli 2025" …), and
// as a glossary alias. Used by the unit test over the source files and the e2e test over the built pages.

/** "seed", "seed 004", "(seed 001)": the labels of the raw material in ../shared/seeds/. */
export const INTERNAL_LABEL = /\bseeds?\b(\s*\d{3})?/i;

/** Abolished names and what replaced them (domain audit 2026-12-01, §1). */
export const ABOLISHED_NAMES: Array<{ pattern: RegExp; today: string }> = [
  { pattern: /selvforsørgelses-\s*og\s*hjemrejse(program|ydelse)/i, today: "introduktionsprogram / kontanthjælp" },
  { pattern: /\bSHO-ydelse/i, today: "kontanthjælp" },
  { pattern: /\bintegrationsydelse/i, today: "kontanthjælp" },
  { pattern: /\bovergangsydelse/i, today: "kontanthjælp" },
  { pattern: /\bintegrationskontrakt/i, today: "kontrakt" },
  { pattern: /\bintegrationsprogram/i, today: "introduktionsprogram" },
  { pattern: /\bfrivillig(e)? værge/i, today: "midlertidig forældremyndighedsindehaver" },
  { pattern: /\bskadestue/i, today: "akutmodtagelse (ring 1813 først)" },
];

/** A jobcentre is no longer obligatory (lov nr. 1750 af 29/12/2025): naming it as the place is only allowed
 * with a hedge ("i mange kommuner", "fra 1. februar 2026" …) or as an old name. */
export const JOBCENTRE = /\bjobcent(er|ret|eret|re)\b/i;
const JOBCENTRE_HEDGE = /i mange kommuner|fra (1\. februar )?2026|kalder stedet|i politikken|kravet om jobcentre|hedde noget andet|ikke længere have et jobcenter/i;

/** Words that mark a name in the same sentence as an old one. */
const OLD_NAME_MARKER = /\btidligere\b|\bhed\b|\bhedd?e\b|\bgamle navn|\bkaldte man\b|\bfør (1\. (juli|marts|januar) )?\d{4}\b|\bkaldet\b/i;

export interface Finding {
  kind: "internal-label" | "abolished-name" | "jobcentre";
  sentence: string;
}

/** Splits running text into sentences (and list items), enough to judge each statement on its own. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/** Every statement in `text` that shows an internal label or names an abolished name as current. */
export function findProblems(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const sentence of sentences(text)) {
    if (INTERNAL_LABEL.test(sentence)) findings.push({ kind: "internal-label", sentence });
    const marksOld = OLD_NAME_MARKER.test(sentence);
    if (!marksOld && ABOLISHED_NAMES.some(({ pattern }) => pattern.test(sentence))) findings.push({ kind: "abolished-name", sentence });
    if (!marksOld && JOBCENTRE.test(sentence) && !JOBCENTRE_HEDGE.test(sentence)) findings.push({ kind: "jobcentre", sentence });
  }
  return findings;
}

/** The visible text of an HTML page: no scripts, styles, tags or attributes (URLs in href may hold old names). */
export function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/gi, " ")
    .replace(/<style[\s\S]*?<\/style>/gi, " ")
    .replace(/<(p|li|h[1-6]|dt|dd|div|section|br)\b[^>]*>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/[ \t]+/g, " ");
}
