// /<lang>/letter/strings.json: the letter's strings in one language (pre-parsed ICU, fallbacks applied, machine
// or reviewed), fetched by the letter form when the caseworker picks that language. Built with the site.
import type { APIRoute } from "astro";
import { siteLetterStrings } from "../../../letter/site-strings.ts";
import { localeStaticPaths } from "../../../utils/static-paths";

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(siteLetterStrings(String(params.lang))), { headers: { "content-type": "application/json" } });
