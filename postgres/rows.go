package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// maxParams bounds the parameters of one statement, well below
// PostgreSQL's limit of 65535.
const maxParams = 4000

// insertRows inserts rows into table with one multi-row INSERT per chunk of
// rows, each row holding one value per column.
func insertRows(ctx context.Context, tx *sql.Tx, table string, cols []string, rows [][]any) error {
	per := maxParams / len(cols)
	for len(rows) > 0 {
		n := min(per, len(rows))
		var b strings.Builder
		fmt.Fprintf(&b, "INSERT INTO %s (%s) VALUES ", table, strings.Join(cols, ", "))
		args := make([]any, 0, n*len(cols))
		for i, row := range rows[:n] {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString("(")
			for j := range cols {
				if j > 0 {
					b.WriteString(", ")
				}
				fmt.Fprintf(&b, "$%d", len(args)+j+1)
			}
			b.WriteString(")")
			args = append(args, row...)
		}
		if _, err := tx.ExecContext(ctx, b.String(), args...); err != nil {
			return fmt.Errorf("insert into %s: %w", table, err)
		}
		rows = rows[n:]
	}
	return nil
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
		rows, err := tx.QueryContext(ctx, `SELECT id FROM articles WHERE id = ANY($1)`, chunk)
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

// upsertRows inserts rows into table as insertRows does, replacing a row
// whose first nkey columns (the primary key) match one stored.
func upsertRows(ctx context.Context, tx *sql.Tx, table string, cols []string, nkey int, rows [][]any) error {
	var set []string
	for _, c := range cols[nkey:] {
		set = append(set, c+" = EXCLUDED."+c)
	}
	suffix := " ON CONFLICT (" + strings.Join(cols[:nkey], ", ") + ") DO UPDATE SET " + strings.Join(set, ", ")
	per := maxParams / len(cols)
	for len(rows) > 0 {
		n := min(per, len(rows))
		var b strings.Builder
		fmt.Fprintf(&b, "INSERT INTO %s (%s) VALUES ", table, strings.Join(cols, ", "))
		args := make([]any, 0, n*len(cols))
		for i, row := range rows[:n] {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString("(")
			for j := range cols {
				if j > 0 {
					b.WriteString(", ")
				}
				fmt.Fprintf(&b, "$%d", len(args)+j+1)
			}
			b.WriteString(")")
			args = append(args, row...)
		}
		b.WriteString(suffix)
		if _, err := tx.ExecContext(ctx, b.String(), args...); err != nil {
			return fmt.Errorf("upsert into %s: %w", table, err)
		}
		rows = rows[n:]
	}
	return nil
}
