package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/warta-news/warta"
)

// putAttempts bounds how often a put is retried after a unique violation,
// which means that a concurrent transaction stored the same id or content
// first; the retry sees what it stored.
const putAttempts = 3

// PutArticle stores a with its annotations in one transaction, as
// warta.Store documents: Unchanged when its content hash is stored already,
// a Conflict error when its id is taken by an article from another origin,
// Updated when the article of the same id and origin is replaced, Added
// otherwise. An empty ContentHash is replaced by a hash of title and body; a
// zero IngestedAt by the current time. a itself is not modified.
func (s *Store) PutArticle(ctx context.Context, a *warta.Article) (warta.PutResult, error) {
	if err := a.Validate(); err != nil {
		return 0, err
	}
	for attempt := 1; ; attempt++ {
		res, err := s.putTx(ctx, a)
		if err == nil || !isUniqueViolation(err) || attempt == putAttempts {
			return res, err
		}
	}
}

// putTx stores a in a transaction of its own.
func (s *Store) putTx(ctx context.Context, a *warta.Article) (warta.PutResult, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("put article %q: begin: %w", a.ID, err)
	}
	defer tx.Rollback()
	res, err := s.put(ctx, tx, a)
	if err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("put article %q: commit: %w", a.ID, err)
	}
	return res, nil
}

// PutArticles stores many articles in one transaction, each as PutArticle
// would, which is several times faster than one transaction per article.
// It returns one result and one error per article; an article that fails
// (a conflict, invalid text) is left out and the others are still stored.
// When the transaction itself fails, every article gets that error.
func (s *Store) PutArticles(ctx context.Context, articles []*warta.Article) ([]warta.PutResult, []error) {
	results := make([]warta.PutResult, len(articles))
	errs := make([]error, len(articles))
	fail := func(err error) ([]warta.PutResult, []error) {
		for i := range errs {
			errs[i] = err
		}
		return results, errs
	}
	if len(articles) == 0 {
		return results, errs
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fail(fmt.Errorf("put articles: begin: %w", err))
	}
	defer tx.Rollback()
	for i, a := range articles {
		if errs[i] = a.Validate(); errs[i] != nil {
			continue
		}
		for attempt := 1; ; attempt++ {
			if _, err := tx.ExecContext(ctx, "SAVEPOINT put_article"); err != nil {
				return fail(fmt.Errorf("put articles: savepoint: %w", err))
			}
			results[i], errs[i] = s.put(ctx, tx, a)
			if errs[i] == nil {
				if _, err := tx.ExecContext(ctx, "RELEASE SAVEPOINT put_article"); err != nil {
					return fail(fmt.Errorf("put articles: release savepoint: %w", err))
				}
				break
			}
			if _, err := tx.ExecContext(ctx, "ROLLBACK TO SAVEPOINT put_article"); err != nil {
				return fail(fmt.Errorf("put articles: roll back to savepoint: %w", err))
			}
			if !isUniqueViolation(errs[i]) || attempt == putAttempts {
				break
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return fail(fmt.Errorf("put articles: commit: %w", err))
	}
	return results, errs
}

// put stores a inside tx.
func (s *Store) put(ctx context.Context, tx *sql.Tx, a *warta.Article) (warta.PutResult, error) {
	hash := a.StoreHash()
	// One look-up for both questions: is the content stored, is the id taken?
	rows, err := tx.QueryContext(ctx, `SELECT origin, content_hash = $1 FROM articles WHERE content_hash = $1 OR id = $2`, hash, a.ID)
	if err != nil {
		return 0, fmt.Errorf("put article %q: look up: %w", a.ID, err)
	}
	var origin string
	found, same := false, false
	err = scanEach(rows, func(rows *sql.Rows) error {
		var o string
		var sameHash bool
		if err := rows.Scan(&o, &sameHash); err != nil {
			return err
		}
		if sameHash {
			same = true
		} else {
			found, origin = true, o
		}
		return nil
	})
	switch {
	case err != nil:
		return 0, fmt.Errorf("put article %q: look up: %w", a.ID, err)
	case same:
		return warta.Unchanged, nil
	case found && origin != a.Origin:
		return 0, warta.Errorf(warta.ErrConflict, "put article %q from %q: the id is taken by an article from %q",
			a.ID, a.Origin, origin)
	}

	ingested := a.IngestedAt
	if ingested.IsZero() {
		ingested = s.now()
	}
	values := []any{a.Origin, a.Format, a.Title, a.Language, a.Outlet, a.Author, a.Dateline, a.URL,
		a.Published, a.PublishedSource, a.Body, hash, a.Stems, ingested.UTC().Truncate(time.Microsecond), a.ID}
	result := warta.Added
	if found {
		result = warta.Updated
		_, err = tx.ExecContext(ctx, `UPDATE articles SET origin = $1, format = $2, title = $3, language = $4,
			outlet = $5, author = $6, dateline = $7, url = $8, published = $9, published_source = $10, body = $11,
			content_hash = $12, stems = $13, ingested_at = $14 WHERE id = $15`, values...)
		if err == nil {
			_, err = tx.ExecContext(ctx, `WITH e AS (DELETE FROM entities WHERE article_id = $1),
				t AS (DELETE FROM timexes WHERE article_id = $1),
				q AS (DELETE FROM quotes WHERE article_id = $1),
				d AS (DELETE FROM cluster_docs WHERE article_id = $1)
				DELETE FROM claims WHERE article_id = $1`, a.ID)
		}
		if err == nil {
			err = forgetComparisons(ctx, tx, a.ID)
		}
	} else {
		_, err = tx.ExecContext(ctx, `INSERT INTO articles (origin, format, title, language, outlet, author,
			dateline, url, published, published_source, body, content_hash, stems, ingested_at, id)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`, values...)
	}
	if err != nil {
		return 0, fmt.Errorf("put article %q: %w", a.ID, err)
	}
	if err := insertAnnotations(ctx, tx, a); err != nil {
		return 0, fmt.Errorf("put article %q: %w", a.ID, err)
	}
	return result, nil
}

// insertAnnotations inserts a's entities, timexes, quotes and claims.
func insertAnnotations(ctx context.Context, tx *sql.Tx, a *warta.Article) error {
	var rows [][]any
	for i, e := range a.Entities {
		rows = append(rows, []any{a.ID, i, e.Text, e.Type, e.Canonical, e.Start, e.End})
	}
	if err := insertRows(ctx, tx, "entities", []string{"article_id", "ordinal", "text", "type", "canonical", "start", `"end"`}, rows); err != nil {
		return err
	}
	if err := insertTimexes(ctx, tx, a.ID, a.Timexes); err != nil {
		return err
	}
	rows = rows[:0]
	for i, q := range a.Quotes {
		rows = append(rows, []any{a.ID, i, q.Text, q.Speaker, q.Cue, q.Kind, q.Start, q.End})
	}
	if err := insertRows(ctx, tx, "quotes", []string{"article_id", "ordinal", "text", "speaker", "cue", "kind", "start", `"end"`}, rows); err != nil {
		return err
	}
	rows = rows[:0]
	for i, c := range a.Claims {
		rows = append(rows, []any{a.ID, i, c.Holder, c.Stance, c.Text, c.About, c.Start, c.End})
	}
	return insertRows(ctx, tx, "claims", []string{"article_id", "ordinal", "holder", "stance", "text", "about", "start", `"end"`}, rows)
}

// insertTimexes inserts the timexes of the article with id.
func insertTimexes(ctx context.Context, tx *sql.Tx, id string, timexes []warta.Timex) error {
	rows := make([][]any, 0, len(timexes))
	for i, x := range timexes {
		rows = append(rows, []any{id, i, x.Text, x.Value, x.Type, x.Start, x.End, x.Flag})
	}
	return insertRows(ctx, tx, "timexes", []string{"article_id", "ordinal", "text", "value", "type", "start", `"end"`, "flag"}, rows)
}

// SetDate replaces the publication date, its source and the timexes of the
// article with id, in one transaction.
func (s *Store) SetDate(ctx context.Context, id, published, source string, timexes []warta.Timex) error {
	probe := &warta.Article{ID: id, Published: published, PublishedSource: source, Timexes: timexes}
	if err := probe.Validate(); err != nil {
		return fmt.Errorf("set date: %w", err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("set date of %q: begin: %w", id, err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE articles SET published = $1, published_source = $2 WHERE id = $3`, published, source, id)
	if err != nil {
		return fmt.Errorf("set date of %q: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("set date of %q: %w", id, err)
	} else if n == 0 {
		return warta.Errorf(warta.ErrNotFound, "article %q not found", id)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM timexes WHERE article_id = $1`, id); err != nil {
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
	as, err := s.load(ctx, " WHERE id = $1", " WHERE article_id = $1", id)
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
	page := fmt.Sprintf(` WHERE id IN (SELECT id FROM articles WHERE id > %[1]s ORDER BY id LIMIT %[2]d)`, "$1", pageSize)
	annPage := fmt.Sprintf(` WHERE article_id IN (SELECT id FROM articles WHERE id > %[1]s ORDER BY id LIMIT %[2]d)`, "$1", pageSize)
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
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true})
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
		if err := rows.Scan(&a.ID, &a.Origin, &a.Format, &a.Title, &a.Language, &a.Outlet, &a.Author,
			&a.Dateline, &a.URL, &a.Published, &a.PublishedSource, &a.Body, &a.ContentHash, &a.Stems, &a.IngestedAt); err != nil {
			return err
		}
		a.IngestedAt = a.IngestedAt.UTC()
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
