package velkommen

import (
	"fmt"
	"strings"

	"github.com/pocketbase/pocketbase/core"
)

// recordJSONExpression is SQL that builds, inside SQLite, the JSON that core.Record.MarshalJSON gives for a row
// of a base collection: every field that is not hidden, plus collectionId and collectionName, with the same
// value types (bools as true/false, multi-value select/relation/file as arrays, json fields as JSON). Building
// the answer in SQLite spares the Go side a Record per row and a reflection-based encoding (issue 16).
// It returns false for anything it does not know, and the caller then goes the Record way.
func recordJSONExpression(collection *core.Collection, alias string) (string, bool) {
	if !collection.IsBase() {
		return "", false
	}
	parts := []string{
		"'collectionId', " + quoteSQLText(collection.Id),
		"'collectionName', " + quoteSQLText(collection.Name),
	}
	for _, field := range collection.Fields {
		if field.GetHidden() {
			continue
		}
		column := alias + "." + quoteSQLIdentifier(field.GetName())
		var value string
		switch typed := field.(type) {
		case *core.BoolField:
			value = fmt.Sprintf("json(CASE WHEN %s THEN 'true' ELSE 'false' END)", column)
		case *core.NumberField:
			value = fmt.Sprintf("COALESCE(%s, 0)", column)
		case *core.JSONField:
			value = fmt.Sprintf("json(CASE WHEN %s IS NULL OR %s = '' THEN 'null' ELSE %s END)", column, column, column)
		case *core.SelectField:
			value = textOrList(column, typed.IsMultiple())
		case *core.RelationField:
			value = textOrList(column, typed.IsMultiple())
		case *core.FileField:
			value = textOrList(column, typed.IsMultiple())
		case *core.TextField, *core.EditorField, *core.EmailField, *core.URLField, *core.DateField, *core.AutodateField:
			value = fmt.Sprintf("COALESCE(%s, '')", column)
		default:
			return "", false
		}
		parts = append(parts, quoteSQLText(field.GetName())+", "+value)
	}
	return "json_object(" + strings.Join(parts, ", ") + ")", true
}

func textOrList(column string, multiple bool) string {
	if multiple {
		return fmt.Sprintf("json(CASE WHEN %s IS NULL OR %s = '' THEN '[]' ELSE %s END)", column, column, column)
	}
	return fmt.Sprintf("COALESCE(%s, '')", column)
}

func quoteSQLText(text string) string {
	return "'" + strings.ReplaceAll(text, "'", "''") + "'"
}

func quoteSQLIdentifier(name string) string {
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}
