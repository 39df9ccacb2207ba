package velkommen

import (
	"database/sql"
	"errors"
	"net/http"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// GET /api/velkommen/me/dashboard: the signed-in person's own plan and everything under it, in ONE request, so a
// refugee's phone on a slow network waits for one round trip instead of five. It returns exactly what the API
// rules let this person read (their own plan: plans.refugee is unique); anyone without a plan gets empty lists.
// Each list is one query on its (plan, …) index; records serialize without their hidden fields (shares.token_hash).
func dashboard(e *core.RequestEvent) error {
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
