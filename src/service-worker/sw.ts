/// <reference lib="webworker" />
// The service worker (Workbox). Pages the reader visited stay readable offline; a page that was never
// visited shows the translated offline page instead of the browser's error. The API is never cached:
// it carries personal data, and phones are shared. Built by scripts/lib/build-service-worker.mjs.
import { matchPrecache, precacheAndRoute } from "workbox-precaching";
import { registerRoute, setCatchHandler } from "workbox-routing";
import { CacheFirst, NetworkFirst, NetworkOnly } from "workbox-strategies";
import { ExpirationPlugin } from "workbox-expiration";

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

export const PAGES_CACHE = "pages";

precacheAndRoute(self.__WB_MANIFEST);

registerRoute(({ url }) => url.pathname.startsWith("/api/") || url.pathname.startsWith("/_/"), new NetworkOnly());
registerRoute(({ request }) => request.mode === "navigate", new NetworkFirst({
  cacheName: PAGES_CACHE,
  networkTimeoutSeconds: 6,
  plugins: [new ExpirationPlugin({ maxEntries: 400 })],
}));
registerRoute(({ url }) => url.pathname.startsWith("/_astro/") || url.pathname.startsWith("/pagefind/"), new CacheFirst({
  cacheName: "assets",
  plugins: [new ExpirationPlugin({ maxEntries: 300 })],
}));

setCatchHandler(async ({ request, url }) => {
  if (request.destination !== "document") return Response.error();
  const lang = (url as URL).pathname.split("/")[1] ?? "da";
  return (await matchPrecache(`/${lang}/offline/index.html`)) ?? (await matchPrecache("/da/offline/index.html")) ?? Response.error();
});

self.addEventListener("install", () => void self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
