package velkommen

import (
	"strings"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// The same staff-read trace as pb_hooks/lib/audit.js recordStaffRead: at most one audit_log row per person,
// action, collection, record and detail per hour. The memory of what was written is the app store, under the
// same keys the JS uses (and the same cleanup cron, limits.pb.js); after a restart the next read writes one again.
func recordStaffRead(e *core.RequestEvent, action, collection, record, plan, detail string) error {
	auth := e.Auth
	if auth == nil || e.HasSuperuserAuth() || auth.GetString("role") == "refugee" {
		return nil
	}
	storeKey := "velkommen.audit." + strings.Join([]string{auth.Id, action, collection, record, detail}, "|")
	hour := time.Now().UnixMilli() / 3600000
	fresh := false
	e.App.Store().SetFunc(storeKey, func(old any) any {
		if previous, ok := asInt(old); !ok || int64(previous) != hour {
			fresh = true
		}
		return hour
	})
	if !fresh {
		return nil
	}
	auditLog, err := e.App.FindCachedCollectionByNameOrId("audit_log")
	if err != nil {
		return err
	}
	row := core.NewRecord(auditLog)
	row.Set("actor", auth.Id)
	row.Set("action", action)
	row.Set("collection", collection)
	row.Set("record", record)
	row.Set("plan", plan)
	row.Set("municipality", auth.GetString("municipality"))
	row.Set("detail", detail)
	return e.App.Save(row)
}
