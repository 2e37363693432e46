package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/search"
)

const (
	// DefaultLimit is how many results Search returns when the query sets
	// no limit.
	DefaultLimit = 20
	// MaxLimit is the most results Search returns, whatever the query's
	// limit.
	MaxLimit = 1000
)

// snippetWidth is the length of result snippets, in characters.
const snippetWidth = 200

// Search ranks articles that hold any of the query's stems (or, when it has
// none, any word of its text) by bm25, a match in the title weighing ten
// times one in the stems. Title words match by prefix, since titles are
// indexed as written. A query with no words returns no results.
func (s *Store) Search(ctx context.Context, q warta.SearchQuery) ([]warta.SearchResult, error) {
	match, terms := matchExpr(q)
	results := []warta.SearchResult{}
	if match == "" {
		return results, nil
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	rows, err := s.read.QueryContext(ctx, `WITH hits AS (
			SELECT rowid, bm25(articles_fts, 10.0, 1.0) AS rank FROM articles_fts
			WHERE articles_fts MATCH ? ORDER BY rank, rowid LIMIT ?)
		SELECT a.id, a.title, a.body, -h.rank
		FROM hits h JOIN articles a ON a.seq = h.rowid
		ORDER BY h.rank, a.id`, match, limit)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	err = scanEach(rows, func(rows *sql.Rows) error {
		var r warta.SearchResult
		var body string
		if err := rows.Scan(&r.ID, &r.Title, &body, &r.Score); err != nil {
			return err
		}
		r.Snippet = search.Snippet(body, terms, snippetWidth)
		results = append(results, r)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	return results, nil
}

// matchExpr returns the FTS5 MATCH expression for q, or "" when q has no
// words, and the terms to cut a snippet around. Every term is a run of
// letters and digits (package search makes sure), written as an FTS5
// string, so no user input is read as query syntax.
func matchExpr(q warta.SearchQuery) (match string, terms []string) {
	stems := search.Terms(q.Stems...)
	words := search.Terms(strings.Fields(q.Text)...)
	if len(stems) == 0 {
		stems = words
	}
	if len(stems) == 0 {
		return "", nil
	}
	title := search.Terms(append(append([]string{}, stems...), words...)...)
	var b strings.Builder
	b.WriteString("title : (")
	for i, t := range title {
		if i > 0 {
			b.WriteString(" OR ")
		}
		fmt.Fprintf(&b, `"%s"*`, t)
	}
	b.WriteString(") OR stems : (")
	for i, t := range stems {
		if i > 0 {
			b.WriteString(" OR ")
		}
		fmt.Fprintf(&b, `"%s"`, t)
	}
	b.WriteString(")")
	return b.String(), title
}
