// @ts-check
import { defineConfig } from "astro/config";
import preact from "@astrojs/preact";
import { satteri } from "@astrojs/markdown-satteri";
import { safeMarkdown } from "./src/utils/safe-markdown.ts";

/**
 * Islands get their ICU messages pre-parsed (src/i18n/island-messages.ts), so the browser bundle takes
 * formatjs's parser-less build; the server side (pages, SSR of islands) keeps the real parser.
 */
function icuParserOnlyOnServer() {
  return {
    name: "velkommen:icu-parser-only-on-server",
    enforce: /** @type {const} */ ("pre"),
    /** @param {string} id @param {string | undefined} importer @param {{ ssr?: boolean } | undefined} options */
    async resolveId(id, importer, options) {
      if (id !== "@formatjs/icu-messageformat-parser") return null;
      // @ts-ignore Vite's environment API: `this.environment` tells a client build from a server build.
      const environment = this.environment;
      const isClient = environment ? environment.config.consumer === "client" : !options?.ssr;
      if (!isClient) return null;
      // @ts-ignore the plugin context
      return this.resolve("@formatjs/icu-messageformat-parser/no-parser.js", importer, { skipSelf: true });
    },
  };
}

export default defineConfig({
  output: "static",
  trailingSlash: "always",
  build: {
    format: "directory",
    // One round trip: small CSS goes inline with the HTML.
    inlineStylesheets: "always",
  },
  compressHTML: true,
  // Editors write Markdown in the browser: raw HTML and unsafe links render as inert text (src/utils/safe-markdown.ts).
  markdown: { processor: satteri({ mdastPlugins: [safeMarkdown()] }) },
  integrations: [preact()],
  vite: {
    // Never inline scripts: the CSP allows only same-origin script files.
    build: { assetsInlineLimit: 0 },
    plugins: [icuParserOnlyOnServer()],
  },
});
