package velkommen

import (
	"sync"
	"sync/atomic"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// A bound on staleness even for a write that no hook sees (none is known: every write goes through PocketBase,
// and a backup restore restarts it). Each recomputation costs 60–150 ms here, so not much more often than this.
const worklistFreshFor = time.Minute

type worklistCache struct {
	mutex      sync.Mutex // one computation at a time; the others wait for its answer
	generation atomic.Int64
	entries    map[string]cachedWorklist
}

type cachedWorklist struct {
	generation int64
	day        string
	soonDays   int
	computed   time.Time
	rows       []worklistRow
}

var worklists = &worklistCache{entries: map[string]cachedWorklist{}}

// invalidate is bound to every successful create, update and delete of the records the worklist reads.
func (cache *worklistCache) invalidate(e *core.RecordEvent) error {
	cache.generation.Add(1)
	return e.Next()
}

func (cache *worklistCache) rows(app core.App, municipality string, days int) ([]worklistRow, error) {
	today := danishToday()
	day := today.Format(time.DateOnly)
	cache.mutex.Lock()
	defer cache.mutex.Unlock()
	entry, ok := cache.entries[municipality]
	if ok && entry.generation == cache.generation.Load() && entry.day == day && entry.soonDays == days && time.Since(entry.computed) < worklistFreshFor {
		return entry.rows, nil
	}
	// Read the generation before the query: a write during it makes this answer stale at once.
	generation := cache.generation.Load()
	started := time.Now()
	rows, err := queryWorklist(app, municipality, days, today)
	if err != nil {
		return nil, err
	}
	cache.entries[municipality] = cachedWorklist{generation: generation, day: day, soonDays: days, computed: started, rows: rows}
	return rows, nil
}

func bindWorklistInvalidation(app core.App) {
	collections := []string{"milestones", "plans", "users"}
	app.OnRecordAfterCreateSuccess(collections...).BindFunc(worklists.invalidate)
	app.OnRecordAfterUpdateSuccess(collections...).BindFunc(worklists.invalidate)
	app.OnRecordAfterDeleteSuccess(collections...).BindFunc(worklists.invalidate)
}
