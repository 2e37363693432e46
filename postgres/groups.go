package postgres

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/warta-news/warta"
)

// ReplaceReportGroups replaces every report group with groups, in one
// transaction. A group without an ID gets "g" and its position from 1
// ("g1", "g2"...); ids must be unique and every article must be stored.
func (s *Store) ReplaceReportGroups(ctx context.Context, groups []warta.ReportGroup) error {
	ids := make([]string, len(groups))
	seen := make(map[string]bool)
	var members []string
	for i, g := range groups {
		ids[i] = g.ID
		if ids[i] == "" {
			ids[i] = fmt.Sprintf("g%d", i+1)
		}
		if seen[ids[i]] {
			return warta.Errorf(warta.ErrInvalid, "replace report groups: two groups have the id %q", ids[i])
		}
		seen[ids[i]] = true
		members = append(members, g.Articles...)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("replace report groups: begin: %w", err)
	}
	defer tx.Rollback()
	if err := checkArticles(ctx, tx, "replace report groups", members); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM report_groups`); err != nil {
		return fmt.Errorf("replace report groups: delete: %w", err)
	}
	var groupRows, articleRows [][]any
	for i, g := range groups {
		evidence := []byte("[]")
		if len(g.Evidence) > 0 {
			if evidence, err = json.Marshal(g.Evidence); err != nil {
				return fmt.Errorf("replace report groups: group %q: evidence: %w", ids[i], err)
			}
		}
		groupRows = append(groupRows, []any{ids[i], i, g.Kind, g.Score, string(evidence)})
		for j, a := range g.Articles {
			articleRows = append(articleRows, []any{ids[i], j, a})
		}
	}
	if err := insertRows(ctx, tx, "report_groups", []string{"id", "ordinal", "kind", "score", "evidence"}, groupRows); err != nil {
		return fmt.Errorf("replace report groups: %w", err)
	}
	if err := insertRows(ctx, tx, "report_group_articles", []string{"group_id", "ordinal", "article_id"}, articleRows); err != nil {
		return fmt.Errorf("replace report groups: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("replace report groups: commit: %w", err)
	}
	return nil
}

// checkArticles returns an Invalid error naming the first of ids that is
// not a stored article.
func checkArticles(ctx context.Context, tx *sql.Tx, op string, ids []string) error {
	gone, err := missing(ctx, tx, ids)
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	if len(gone) > 0 {
		return warta.Errorf(warta.ErrInvalid, "%s: article %q is not stored (%d unknown articles)", op, gone[0], len(gone))
	}
	return nil
}

// ReportGroups returns every report group in the order they were stored.
func (s *Store) ReportGroups(ctx context.Context) ([]warta.ReportGroup, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("report groups: begin: %w", err)
	}
	defer tx.Rollback()
	groups := []warta.ReportGroup{}
	index := make(map[string]int)
	rows, err := tx.QueryContext(ctx, `SELECT id, kind, score, evidence FROM report_groups ORDER BY ordinal`)
	if err != nil {
		return nil, fmt.Errorf("report groups: %w", err)
	}
	err = scanEach(rows, func(rows *sql.Rows) error {
		g := warta.ReportGroup{Articles: []string{}}
		var evidence string
		if err := rows.Scan(&g.ID, &g.Kind, &g.Score, &evidence); err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(evidence), &g.Evidence); err != nil {
			return fmt.Errorf("group %q: evidence: %w", g.ID, err)
		}
		if len(g.Evidence) == 0 {
			g.Evidence = nil
		}
		index[g.ID] = len(groups)
		groups = append(groups, g)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("report groups: %w", err)
	}
	rows, err = tx.QueryContext(ctx, `SELECT group_id, article_id FROM report_group_articles ORDER BY group_id, ordinal`)
	if err != nil {
		return nil, fmt.Errorf("report groups: articles: %w", err)
	}
	err = scanEach(rows, func(rows *sql.Rows) error {
		var gid, aid string
		if err := rows.Scan(&gid, &aid); err != nil {
			return err
		}
		i, ok := index[gid]
		if !ok {
			return fmt.Errorf("article %q of unknown group %q", aid, gid)
		}
		groups[i].Articles = append(groups[i].Articles, aid)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("report groups: articles: %w", err)
	}
	return groups, nil
}
