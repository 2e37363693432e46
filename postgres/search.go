package postgres

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
// none, any word of its text) with ts_rank, a match in the title weighing
// ten times one in the stems. Title words match by prefix, since titles are
// indexed as written. A query with no words returns no results.
func (s *Store) Search(ctx context.Context, q warta.SearchQuery) ([]warta.SearchResult, error) {
	query, terms := tsquery(q)
	results := []warta.SearchResult{}
	if query == "" {
		return results, nil
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	// Rank first, then fetch titles and bodies of the few that are returned.
	rows, err := s.db.QueryContext(ctx, `WITH q AS (SELECT to_tsquery('simple', $1) AS q),
		hits AS (
			SELECT a.id, ts_rank('{0.1, 0.1, 0.1, 1.0}', a.search, q.q) AS score
			FROM articles a, q WHERE a.search @@ q.q
			ORDER BY score DESC, a.id LIMIT $2)
		SELECT a.id, a.title, a.body, h.score FROM hits h JOIN articles a ON a.id = h.id
		ORDER BY h.score DESC, a.id`, query, limit)
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

// tsquery returns the tsquery text for q, or "" when q has no words, and
// the terms to cut a snippet around: title words (weight A) by prefix, stems
// (weight B) whole. Every term is a run of letters and digits (package
// search makes sure), written as a quoted lexeme, so no user input is read
// as tsquery syntax.
func tsquery(q warta.SearchQuery) (query string, terms []string) {
	stems := search.Terms(q.Stems...)
	words := search.Terms(strings.Fields(q.Text)...)
	if len(stems) == 0 {
		stems = words
	}
	if len(stems) == 0 {
		return "", nil
	}
	title := search.Terms(append(append([]string{}, stems...), words...)...)
	var parts []string
	for _, t := range title {
		parts = append(parts, "'"+t+"':*A")
	}
	for _, t := range stems {
		parts = append(parts, "'"+t+"':B")
	}
	return strings.Join(parts, " | "), title
}
