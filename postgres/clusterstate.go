package postgres

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/warta-news/warta"
)

// PutClusterDocs stores docs in one transaction, replacing the documents
// stored before for the same articles.
func (s *Store) PutClusterDocs(ctx context.Context, docs []warta.ClusterDoc) error {
	if len(docs) == 0 {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("put cluster docs: begin: %w", err)
	}
	defer tx.Rollback()
	rows := make([][]any, len(docs))
	ids := make([]string, len(docs))
	for i, d := range docs {
		rows[i] = []any{d.Article, d.SortKey, d.Doc}
		ids[i] = d.Article
	}
	if err := checkArticles(ctx, tx, "put cluster docs", ids); err != nil {
		return err
	}
	if err := upsertRows(ctx, tx, "cluster_docs", []string{"article_id", "sort_key", "doc"}, 1, rows); err != nil {
		return fmt.Errorf("put cluster docs: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("put cluster docs: commit: %w", err)
	}
	return nil
}

// EachClusterDoc calls fn with every stored cluster document, ordered by
// sort key or by article id, a page at a time.
func (s *Store) EachClusterDoc(ctx context.Context, bySortKey bool, fn func(warta.ClusterDoc) error) error {
	col := "article_id"
	if bySortKey {
		col = "sort_key"
	}
	// Pages by key rather than one long query, so that no read
	// transaction stays open across a long run of fn.
	after := ""
	first := true
	for {
		q := `SELECT article_id, sort_key, doc FROM cluster_docs`
		args := []any{}
		if !first {
			q += ` WHERE ` + col + ` > $1`
			args = append(args, after)
		}
		q += fmt.Sprintf(` ORDER BY %s LIMIT %d`, col, clusterDocPage)
		rows, err := s.db.QueryContext(ctx, q, args...)
		if err != nil {
			return fmt.Errorf("cluster docs: %w", err)
		}
		var page []warta.ClusterDoc
		err = scanEach(rows, func(rows *sql.Rows) error {
			var d warta.ClusterDoc
			if err := rows.Scan(&d.Article, &d.SortKey, &d.Doc); err != nil {
				return err
			}
			page = append(page, d)
			return nil
		})
		if err != nil {
			return fmt.Errorf("cluster docs: %w", err)
		}
		for _, d := range page {
			if err := fn(d); err != nil {
				return err
			}
		}
		if len(page) < clusterDocPage {
			return nil
		}
		first = false
		if last := page[len(page)-1]; bySortKey {
			after = last.SortKey
		} else {
			after = last.Article
		}
	}
}

// clusterDocPage is how many cluster documents one query of
// EachClusterDoc reads.
const clusterDocPage = 500

// UndocumentedArticles returns the ids of the first limit articles (all
// when limit is 0) without a cluster document, ordered by id.
func (s *Store) UndocumentedArticles(ctx context.Context, limit int) ([]string, error) {
	q := `SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM cluster_docs d WHERE d.article_id = a.id) ORDER BY id`
	if limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", limit)
	}
	rows, err := s.db.QueryContext(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("undocumented articles: %w", err)
	}
	ids := []string{}
	err = scanEach(rows, func(rows *sql.Rows) error {
		var id string
		err := rows.Scan(&id)
		ids = append(ids, id)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("undocumented articles: %w", err)
	}
	return ids, nil
}
