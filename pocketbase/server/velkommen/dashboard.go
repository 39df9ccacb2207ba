package velkommen

import (
	"database/sql"
	"errors"
	"net/http"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// The dashboard the plain way (one query per list, Records encoded by Go): what dashboardSQL answers too, used
// when a collection has a field type recordJSONExpression does not know.
func dashboardFromRecords(e *core.RequestEvent) error {
	plan, err := e.App.FindFirstRecordByData("plans", "refugee", e.Auth.Id)
	if errors.Is(err, sql.ErrNoRows) {
		empty := []*core.Record{}
		return e.JSON(http.StatusOK, map[string]any{"plan": nil, "milestones": empty, "appointments": empty, "contacts": empty, "shares": empty})
	}
	if err != nil {
		return err
	}
	answer := map[string]any{"plan": plan}
	for _, list := range []struct {
		collection string
		order      []string
	}{
		{"milestones", []string{"[[due]] ASC"}},
		{"appointments", []string{"[[starts]] ASC"}},
		{"contacts", []string{"[[role]] ASC", "[[name]] ASC"}},
		{"shares", []string{"[[created]] DESC"}},
	} {
		records := []*core.Record{}
		err := e.App.RecordQuery(list.collection).AndWhere(dbx.HashExp{"plan": plan.Id}).OrderBy(list.order...).Limit(1000).All(&records)
		if err != nil {
			return err
		}
		answer[list.collection] = records
	}
	return e.JSON(http.StatusOK, answer)
}
