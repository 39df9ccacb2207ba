// The project's PocketBase: the stock `examples/base` command of the pinned version (same flags, JS hooks and
// JS migrations through the jsvm plugin) plus the per-request work of package velkommen in native Go.
// Why a project build: every JS routerUse middleware holds one of the JS VM pool's runtimes across e.next(),
// so at 100 connections the pool (15) ran dry and PocketBase built throw-away runtimes per request (issue 16).
// scripts/lib/pocketbase-binary.mjs builds it with `go build`; the version stays the pinned one.
package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
	"path/filepath"

	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/plugins/jsvm"
	"github.com/pocketbase/pocketbase/plugins/migratecmd"
	"github.com/pocketbase/pocketbase/tools/hook"
	"github.com/pocketbase/pocketbase/tools/osutils"

	"velkommen/pocketbase-server/velkommen"
)

func main() {
	// Answered before PocketBase starts, so asking creates no data dir.
	if len(os.Args) == 2 && os.Args[1] == "velkommen-build" {
		fmt.Println(velkommen.SourceHash)
		return
	}
	velkommen.StartProfiler()
	// PocketBase keeps 15 idle SQLite connections of up to 120: above 15 concurrent reads each request opened a
	// fresh connection and parsed the schema again (a fifth of the CPU at 100 connections, issue 16). Every
	// connection is kept instead, and there are fewer: the machine has 2 cores, waiting for a pooled connection is
	// cheap, and each one holds its own page cache.
	app := pocketbase.NewWithConfig(pocketbase.Config{DataMaxOpenConns: 16, DataMaxIdleConns: 16})

	// The flags of examples/base/main.go (v0.39.11), with the same defaults.
	var hooksDir, migrationsDir, publicDir string
	var hooksWatch, automigrate, indexFallback bool
	var hooksPool int
	flags := app.RootCmd.PersistentFlags()
	flags.StringVar(&hooksDir, "hooksDir", "", "the directory with the JS app hooks")
	flags.BoolVar(&hooksWatch, "hooksWatch", true, "auto restart the app on pb_hooks file change; it has no effect on Windows")
	flags.IntVar(&hooksPool, "hooksPool", 15, "the total prewarm goja.Runtime instances for the JS app hooks execution")
	flags.StringVar(&migrationsDir, "migrationsDir", "", "the directory with the user defined migrations")
	flags.BoolVar(&automigrate, "automigrate", true, "enable/disable auto migrations")
	flags.StringVar(&publicDir, "publicDir", defaultPublicDir(), "the directory to serve static files")
	flags.BoolVar(&indexFallback, "indexFallback", true, "fallback the request to index.html on missing static path, e.g. when pretty urls are used with SPA")
	app.RootCmd.ParseFlags(os.Args[1:])

	// Registered before the JS hooks, so on equal priority the native middlewares run first (outermost).
	velkommen.Register(app)

	jsvm.MustRegister(app, jsvm.Config{
		MigrationsDir: migrationsDir,
		HooksDir:      hooksDir,
		HooksWatch:    hooksWatch,
		HooksPoolSize: hooksPool,
	})
	migratecmd.MustRegister(app, app.RootCmd, migratecmd.Config{
		TemplateLang: migratecmd.TemplateLangJS,
		Automigrate:  automigrate,
		Dir:          migrationsDir,
	})

	app.OnServe().Bind(&hook.Handler[*core.ServeEvent]{
		Func: func(e *core.ServeEvent) error {
			if !e.Router.HasRoute(http.MethodGet, "/{path...}") {
				e.Router.GET("/{path...}", apis.Static(os.DirFS(publicDir), indexFallback))
			}
			return e.Next()
		},
		Priority: 999,
	})

	if err := app.Start(); err != nil {
		log.Fatal(err)
	}
}

// The default pb_public dir sits next to the executable (as in examples/base).
func defaultPublicDir() string {
	if osutils.IsProbablyGoRun() {
		return "./pb_public"
	}
	return filepath.Join(os.Args[0], "../pb_public")
}
