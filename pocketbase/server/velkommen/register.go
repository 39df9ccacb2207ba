// Package velkommen holds what every request pays for, and the two hot reads, as native Go (issue 16): each JS
// routerUse middleware held a pooled JS runtime across e.next(), so four of them per request emptied the pool.
// The rules themselves stay where they were decided: rate-limit rules in PocketBase's settings, the "soon"
// window in src/domain (published by the JS hooks into the app store), access checks as in the JS they replace.
package velkommen

import (
	"github.com/klauspost/compress/gzip"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
)

// Register binds the native middlewares and routes. Call it before jsvm.MustRegister.
func Register(app core.App) {
	bindWorklistInvalidation(app)
	authTokens := newAuthTokenCache()
	authTokens.bindInvalidation(app)
	limiter := newNetworkLimiter()
	app.Cron().MustAdd("velkommenRateLimit64Cleanup", "*/10 * * * *", limiter.forgetFinishedWindows)

	app.OnServe().BindFunc(func(e *core.ServeEvent) error {
		if _, err := soonDays(e.App); err != nil {
			return err
		}
		e.Router.Bind(&hook.Handler[*core.RequestEvent]{Id: "velkommenAuthTokenCache", Priority: authTokenCachePriority, Func: authTokens.middleware})
		// Same order and priorities as the JS middlewares had: the /64 limiter right after PocketBase's own
		// limiter (-1000), then the deactivated check, the security headers and compression.
		e.Router.Bind(&hook.Handler[*core.RequestEvent]{Id: "velkommenRateLimit64", Priority: -999, Func: limiter.middleware})
		e.Router.BindFunc(refuseDeactivated)
		e.Router.BindFunc(securityHeaders)
		// Fastest gzip level, and none under 1 KB: at the default level the compressor's reset and close took a fifth
		// of the dashboard's CPU (issue 16); a 6 KB dashboard still shrinks to about 1.5 KB. gzip.go says why it is
		// PocketBase's middleware with klauspost/compress.
		e.Router.Bind(gzipMiddleware(gzip.BestSpeed, 1024))

		hotReads := newGate()
		// A refugee reading their own plan leaves no request-log row unless it fails: that write was a quarter of
		// the dashboard's CPU (issue 16), and the log would only hold who looked at their own data. Staff reads
		// (the worklist) stay in the request log and the audit log.
		e.Router.GET("/api/velkommen/me/dashboard", dashboard).Bind(apis.RequireAuth("users"), apis.SkipSuccessActivityLog()).BindFunc(hotReads.middleware)
		e.Router.GET("/api/velkommen/worklist", worklist).Bind(apis.RequireAuth("users")).BindFunc(hotReads.middleware)
		return e.Next()
	})
}

// A deactivated account's token opens nothing, custom endpoints included: the third layer after the authRule
// and the token rotation on deactivation (pb_hooks/accounts.pb.js).
func refuseDeactivated(e *core.RequestEvent) error {
	if e.Auth != nil && e.Auth.Collection().Name == "users" && e.Auth.GetBool("deactivated") {
		return e.UnauthorizedError("This account is deactivated.", nil)
	}
	return e.Next()
}
