package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/warta-news/warta"
)

// UncomparedArticles returns the texts of the first limit articles (all
// when limit is 0) after after without dedup features, ordered by id, as
// ArticleTexts gives them. Searching after the last id of the previous
// chunk keeps a corpus run's chunks from probing the features of every
// article compared before.
func (s *Store) UncomparedArticles(ctx context.Context, after string, limit int) ([]*warta.Article, error) {
	q := `SELECT id FROM articles a WHERE a.id > ? AND NOT EXISTS (SELECT 1 FROM dedup_features f WHERE f.article_id = a.id) ORDER BY id`
	if limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", limit)
	}
	rows, err := s.read.QueryContext(ctx, q, after)
	if err != nil {
		return nil, fmt.Errorf("uncompared articles: %w", err)
	}
	var ids []string
	err = scanEach(rows, func(rows *sql.Rows) error {
		var id string
		err := rows.Scan(&id)
		ids = append(ids, id)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("uncompared articles: %w", err)
	}
	as, err := s.ArticleTexts(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("uncompared articles: %w", err)
	}
	return as, nil
}

// ArticleTexts returns the articles with ids, without annotations or
// stems, ordered by id.
func (s *Store) ArticleTexts(ctx context.Context, ids []string) ([]*warta.Article, error) {
	ids = slices.Clone(ids)
	slices.Sort(ids)
	ids = slices.Compact(ids)
	out := []*warta.Article{}
	for len(ids) > 0 {
		chunk := ids[:min(len(ids), maxParams)]
		ids = ids[len(chunk):]
		rows, err := s.read.QueryContext(ctx, `SELECT id, title, language, outlet, published, published_source, url, body
			FROM articles WHERE id IN (`+placeholders(len(chunk))+`) ORDER BY id`, anySlice(chunk)...)
		if err != nil {
			return nil, fmt.Errorf("article texts: %w", err)
		}
		err = scanEach(rows, func(rows *sql.Rows) error {
			a := &warta.Article{}
			if err := rows.Scan(&a.ID, &a.Title, &a.Language, &a.Outlet, &a.Published, &a.PublishedSource, &a.URL, &a.Body); err != nil {
				return err
			}
			out = append(out, a)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("article texts: %w", err)
		}
	}
	return out, nil
}

// EachDedupFeatures calls fn with every stored article's dedup features,
// ordered by article id.
func (s *Store) EachDedupFeatures(ctx context.Context, fn func(warta.DedupFeatures) error) error {
	rows, err := s.read.QueryContext(ctx, `SELECT article_id, body_hash, outlet_key, signature, anchors
		FROM dedup_features ORDER BY article_id`)
	if err != nil {
		return fmt.Errorf("dedup features: %w", err)
	}
	err = scanEach(rows, func(rows *sql.Rows) error {
		var f warta.DedupFeatures
		var anchors []byte
		if err := rows.Scan(&f.Article, &f.BodyHash, &f.OutletKey, &f.Signature, &anchors); err != nil {
			return err
		}
		var err error
		if len(f.Signature) == 0 {
			f.Signature = nil
		}
		if f.Anchors, err = decodeUint64s(anchors); err != nil {
			return fmt.Errorf("article %q: %w", f.Article, err)
		}
		return fn(f)
	})
	if err != nil {
		return fmt.Errorf("dedup features: %w", err)
	}
	return nil
}

// AddDedupFeatures stores features and links in one transaction, replacing
// the features of an article stored before and a link between the same
// two articles.
func (s *Store) AddDedupFeatures(ctx context.Context, features []warta.DedupFeatures, links []warta.ReportLink) error {
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("add dedup features: begin: %w", err)
	}
	defer tx.Rollback()
	rows := make([][]any, 0, len(features))
	ids := make([]string, 0, len(features))
	for _, f := range features {
		sig := f.Signature
		if sig == nil {
			sig = []byte{}
		}
		rows = append(rows, []any{f.Article, f.BodyHash, f.OutletKey, sig, encodeUint64s(f.Anchors)})
		ids = append(ids, f.Article)
	}
	var linkRows [][]any
	for _, l := range links {
		evidence, err := evidenceJSON(l.Evidence)
		if err != nil {
			return fmt.Errorf("add dedup features: link %s %s: %w", l.A, l.B, err)
		}
		linkRows = append(linkRows, []any{l.A, l.B, l.Kind, l.Score, evidence})
		ids = append(ids, l.A, l.B)
	}
	if err := checkArticles(ctx, tx, "add dedup features", ids); err != nil {
		return err
	}
	if err := insertRowsVerb(ctx, tx, "INSERT OR REPLACE", "dedup_features", []string{"article_id", "body_hash", "outlet_key", "signature", "anchors"}, rows); err != nil {
		return fmt.Errorf("add dedup features: %w", err)
	}
	if err := insertRowsVerb(ctx, tx, "INSERT OR REPLACE", "dedup_links", []string{"a", "b", "kind", "score", "evidence"}, linkRows); err != nil {
		return fmt.Errorf("add dedup features: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("add dedup features: commit: %w", err)
	}
	return nil
}

// ReportLinks returns every stored link, ordered by its articles.
func (s *Store) ReportLinks(ctx context.Context) ([]warta.ReportLink, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT a, b, kind, score, evidence FROM dedup_links ORDER BY a, b`)
	if err != nil {
		return nil, fmt.Errorf("report links: %w", err)
	}
	links := []warta.ReportLink{}
	err = scanEach(rows, func(rows *sql.Rows) error {
		var l warta.ReportLink
		var evidence string
		if err := rows.Scan(&l.A, &l.B, &l.Kind, &l.Score, &evidence); err != nil {
			return err
		}
		if evidence != "[]" {
			if err := json.Unmarshal([]byte(evidence), &l.Evidence); err != nil {
				return fmt.Errorf("link %s %s: evidence: %w", l.A, l.B, err)
			}
		}
		links = append(links, l)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("report links: %w", err)
	}
	return links, nil
}

// forgetComparisons drops the dedup features of the article with id and of
// every article linked to it, and all their links, so that the next corpus
// run compares them all again: a changed text may no longer be the copy it
// was, and an exact copy linked only through it must find its other copies.
func forgetComparisons(ctx context.Context, tx *sql.Tx, id string) error {
	forget := []any{id}
	rows, err := tx.QueryContext(ctx, `SELECT b FROM dedup_links WHERE a = ?1 UNION SELECT a FROM dedup_links WHERE b = ?1`, id)
	if err != nil {
		return fmt.Errorf("forget comparisons: %w", err)
	}
	err = scanEach(rows, func(rows *sql.Rows) error {
		var other string
		err := rows.Scan(&other)
		forget = append(forget, other)
		return err
	})
	if err != nil {
		return fmt.Errorf("forget comparisons: %w", err)
	}
	for len(forget) > 0 {
		n := min(len(forget), maxParams/2)
		list := placeholders(n)
		chunk := forget[:n]
		forget = forget[n:]
		if _, err := tx.ExecContext(ctx, `DELETE FROM dedup_links WHERE a IN (`+list+`) OR b IN (`+list+`)`, append(chunk, chunk...)...); err != nil {
			return fmt.Errorf("forget comparisons: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM dedup_features WHERE article_id IN (`+list+`)`, chunk...); err != nil {
			return fmt.Errorf("forget comparisons: %w", err)
		}
	}
	return nil
}

// encodeUint64s returns xs as little-endian bytes, 8 per value.
func encodeUint64s(xs []uint64) []byte {
	b := make([]byte, 8*len(xs))
	for i, x := range xs {
		binary.LittleEndian.PutUint64(b[8*i:], x)
	}
	return b
}

// decodeUint64s reverses encodeUint64s.
func decodeUint64s(b []byte) ([]uint64, error) {
	if len(b)%8 != 0 {
		return nil, fmt.Errorf("decode anchors: %d bytes is not a whole number of uint64", len(b))
	}
	if len(b) == 0 {
		return nil, nil
	}
	xs := make([]uint64, len(b)/8)
	for i := range xs {
		xs[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return xs, nil
}

// evidenceJSON returns alignments as a JSON array, "[]" for none.
func evidenceJSON(ev []warta.Alignment) (string, error) {
	if len(ev) == 0 {
		return "[]", nil
	}
	b, err := json.Marshal(ev)
	return string(b), err
}
