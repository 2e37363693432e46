package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/warta-news/warta"
)

// Entities summarises entities across articles: one summary per canonical
// name and type (the surface text stands in for an empty canonical name),
// with its distinct surface texts as aliases, sorted, ordered by the number
// of articles that mention it, most first, then by canonical name and type.
func (s *Store) Entities(ctx context.Context) ([]warta.EntitySummary, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("entities: begin: %w", err)
	}
	defer tx.Rollback()
	const canonical = `CASE canonical WHEN '' THEN text ELSE canonical END`
	type key struct{ canonical, typ string }
	out := []warta.EntitySummary{}
	index := make(map[key]int)
	rows, err := tx.QueryContext(ctx, `SELECT `+canonical+` AS c, type, COUNT(DISTINCT article_id) AS n
		FROM entities GROUP BY c, type ORDER BY n DESC, c, type`)
	if err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	err = scanEach(rows, func(rows *sql.Rows) error {
		e := warta.EntitySummary{Aliases: []string{}}
		if err := rows.Scan(&e.Canonical, &e.Type, &e.Articles); err != nil {
			return err
		}
		index[key{e.Canonical, e.Type}] = len(out)
		out = append(out, e)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	rows, err = tx.QueryContext(ctx, `SELECT DISTINCT `+canonical+` AS c, type, text FROM entities ORDER BY c, type, text`)
	if err != nil {
		return nil, fmt.Errorf("entities: aliases: %w", err)
	}
	err = scanEach(rows, func(rows *sql.Rows) error {
		var k key
		var text string
		if err := rows.Scan(&k.canonical, &k.typ, &text); err != nil {
			return err
		}
		i, ok := index[k]
		if !ok {
			return fmt.Errorf("alias %q of unknown entity %q", text, k.canonical)
		}
		out[i].Aliases = append(out[i].Aliases, text)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("entities: aliases: %w", err)
	}
	return out, nil
}

// Quotes returns every quote, or, when speaker is not empty, those whose
// speaker's name contains it, compared case-insensitively ("putin" finds
// "Vladimir Putin"), ordered by article id and position.
func (s *Store) Quotes(ctx context.Context, speaker string) ([]warta.QuoteRecord, error) {
	want := strings.ToLower(strings.TrimSpace(speaker))
	out := []warta.QuoteRecord{}
	rows, err := s.db.QueryContext(ctx, `SELECT article_id, speaker, text, kind, cue, start, "end"
		FROM quotes ORDER BY article_id, ordinal`)
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	err = scanEach(rows, func(rows *sql.Rows) error {
		var q warta.QuoteRecord
		if err := rows.Scan(&q.Article, &q.Speaker, &q.Text, &q.Kind, &q.Cue, &q.Start, &q.End); err != nil {
			return err
		}
		if strings.Contains(strings.ToLower(q.Speaker), want) {
			out = append(out, q)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	return out, nil
}

// Claims returns every claim, ordered by article id and position.
func (s *Store) Claims(ctx context.Context) ([]warta.ClaimRecord, error) {
	out := []warta.ClaimRecord{}
	rows, err := s.db.QueryContext(ctx, `SELECT article_id, holder, stance, text, about, start, "end"
		FROM claims ORDER BY article_id, ordinal`)
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	err = scanEach(rows, func(rows *sql.Rows) error {
		var c warta.ClaimRecord
		if err := rows.Scan(&c.Article, &c.Holder, &c.Stance, &c.Text, &c.About, &c.Start, &c.End); err != nil {
			return err
		}
		out = append(out, c)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	return out, nil
}
