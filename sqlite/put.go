package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/warta-news/warta"
)

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
	if err := s.put.prepare(ctx, s.write); err != nil {
		return 0, fmt.Errorf("put article %q: %w", a.ID, err)
	}
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("put article %q: begin: %w", a.ID, err)
	}
	defer tx.Rollback()
	w := s.newWriter(ctx, tx)
	res, err := w.put(a)
	if err == nil {
		err = w.flush()
	}
	if err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("put article %q: commit: %w", a.ID, err)
	}
	return res, nil
}

// PutArticles stores many articles in one transaction, each as PutArticle
// would, which is many times faster than one transaction per article.
// It returns one result and one error per article; an article that fails
// (a conflict, invalid text) is left out and the others are still stored.
// When the transaction itself fails, every article gets that error.
//
// The articles are first stored without a savepoint each, their
// annotation rows gathered into multi-row inserts: the checks that can
// refuse an article (validation, content hash, id) come before any of its
// writes, so an article refused leaves nothing behind. Should a write fail
// all the same, the transaction is rolled back and the batch stored again
// one savepoint per article, so that the failure is charged to its
// article alone.
func (s *Store) PutArticles(ctx context.Context, articles []*warta.Article) ([]warta.PutResult, []error) {
	results, errs, err := s.putArticles(ctx, articles, false)
	if errors.Is(err, errRetryCarefully) {
		results, errs, err = s.putArticles(ctx, articles, true)
	}
	if err != nil {
		for i := range errs {
			errs[i] = err
		}
	}
	return results, errs
}

// errRetryCarefully says that a batch stored without savepoints hit an
// unexpected write error and must be stored again with them.
var errRetryCarefully = errors.New("a write failed: store the batch again, one savepoint per article")

// putArticles stores articles in one transaction, with one savepoint per
// article when careful is set. Without it, a failed write aborts the batch
// with errRetryCarefully. err is the error of the transaction as a whole.
func (s *Store) putArticles(ctx context.Context, articles []*warta.Article, careful bool) (results []warta.PutResult, errs []error, err error) {
	results = make([]warta.PutResult, len(articles))
	errs = make([]error, len(articles))
	if err := s.put.prepare(ctx, s.write); err != nil {
		return results, errs, fmt.Errorf("put articles: %w", err)
	}
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return results, errs, fmt.Errorf("put articles: begin: %w", err)
	}
	defer tx.Rollback()
	w := s.newWriter(ctx, tx)
	for i, a := range articles {
		if errs[i] = a.Validate(); errs[i] != nil {
			continue
		}
		if !careful {
			results[i], errs[i] = w.put(a)
			if errs[i] != nil && w.wrote {
				return results, errs, errRetryCarefully
			}
			continue
		}
		if _, err := tx.ExecContext(ctx, "SAVEPOINT put_article"); err != nil {
			return results, errs, fmt.Errorf("put articles: savepoint: %w", err)
		}
		results[i], errs[i] = w.put(a)
		if errs[i] == nil {
			errs[i] = w.flush()
		}
		undo := "RELEASE put_article"
		if errs[i] != nil {
			w.discard()
			undo = "ROLLBACK TO put_article; RELEASE put_article"
		}
		if _, err := tx.ExecContext(ctx, undo); err != nil {
			return results, errs, fmt.Errorf("put articles: release savepoint: %w", err)
		}
	}
	if err := w.flush(); err != nil {
		if !careful {
			return results, errs, errRetryCarefully
		}
		return results, errs, fmt.Errorf("put articles: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return results, errs, fmt.Errorf("put articles: commit: %w", err)
	}
	return results, errs, nil
}

// The statements of the write path, prepared once for the store (see
// putStatements).
const (
	sqlLookupHash    = `SELECT 1 FROM articles WHERE content_hash = ?`
	sqlLookupID      = `SELECT seq, origin FROM articles WHERE id = ?`
	sqlInsertArticle = `INSERT INTO articles (origin, format, title, language, outlet, author,
		dateline, url, published, published_source, body, content_hash, stems, ingested_at, id)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	sqlUpdateArticle = `UPDATE articles SET origin = ?, format = ?, title = ?, language = ?,
		outlet = ?, author = ?, dateline = ?, url = ?, published = ?, published_source = ?, body = ?,
		content_hash = ?, stems = ?, ingested_at = ? WHERE id = ?`
	sqlInsertSearch = `INSERT INTO articles_fts (rowid, title, stems) VALUES (?, ?, ?)`
	sqlDeleteSearch = `DELETE FROM articles_fts WHERE rowid = ?`
	// sqlDeleteClusterDoc drops the cluster document made from an
	// article's old text.
	sqlDeleteClusterDoc = `DELETE FROM cluster_docs WHERE article_id = ?`
)

// An annotationTable is a table of one kind of annotation, filled by
// multi-row inserts.
type annotationTable struct {
	name string
	cols []string
}

var (
	entityTable      = annotationTable{"entities", []string{"article_id", "ordinal", "text", "type", "canonical", "start", `"end"`}}
	timexTable       = annotationTable{"timexes", []string{"article_id", "ordinal", "text", "value", "type", "start", `"end"`, "flag"}}
	quoteTable       = annotationTable{"quotes", []string{"article_id", "ordinal", "text", "speaker", "cue", "kind", "start", `"end"`}}
	claimTable       = annotationTable{"claims", []string{"article_id", "ordinal", "holder", "stance", "text", "about", "start", `"end"`}}
	annotationTables = []annotationTable{entityTable, timexTable, quoteTable, claimTable}
)

// rowsPerInsert is how many annotation rows one INSERT statement carries
// at most. Fewer rows go in statements of a power of two rows each, so
// that seven statements per table serve every count.
const rowsPerInsert = 64

// insertSizes returns the row counts of the statements that insert n
// rows: as many of rowsPerInsert as fit, then the powers of two of the
// rest, largest first.
func insertSizes(n int) []int {
	var sizes []int
	for ; n >= rowsPerInsert; n -= rowsPerInsert {
		sizes = append(sizes, rowsPerInsert)
	}
	for size := rowsPerInsert / 2; size > 0; size /= 2 {
		if n >= size {
			sizes = append(sizes, size)
			n -= size
		}
	}
	return sizes
}

// deleteSQL returns the statement that deletes an article's rows from t.
func (t annotationTable) deleteSQL() string {
	return `DELETE FROM ` + t.name + ` WHERE article_id = ?`
}

// insertSQL returns the statement that inserts n rows into t.
func (t annotationTable) insertSQL(n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "INSERT INTO %s (%s) VALUES ", t.name, strings.Join(t.cols, ", "))
	tuple := "(" + placeholders(len(t.cols)) + ")"
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(tuple)
	}
	return b.String()
}

// putStatements are the write path's statements, prepared on the write
// pool's one connection, so that a transaction uses them without
// preparing them again (sql.Tx.StmtContext finds them prepared on its
// connection). They are prepared before the first write transaction
// begins: while one is open, the connection is its own.
type putStatements struct {
	mu sync.Mutex
	m  map[string]*sql.Stmt // by text; nil until prepared
}

// putQueries returns the text of every statement of the write path.
func putQueries() []string {
	qs := []string{sqlLookupHash, sqlLookupID, sqlInsertArticle, sqlUpdateArticle, sqlInsertSearch, sqlDeleteSearch, sqlDeleteClusterDoc}
	for _, t := range annotationTables {
		qs = append(qs, t.deleteSQL())
		for size := rowsPerInsert; size > 0; size /= 2 {
			qs = append(qs, t.insertSQL(size))
		}
	}
	return qs
}

// prepare prepares the statements on db, unless that is done. It must not
// be called inside a transaction of db.
func (ps *putStatements) prepare(ctx context.Context, db *sql.DB) error {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if ps.m != nil {
		return nil
	}
	m := make(map[string]*sql.Stmt)
	for _, q := range putQueries() {
		stmt, err := db.PrepareContext(ctx, q)
		if err != nil {
			for _, stmt := range m {
				stmt.Close()
			}
			return fmt.Errorf("prepare: %w", err)
		}
		m[q] = stmt
	}
	ps.m = m
	return nil
}

// get returns the prepared statement of query, or nil.
func (ps *putStatements) get(query string) *sql.Stmt {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	return ps.m[query]
}

// close closes the statements.
func (ps *putStatements) close() error {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	var errs []error
	for _, stmt := range ps.m {
		errs = append(errs, stmt.Close())
	}
	ps.m = nil
	return errors.Join(errs...)
}

// A writer stores articles inside one transaction. It queues the
// annotation rows of the articles it stores and inserts them in
// multi-row statements when asked to flush, or when an update needs the
// rows written first.
type writer struct {
	ctx     context.Context
	s       *Store
	tx      *sql.Tx
	stmts   map[string]*sql.Stmt // statements for tx, by text
	inserts [][]string           // per annotation table and row count: the insert's text, once made
	pending [][]any              // per annotation table: its queued values, row after row
	wrote   bool                 // whether the last put wrote anything
}

func (s *Store) newWriter(ctx context.Context, tx *sql.Tx) *writer {
	return &writer{ctx: ctx, s: s, tx: tx, stmts: make(map[string]*sql.Stmt),
		inserts: make([][]string, len(annotationTables)), pending: make([][]any, len(annotationTables))}
}

// insertSQL returns the statement that inserts n rows into the i-th
// annotation table.
func (w *writer) insertSQL(i, n int) string {
	if w.inserts[i] == nil {
		w.inserts[i] = make([]string, rowsPerInsert+1)
	}
	if w.inserts[i][n] == "" {
		w.inserts[i][n] = annotationTables[i].insertSQL(n)
	}
	return w.inserts[i][n]
}

// stmt returns query prepared for the writer's transaction: the store's
// prepared statement when it has one.
func (w *writer) stmt(query string) (*sql.Stmt, error) {
	if stmt := w.stmts[query]; stmt != nil {
		return stmt, nil
	}
	var stmt *sql.Stmt
	if prepared := w.s.put.get(query); prepared != nil {
		stmt = w.tx.StmtContext(w.ctx, prepared)
	} else {
		var err error
		if stmt, err = w.tx.PrepareContext(w.ctx, query); err != nil {
			return nil, err
		}
	}
	w.stmts[query] = stmt
	return stmt, nil
}

// exec runs query with args in the writer's transaction.
func (w *writer) exec(query string, args ...any) (sql.Result, error) {
	stmt, err := w.stmt(query)
	if err != nil {
		return nil, err
	}
	return stmt.ExecContext(w.ctx, args...)
}

// queryRow runs query with args and scans its first row into dest.
func (w *writer) queryRow(query string, args []any, dest ...any) error {
	stmt, err := w.stmt(query)
	if err != nil {
		return err
	}
	return stmt.QueryRowContext(w.ctx, args...).Scan(dest...)
}

// put stores a, whose annotation rows stay queued until the next flush.
// w.wrote tells afterwards whether it wrote anything: a refused article
// (Unchanged, a conflict) writes nothing.
func (w *writer) put(a *warta.Article) (warta.PutResult, error) {
	w.wrote = false
	hash := a.StoreHash()
	var one int
	err := w.queryRow(sqlLookupHash, []any{hash}, &one)
	switch {
	case err == nil:
		return warta.Unchanged, nil
	case !errors.Is(err, sql.ErrNoRows):
		return 0, fmt.Errorf("put article %q: look up content hash: %w", a.ID, err)
	}
	var seq int64
	var origin string
	err = w.queryRow(sqlLookupID, []any{a.ID}, &seq, &origin)
	result := warta.Updated
	switch {
	case errors.Is(err, sql.ErrNoRows):
		result = warta.Added
	case err != nil:
		return 0, fmt.Errorf("put article %q: look up id: %w", a.ID, err)
	case origin != a.Origin:
		return 0, warta.Errorf(warta.ErrConflict, "put article %q from %q: the id is taken by an article from %q",
			a.ID, a.Origin, origin)
	}

	w.wrote = true
	ingested := a.IngestedAt
	if ingested.IsZero() {
		ingested = w.s.now()
	}
	values := []any{a.Origin, a.Format, a.Title, a.Language, a.Outlet, a.Author, a.Dateline, a.URL,
		a.Published, a.PublishedSource, a.Body, hash, a.Stems, formatTime(ingested), a.ID}
	if result == warta.Added {
		var res sql.Result
		if res, err = w.exec(sqlInsertArticle, values...); err == nil {
			seq, err = res.LastInsertId()
		}
	} else {
		err = w.replace(seq, values)
	}
	if err != nil {
		return 0, fmt.Errorf("put article %q: %w", a.ID, err)
	}
	w.queue(a)
	if _, err := w.exec(sqlInsertSearch, seq, a.Title, a.Stems); err != nil {
		return 0, fmt.Errorf("put article %q: index for search: %w", a.ID, err)
	}
	return result, nil
}

// replace overwrites the stored article seq with values (as for
// sqlInsertArticle, the id last) and forgets what was derived from its old
// text: annotations, search terms, cluster document, dedup comparisons.
func (w *writer) replace(seq int64, values []any) error {
	id := values[len(values)-1]
	// The article's rows may still be queued, from earlier in the batch.
	if err := w.flush(); err != nil {
		return err
	}
	if _, err := w.exec(sqlUpdateArticle, values...); err != nil {
		return err
	}
	for _, t := range annotationTables {
		if _, err := w.exec(t.deleteSQL(), id); err != nil {
			return err
		}
	}
	if _, err := w.exec(sqlDeleteSearch, seq); err != nil {
		return err
	}
	if _, err := w.exec(sqlDeleteClusterDoc, id); err != nil {
		return err
	}
	return forgetComparisons(w.ctx, w.tx, id.(string))
}

// queue adds a's annotation rows to those waiting for the next flush.
func (w *writer) queue(a *warta.Article) {
	p := w.pending
	for i, e := range a.Entities {
		p[0] = append(p[0], a.ID, i, e.Text, e.Type, e.Canonical, e.Start, e.End)
	}
	for i, x := range a.Timexes {
		p[1] = append(p[1], a.ID, i, x.Text, x.Value, x.Type, x.Start, x.End, x.Flag)
	}
	for i, q := range a.Quotes {
		p[2] = append(p[2], a.ID, i, q.Text, q.Speaker, q.Cue, q.Kind, q.Start, q.End)
	}
	for i, c := range a.Claims {
		p[3] = append(p[3], a.ID, i, c.Holder, c.Stance, c.Text, c.About, c.Start, c.End)
	}
}

// discard drops the queued annotation rows.
func (w *writer) discard() {
	for i := range w.pending {
		w.pending[i] = w.pending[i][:0]
	}
}

// flush inserts the queued annotation rows.
func (w *writer) flush() error {
	for i, t := range annotationTables {
		values := w.pending[i]
		cols := len(t.cols)
		for _, n := range insertSizes(len(values) / cols) {
			if _, err := w.exec(w.insertSQL(i, n), values[:n*cols]...); err != nil {
				return fmt.Errorf("insert into %s: %w", t.name, err)
			}
			values = values[n*cols:]
		}
		w.pending[i] = w.pending[i][:0]
	}
	return nil
}
