package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"time"

	"github.com/warta-news/warta"
	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// busyTimeout is how long a connection waits for another process's write
// lock before it gives up with SQLITE_BUSY.
const busyTimeout = 10 * time.Second

// Store is a warta.Store kept in one SQLite database file. It is safe for
// concurrent use.
type Store struct {
	write *sql.DB // exactly one connection; transactions begin IMMEDIATE
	read  *sql.DB // query-only connections; the same pool as write for ":memory:"
	now   func() time.Time
	put   putStatements
}

var _ warta.Store = (*Store)(nil)

// Open opens the SQLite database at path, creating the file when it is
// missing, and brings its schema up to date. The path ":memory:" opens a
// private in-memory database, served by a single connection.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, warta.Errorf(warta.ErrInvalid, "open sqlite: empty database path")
	}
	s := &Store{now: time.Now}
	pragmas := fmt.Sprintf("_pragma=busy_timeout(%d)&_pragma=foreign_keys(1)", busyTimeout.Milliseconds())
	if path == ":memory:" {
		db, err := sql.Open("sqlite", ":memory:?"+pragmas)
		if err != nil {
			return nil, fmt.Errorf("open sqlite %s: %w", path, err)
		}
		db.SetMaxOpenConns(1)
		db.SetConnMaxLifetime(0)
		db.SetConnMaxIdleTime(0)
		s.write, s.read = db, db
	} else {
		name := uriPath(path)
		// The writer checkpoints the write-ahead log every 10,000 pages
		// (40 MB) rather than every 1,000: a page that many small
		// transactions rewrite is copied into the database file once
		// per checkpoint.
		w, err := sql.Open("sqlite", name+"?"+pragmas+"&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=temp_store(memory)&_pragma=cache_size(-32000)&_pragma=mmap_size(536870912)&_pragma=wal_autocheckpoint(10000)&_txlock=immediate")
		if err != nil {
			return nil, fmt.Errorf("open sqlite %s: %w", path, err)
		}
		w.SetMaxOpenConns(1)
		w.SetConnMaxIdleTime(0)
		s.write = w
		r, err := sql.Open("sqlite", name+"?"+pragmas+"&_pragma=query_only(1)&_pragma=mmap_size(536870912)")
		if err != nil {
			w.Close()
			return nil, fmt.Errorf("open sqlite %s: %w", path, err)
		}
		// More readers than CPUs only compete with the writer for them.
		r.SetMaxOpenConns(max(2, runtime.NumCPU()))
		s.read = r
	}
	if err := migrate(ctx, s.write, s.now); err != nil {
		s.Close()
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	return s, nil
}

// uriPath returns path as a SQLite "file:" URI, so that characters the
// driver would read as the start of its parameters ('?') or SQLite as URI
// syntax ('#', '%') stay part of the file name.
func uriPath(path string) string {
	r := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")
	return "file:" + r.Replace(path)
}

// Close closes the database.
func (s *Store) Close() error {
	err := errors.Join(s.put.close(), s.write.Close())
	if s.read != s.write {
		err = errors.Join(err, s.read.Close())
	}
	if err != nil {
		return fmt.Errorf("close sqlite: %w", err)
	}
	return nil
}

// Stats counts what the store holds.
func (s *Store) Stats(ctx context.Context) (warta.Stats, error) {
	var st warta.Stats
	err := s.read.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM articles),
		(SELECT COUNT(*) FROM report_groups),
		(SELECT COUNT(*) FROM events),
		(SELECT COUNT(*) FROM storylines)`).Scan(&st.Articles, &st.ReportGroups, &st.Events, &st.Storylines)
	if err != nil {
		return warta.Stats{}, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}

// timeLayout is how times are stored: UTC, microseconds, sortable as text.
const timeLayout = "2006-01-02T15:04:05.000000Z"

func formatTime(t time.Time) string { return t.UTC().Format(timeLayout) }

func parseTime(s string) (time.Time, error) {
	t, err := time.Parse(timeLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("stored time %q: %w", s, err)
	}
	return t, nil
}
