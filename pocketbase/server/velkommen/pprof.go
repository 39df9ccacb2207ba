package velkommen

import (
	"log"
	"net/http"
	"net/http/pprof"
	"os"
)

// StartProfiler serves Go's profiler on VELKOMMEN_PPROF_ADDR (e.g. 127.0.0.1:6060) when it is set, for
// `go tool pprof` during a bench; off otherwise, and never on the public listener.
func StartProfiler() {
	address := os.Getenv("VELKOMMEN_PPROF_ADDR")
	if address == "" {
		return
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	go func() { log.Println(http.ListenAndServe(address, mux)) }()
}
