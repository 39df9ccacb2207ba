// One web app manifest per language: the installed portal opens to the personal page in that language.
import type { APIRoute } from "astro";
import { getLocale } from "../../i18n/locales";
import { useTranslations } from "../../i18n/translator";
import { localeStaticPaths } from "../../utils/static-paths";

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as string;
  const t = useTranslations(lang);
  const manifest = {
    name: t("site.name"),
    short_name: t("site.name"),
    lang,
    dir: getLocale(lang).dir,
    start_url: `/${lang}/me/`,
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0b5394",
    icons: [{ src: "/favicon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" }],
  };
  return new Response(JSON.stringify(manifest), { headers: { "content-type": "application/manifest+json" } });
};
