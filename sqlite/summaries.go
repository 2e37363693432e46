package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/warta-news/warta"
)

// ArticleSummaries returns every article's summary, ordered by id, reading
// only the columns a listing shows: no body, no stems, no annotations.
func (s *Store) ArticleSummaries(ctx context.Context) ([]warta.ArticleSummary, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT id, title, outlet, language, published, published_source, url
		FROM articles ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("article summaries: %w", err)
	}
	list := []warta.ArticleSummary{}
	err = scanEach(rows, func(rows *sql.Rows) error {
		var a warta.ArticleSummary
		if err := rows.Scan(&a.ID, &a.Title, &a.Outlet, &a.Language, &a.Published, &a.PublishedSource, &a.URL); err != nil {
			return err
		}
		list = append(list, a)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("article summaries: %w", err)
	}
	return list, nil
}
