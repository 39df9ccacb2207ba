/// <reference path="../../.cache/pocketbase-types/types.d.ts" />
// Security headers on every response, pages and API alike, plus compression and caching rules.

routerUse((e) => {
  const headers = e.response.header();
  headers.set("Content-Security-Policy", [
    "default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:",
    "font-src 'self'", "connect-src 'self'", "worker-src 'self'", "manifest-src 'self'", "frame-ancestors 'none'",
    "base-uri 'self'", "form-action 'self'", "object-src 'none'",
  ].join("; "));
  // Uploaded files (none exist now; the avatar field is gone) would open sandboxed, never as part of the site.
  if (e.request.url.path.startsWith("/api/files/")) headers.set("Content-Security-Policy", "sandbox; default-src 'none'");
  headers.set("Referrer-Policy", "no-referrer");
  headers.set("X-Content-Type-Options", "nosniff");
  headers.set("X-Frame-Options", "DENY");
  headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
  headers.set("Cross-Origin-Opener-Policy", "same-origin");

  const path = e.request.url.path;
  if (path.startsWith("/api/") || path.startsWith("/_/")) {
    // Phones are shared: nothing personal may stay in a cache.
    headers.set("Cache-Control", "no-store");
  } else if (path.startsWith("/_astro/") || path.startsWith("/pagefind/")) {
    headers.set("Cache-Control", "public, max-age=31536000, immutable");
  } else {
    headers.set("Cache-Control", "no-cache");
  }

  const forwardedProto = e.request.header.get("X-Forwarded-Proto");
  if (e.request.tls || forwardedProto === "https") {
    headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  }
  return e.next();
});

routerUse($apis.gzip());
