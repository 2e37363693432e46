package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/warta-news/warta"
)

// insertTimexes inserts the timexes of the article with id.
func insertTimexes(ctx context.Context, tx *sql.Tx, id string, timexes []warta.Timex) error {
	rows := make([][]any, 0, len(timexes))
	for i, x := range timexes {
		rows = append(rows, []any{id, i, x.Text, x.Value, x.Type, x.Start, x.End, x.Flag})
	}
	return insertRows(ctx, tx, timexTable.name, timexTable.cols, rows)
}

// SetDate replaces the publication date, its source and the timexes of the
// article with id, in one transaction.
func (s *Store) SetDate(ctx context.Context, id, published, source string, timexes []warta.Timex) error {
	probe := &warta.Article{ID: id, Published: published, PublishedSource: source, Timexes: timexes}
	if err := probe.Validate(); err != nil {
		return fmt.Errorf("set date: %w", err)
	}
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("set date of %q: begin: %w", id, err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE articles SET published = ?, published_source = ? WHERE id = ?`, published, source, id)
	if err != nil {
		return fmt.Errorf("set date of %q: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("set date of %q: %w", id, err)
	} else if n == 0 {
		return warta.Errorf(warta.ErrNotFound, "article %q not found", id)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM timexes WHERE article_id = ?`, id); err != nil {
		return fmt.Errorf("set date of %q: delete timexes: %w", id, err)
	}
	if err := insertTimexes(ctx, tx, id, timexes); err != nil {
		return fmt.Errorf("set date of %q: %w", id, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("set date of %q: commit: %w", id, err)
	}
	return nil
}

// Article returns the article with the given id and its annotations, or a
// NotFound error.
func (s *Store) Article(ctx context.Context, id string) (*warta.Article, error) {
	as, err := s.load(ctx, " WHERE id = ?", " WHERE article_id = ?", id)
	if err != nil {
		return nil, fmt.Errorf("article %q: %w", id, err)
	}
	if len(as) == 0 {
		return nil, warta.Errorf(warta.ErrNotFound, "article %q not found", id)
	}
	return as[0], nil
}

// Articles returns every article with its annotations, ordered by id.
func (s *Store) Articles(ctx context.Context) ([]*warta.Article, error) {
	as, err := s.load(ctx, "", "")
	if err != nil {
		return nil, fmt.Errorf("articles: %w", err)
	}
	return as, nil
}

// pageSize is how many articles EachArticle reads at a time.
const pageSize = 500

// EachArticle calls fn with every article, ordered by id, a page at a
// time; each page is read in one transaction.
func (s *Store) EachArticle(ctx context.Context, fn func(*warta.Article) error) error {
	page := fmt.Sprintf(` WHERE id IN (SELECT id FROM articles WHERE id > %[1]s ORDER BY id LIMIT %[2]d)`, "?", pageSize)
	annPage := fmt.Sprintf(` WHERE article_id IN (SELECT id FROM articles WHERE id > %[1]s ORDER BY id LIMIT %[2]d)`, "?", pageSize)
	after := ""
	for {
		as, err := s.load(ctx, page, annPage, after)
		if err != nil {
			return fmt.Errorf("articles after %q: %w", after, err)
		}
		for _, a := range as {
			if err := fn(a); err != nil {
				return err
			}
		}
		if len(as) < pageSize {
			return nil
		}
		after = as[len(as)-1].ID
	}
}

// load reads the articles that where selects (all when it is empty) in one
// read transaction, so that annotations match their articles; annWhere
// selects the same articles' annotations by article_id. Both take args.
func (s *Store) load(ctx context.Context, where, annWhere string, args ...any) ([]*warta.Article, error) {
	tx, err := s.read.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()

	articles := []*warta.Article{}
	byID := make(map[string]*warta.Article)
	rows, err := tx.QueryContext(ctx, `SELECT id, origin, format, title, language, outlet, author, dateline,
		url, published, published_source, body, content_hash, stems, ingested_at
		FROM articles`+where+` ORDER BY id`, args...)
	if err != nil {
		return nil, err
	}
	err = scanEach(rows, func(rows *sql.Rows) error {
		a := &warta.Article{Entities: []warta.Entity{}, Timexes: []warta.Timex{}, Quotes: []warta.Quote{}, Claims: []warta.Claim{}}
		var ingested string
		if err := rows.Scan(&a.ID, &a.Origin, &a.Format, &a.Title, &a.Language, &a.Outlet, &a.Author,
			&a.Dateline, &a.URL, &a.Published, &a.PublishedSource, &a.Body, &a.ContentHash, &a.Stems, &ingested); err != nil {
			return err
		}
		t, err := parseTime(ingested)
		if err != nil {
			return err
		}
		a.IngestedAt = t
		articles = append(articles, a)
		byID[a.ID] = a
		return nil
	})
	if err != nil || len(articles) == 0 {
		return articles, err
	}

	owner := func(id string) (*warta.Article, error) {
		if a := byID[id]; a != nil {
			return a, nil
		}
		return nil, fmt.Errorf("annotation of unknown article %q", id)
	}
	annotations := []struct {
		query string
		scan  func(*sql.Rows) error
	}{
		{`SELECT article_id, text, type, canonical, start, "end" FROM entities`, func(rows *sql.Rows) error {
			var id string
			var e warta.Entity
			if err := rows.Scan(&id, &e.Text, &e.Type, &e.Canonical, &e.Start, &e.End); err != nil {
				return err
			}
			a, err := owner(id)
			if err == nil {
				a.Entities = append(a.Entities, e)
			}
			return err
		}},
		{`SELECT article_id, text, value, type, start, "end", flag FROM timexes`, func(rows *sql.Rows) error {
			var id string
			var x warta.Timex
			if err := rows.Scan(&id, &x.Text, &x.Value, &x.Type, &x.Start, &x.End, &x.Flag); err != nil {
				return err
			}
			a, err := owner(id)
			if err == nil {
				a.Timexes = append(a.Timexes, x)
			}
			return err
		}},
		{`SELECT article_id, text, speaker, cue, kind, start, "end" FROM quotes`, func(rows *sql.Rows) error {
			var id string
			var q warta.Quote
			if err := rows.Scan(&id, &q.Text, &q.Speaker, &q.Cue, &q.Kind, &q.Start, &q.End); err != nil {
				return err
			}
			a, err := owner(id)
			if err == nil {
				a.Quotes = append(a.Quotes, q)
			}
			return err
		}},
		{`SELECT article_id, holder, stance, text, about, start, "end" FROM claims`, func(rows *sql.Rows) error {
			var id string
			var c warta.Claim
			if err := rows.Scan(&id, &c.Holder, &c.Stance, &c.Text, &c.About, &c.Start, &c.End); err != nil {
				return err
			}
			a, err := owner(id)
			if err == nil {
				a.Claims = append(a.Claims, c)
			}
			return err
		}},
	}
	for _, an := range annotations {
		rows, err := tx.QueryContext(ctx, an.query+annWhere+` ORDER BY article_id, ordinal`, args...)
		if err != nil {
			return nil, err
		}
		if err := scanEach(rows, an.scan); err != nil {
			return nil, err
		}
	}
	return articles, nil
}

// scanEach calls scan for every row, then closes rows.
func scanEach(rows *sql.Rows, scan func(*sql.Rows) error) error {
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	return rows.Close()
}
