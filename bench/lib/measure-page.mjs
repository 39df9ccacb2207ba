// Loads a page in the system Chromium and measures what it transfers, resource by resource.
// Sizes are computed from the bodies (raw, gzip, brotli), because PocketBase serves files uncompressed while a
// CDN or web server in production would compress them.
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

function kindOf(resourceType, url) {
  if (resourceType === "document") return "html";
  if (resourceType === "stylesheet") return "css";
  if (resourceType === "script") return "js";
  if (resourceType === "font") return "font";
  if (resourceType === "image") return "image";
  if (url.endsWith(".js") || url.endsWith(".mjs")) return "js";
  return "other";
}

export function compressedSizes(body) {
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * @param {import("playwright-core").Browser} browser
 * @returns {Promise<{ status: number, requests: Array<{url:string, kind:string, raw:number, gzip:number, brotli:number}>, offOrigin: string[] }>}
 */
export async function measurePage(browser, url, { javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ javaScriptEnabled, serviceWorkers: "block" });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const requests = [];
  const offOrigin = [];
  const pending = [];
  page.on("request", (request) => {
    const requestUrl = request.url();
    if (!requestUrl.startsWith("data:") && !requestUrl.startsWith(origin)) offOrigin.push(requestUrl);
  });
  page.on("response", (response) => {
    pending.push((async () => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      requests.push({ url: response.url().replace(origin, ""), kind: kindOf(response.request().resourceType(), response.url()), ...compressedSizes(body) });
    })());
  });
  const response = await page.goto(url, { waitUntil: "networkidle", timeout: 30_000 }).catch(() => null);
  await Promise.race([Promise.all(pending), new Promise((resolveWait) => setTimeout(resolveWait, 5_000))]);
  const mainText = (await page.locator("main").first().textContent().catch(() => "")) ?? "";
  await context.close();
  return { status: response?.status() ?? 0, requests, offOrigin, mainTextLength: mainText.trim().length };
}

export function sumBy(requests, kinds, field = "gzip") {
  return requests.filter((request) => kinds.includes(request.kind)).reduce((total, request) => total + request[field], 0);
}
