// @ts-check
import { defineConfig } from "astro/config";
import preact from "@astrojs/preact";

export default defineConfig({
  output: "static",
  trailingSlash: "always",
  build: {
    format: "directory",
    // One round trip: small CSS goes inline with the HTML.
    inlineStylesheets: "always",
  },
  compressHTML: true,
  integrations: [preact()],
  vite: {
    // Never inline scripts: the CSP allows only same-origin script files.
    build: { assetsInlineLimit: 0 },
  },
});
