package velkommen

import (
	"runtime"

	"github.com/pocketbase/pocketbase/core"
)

// A gate in front of the hot reads: at most a few run at once, the others wait in arrival order. On 2 cores, 100
// requests running at once only take turns with each other and with the 16 pooled SQLite connections, whose
// waiters Go's database/sql does not serve in order; that, not the work, made the p95 three times the p50
// (issue 16). A channel's waiting senders are served first come, first served.
type gate chan struct{}

func newGate() gate {
	return make(gate, 2*runtime.GOMAXPROCS(0))
}

func (entrance gate) middleware(e *core.RequestEvent) error {
	select {
	case entrance <- struct{}{}:
	case <-e.Request.Context().Done():
		return e.Request.Context().Err()
	}
	defer func() { <-entrance }()
	return e.Next()
}
