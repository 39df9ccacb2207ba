package velkommen

import (
	"fmt"
	"net/http"
	"strconv"
	"time"
	_ "time/tzdata" // Europe/Copenhagen without the system zoneinfo

	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
)

// At most this many plans per page (security review finding 14: names and e-mails in bulk). The staff client
// follows the pages (src/islands/staff/plans-list.ts).
const worklistPageMax = 500

// The "soon" window is WORKLIST_SOON_DAYS of src/domain/worklist.ts; pb_hooks/velkommen-api.pb.js publishes it
// from the hooks bundle into the app store under this key when the hooks load.
const soonDaysStoreKey = "velkommen.worklistSoonDays"

type worklistRow struct {
	Plan     string `db:"plan" json:"plan"`
	Name     string `db:"name" json:"name"`
	Email    string `db:"email" json:"email"`
	Language string `db:"language" json:"language"`
	Arrival  string `db:"arrival" json:"arrival"`
	Overdue  int    `db:"overdue" json:"overdue"`
	Soon     int    `db:"soon" json:"soon"`
}

// GET /api/velkommen/worklist[?limit=N&page=P]: the caseworker's plans, most urgent first (open milestones
// overdue, then due within the "soon" window, then by name), one page of at most 500. Only the caseworker's own
// municipality, as the API rules allow; anyone else gets 403.
func worklist(e *core.RequestEvent) error {
	auth := e.Auth
	municipality := auth.GetString("municipality")
	if auth.GetString("role") != "caseworker" || municipality == "" {
		return e.ForbiddenError("Only a caseworker has a worklist.", nil)
	}
	days, err := soonDays(e.App)
	if err != nil {
		return err
	}
	rows, err := worklists.rows(e.App, municipality, days)
	if err != nil {
		return err
	}
	query := e.Request.URL.Query()
	limit, limitOk := wholeNumberOr(query.Get("limit"), worklistPageMax)
	page, pageOk := wholeNumberOr(query.Get("page"), 1)
	problems := validation.Errors{}
	if !limitOk {
		problems["limit"] = validation.NewError("validation_page_size", "limit is a whole number from 1 (at most 500 are given).")
	}
	if !pageOk {
		problems["page"] = validation.NewError("validation_page", "page is a whole number from 1.")
	}
	if len(problems) > 0 {
		return e.BadRequestError("Check the paging.", problems)
	}
	limit = min(limit, worklistPageMax)
	first := min(len(rows), (page-1)*limit)
	// Staff reads of personal data leave a trace (at most one row per caseworker and hour).
	if err := recordStaffRead(e, "list", "plans", "", "", "worklist"); err != nil {
		return err
	}
	return e.JSON(http.StatusOK, rows[first:min(len(rows), first+limit)])
}

// The whole ordering of a municipality's plans, in one query. Ordering by the counts needs every open milestone
// in the window (23,000 rows with 5,000 plans: 40 ms in C SQLite, more in PocketBase's pure-Go one), so the
// answer is kept per municipality and Danish day until anything it reads changes (see invalidate) or it is
// worklistFreshFor old. The list is the municipality's, not a person's: every caseworker there gets the same one.
func queryWorklist(app core.App, municipality string, days int, today time.Time) ([]worklistRow, error) {
	rows := []worklistRow{}
	err := app.DB().NewQuery(
		"SELECT p.id AS plan, u.name AS name, u.email AS email, p.language AS language, substr(p.arrival_date, 1, 10) AS arrival," +
			" COALESCE(c.overdue, 0) AS overdue, COALESCE(c.soon, 0) AS soon" +
			" FROM plans p JOIN users u ON u.id = p.refugee LEFT JOIN (" +
			"  SELECT m.plan AS plan, SUM(m.due < {:today}) AS overdue, SUM(m.due >= {:today}) AS soon" +
			"  FROM milestones m INDEXED BY idx_milestones_status_due" +
			"  WHERE m.status = 'open' AND m.due != '' AND m.due <= {:until} GROUP BY m.plan" +
			" ) c ON c.plan = p.id" +
			" WHERE p.municipality = {:municipality}" +
			" ORDER BY overdue DESC, soon DESC, u.name, p.id",
	).Bind(dbx.Params{
		"municipality": municipality,
		"today":        today.Format(time.DateOnly),
		"until":        today.AddDate(0, 0, days).Format(time.DateOnly) + " 23:59:59.999Z",
	}).All(&rows)
	return rows, err
}

func soonDays(app core.App) (int, error) {
	value, ok := app.Store().GetOk(soonDaysStoreKey)
	days, isNumber := asInt(value)
	if !ok || !isNumber {
		return 0, fmt.Errorf("%s is not in the app store: the JS hooks (velkommen-api.pb.js) did not load", soonDaysStoreKey)
	}
	return days, nil
}

var copenhagen = mustLoadLocation("Europe/Copenhagen")

func mustLoadLocation(name string) *time.Location {
	location, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return location
}

// Today's date in Denmark, as a UTC midnight (dates are stored as "YYYY-MM-DD 00:00:00.000Z").
func danishToday() time.Time {
	year, month, day := time.Now().In(copenhagen).Date()
	return time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
}

// A query parameter that must be a whole number from 1; empty means the default. ok is false for anything else.
func wholeNumberOr(text string, fallback int) (number int, ok bool) {
	if text == "" {
		return fallback, true
	}
	number, err := strconv.Atoi(text)
	return number, err == nil && number >= 1
}

// Numbers set from JS arrive as int64 (whole numbers) or float64.
func asInt(value any) (int, bool) {
	switch number := value.(type) {
	case int:
		return number, true
	case int64:
		return int(number), true
	case float64:
		return int(number), true
	}
	return 0, false
}
