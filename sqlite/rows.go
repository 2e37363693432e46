package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// maxParams bounds the parameters of one statement, well below SQLite's
// limit of 32766.
const maxParams = 4000

// insertRows inserts rows into table with one multi-row INSERT per chunk of
// rows, each row holding one value per column.
func insertRows(ctx context.Context, tx *sql.Tx, table string, cols []string, rows [][]any) error {
	return insertRowsVerb(ctx, tx, "INSERT", table, cols, rows)
}

// insertRowsVerb is insertRows with another verb, such as "INSERT OR
// REPLACE".
func insertRowsVerb(ctx context.Context, tx *sql.Tx, verb, table string, cols []string, rows [][]any) error {
	per := maxParams / len(cols)
	for len(rows) > 0 {
		n := min(per, len(rows))
		var b strings.Builder
		fmt.Fprintf(&b, "%s INTO %s (%s) VALUES ", verb, table, strings.Join(cols, ", "))
		tuple := "(" + placeholders(len(cols)) + ")"
		args := make([]any, 0, n*len(cols))
		for i, row := range rows[:n] {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(tuple)
			args = append(args, row...)
		}
		if _, err := tx.ExecContext(ctx, b.String(), args...); err != nil {
			return fmt.Errorf("insert into %s: %w", table, err)
		}
		rows = rows[n:]
	}
	return nil
}

// placeholders returns n comma-separated parameter marks: "?, ?, ?".
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// anySlice returns ids as query arguments.
func anySlice(ids []string) []any {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return args
}

// missing returns those of ids that name no stored article, each once, in
// the order given.
func missing(ctx context.Context, tx *sql.Tx, ids []string) ([]string, error) {
	var out []string
	seen := make(map[string]bool)
	for len(ids) > 0 {
		n := min(maxParams, len(ids))
		chunk := ids[:n]
		ids = ids[n:]
		q := "SELECT id FROM articles WHERE id IN (" + placeholders(n) + ")"
		rows, err := tx.QueryContext(ctx, q, anySlice(chunk)...)
		if err != nil {
			return nil, fmt.Errorf("look up articles: %w", err)
		}
		found := make(map[string]bool)
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, fmt.Errorf("look up articles: %w", err)
			}
			found[id] = true
		}
		if err := rows.Close(); err != nil {
			return nil, fmt.Errorf("look up articles: %w", err)
		}
		for _, id := range chunk {
			if !found[id] && !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	return out, nil
}
