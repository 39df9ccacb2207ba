// Content collections. Guides live in src/content/guides/<lang>/<slug>.md; Danish (da) is the source.
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

const guides = defineCollection({
  loader: glob({ pattern: "*/*.md", base: "./src/content/guides" }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    order: z.number().int(),
    /** The date a person last checked the facts against the sources (YYYY-MM-DD). */
    checked: z.coerce.date(),
    /** Each source with the date a person compared the text with it; no `checked` means it could not be checked. */
    /** The date a Danish guide's text last changed (set by the server on publish); translations show it when outdated. */
    changed: z.coerce.date().optional(),
    /** Each source with the date a person compared the text with it; no `checked` means it could not be checked.
     * Only web addresses (a `javascript:` URL would be a link on the page). */
    sources: z.array(z.object({ label: z.string(), url: z.url({ protocol: /^https?$/ }).optional(), checked: z.coerce.date().optional() })).min(1),
    /** `source` for Danish; translations are `machine` until a person reviews them. */
    translation: z.enum(["source", "machine", "reviewed"]),
    /** The date a person reviewed this translation (set by the server when it is marked reviewed). */
    reviewed: z.coerce.date().optional(),
    /** Hash of the Danish source text this translation was made from. */
    sourceHash: z.string().optional(),
  }),
});

export const collections = { guides };
