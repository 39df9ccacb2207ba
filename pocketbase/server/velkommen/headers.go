package velkommen

import (
	"strings"

	"github.com/pocketbase/pocketbase/core"
)

var contentSecurityPolicy = strings.Join([]string{
	"default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:",
	"font-src 'self'", "connect-src 'self'", "worker-src 'self'", "manifest-src 'self'", "frame-ancestors 'none'",
	"base-uri 'self'", "form-action 'self'", "object-src 'none'",
}, "; ")

// Security headers on every response, pages and API alike, plus the caching rules.
func securityHeaders(e *core.RequestEvent) error {
	headers := e.Response.Header()
	path := e.Request.URL.Path
	// Uploaded files (none exist now; the avatar field is gone) would open sandboxed, never as part of the site.
	if strings.HasPrefix(path, "/api/files/") {
		headers.Set("Content-Security-Policy", "sandbox; default-src 'none'")
	} else {
		headers.Set("Content-Security-Policy", contentSecurityPolicy)
	}
	headers.Set("Referrer-Policy", "no-referrer")
	headers.Set("X-Content-Type-Options", "nosniff")
	headers.Set("X-Frame-Options", "DENY")
	headers.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()")
	headers.Set("Cross-Origin-Opener-Policy", "same-origin")

	switch {
	case strings.HasPrefix(path, "/api/") || strings.HasPrefix(path, "/_/"):
		// Phones are shared: nothing personal may stay in a cache.
		headers.Set("Cache-Control", "no-store")
	case strings.HasPrefix(path, "/_astro/") || strings.HasPrefix(path, "/pagefind/"):
		headers.Set("Cache-Control", "public, max-age=31536000, immutable")
	default:
		headers.Set("Cache-Control", "no-cache")
	}

	if e.Request.TLS != nil || e.Request.Header.Get("X-Forwarded-Proto") == "https" {
		headers.Set("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
	}
	return e.Next()
}
