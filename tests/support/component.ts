// Component tests in the real Chromium: esbuild bundles one island component, and the page that mounts it is
// served under the test PocketBase's origin (routed by Playwright), so the component talks to the real backend.
import { build } from "esbuild";
import { resolve } from "node:path";
import type { Page } from "playwright-core";

const bundles = new Map<string, string>();

async function bundle(modulePath: string, exportName: string): Promise<string> {
  const key = `${modulePath}#${exportName}`;
  const cached = bundles.get(key);
  if (cached) return cached;
  const result = await build({
    stdin: {
      contents: `import { h, render } from "preact"; import { ${exportName} as Component } from ${JSON.stringify(resolve(modulePath))};
        const props = JSON.parse(document.getElementById("props").textContent);
        render(h(Component, props), document.getElementById("root"));`,
      resolveDir: process.cwd(), loader: "tsx",
    },
    bundle: true, write: false, format: "esm", jsx: "automatic", jsxImportSource: "preact", logLevel: "silent",
  });
  const code = result.outputFiles[0]!.text;
  bundles.set(key, code);
  return code;
}

/** Opens `${origin}/__component/` with the component mounted with these props (JSON), in `lang` and `dir`. */
export async function mountComponent(page: Page, origin: string, options: {
  modulePath: string; exportName: string; props: unknown; lang: string; dir?: string; css?: string;
}): Promise<void> {
  const code = await bundle(options.modulePath, options.exportName);
  const props = JSON.stringify(options.props).replace(/</g, "\\u003c");
  // The test server has no site, so no favicon: answer it here instead of logging a 404.
  await page.route(`${origin}/favicon.ico`, (route) => route.fulfill({ status: 204, body: "" }));
  await page.route(`${origin}/__component/**`, (route) => {
    const url = route.request().url();
    if (url.endsWith("/component.js")) return route.fulfill({ contentType: "text/javascript", body: code });
    return route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="${options.lang}" dir="${options.dir ?? "ltr"}"><head><meta charset="utf-8"><title>Component</title>` +
        `<link rel="icon" href="data:,"><style>${options.css ?? ""}</style></head><body><main><h1>Component</h1><div id="root"></div></main>` +
        `<script type="application/json" id="props">${props}</script><script type="module" src="/__component/component.js"></script></body></html>`,
    });
  });
  await page.goto(`${origin}/__component/`);
}
