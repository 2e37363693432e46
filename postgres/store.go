package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver
	"github.com/warta-news/warta"
)

// Store is a warta.Store kept in a PostgreSQL database. It is safe for
// concurrent use, also by several processes.
type Store struct {
	db  *sql.DB
	now func() time.Time
}

var _ warta.Store = (*Store)(nil)

// Open connects to the PostgreSQL database at url (a postgres:// URL or a
// key=value connection string) and brings its schema up to date.
func Open(ctx context.Context, url string) (*Store, error) {
	db, err := sql.Open("pgx", url)
	if err != nil {
		return nil, warta.Errorf(warta.ErrInvalid, "open postgres: %v", err)
	}
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(16)
	db.SetConnMaxIdleTime(5 * time.Minute)
	s := &Store{db: db, now: time.Now}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open postgres: connect: %w", err)
	}
	if err := migrate(ctx, db, s.now); err != nil {
		db.Close()
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	return s, nil
}

// Close closes the connections to the database.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close postgres: %w", err)
	}
	return nil
}

// Stats counts what the store holds.
func (s *Store) Stats(ctx context.Context) (warta.Stats, error) {
	var st warta.Stats
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM articles),
		(SELECT COUNT(*) FROM report_groups),
		(SELECT COUNT(*) FROM events),
		(SELECT COUNT(*) FROM storylines)`).Scan(&st.Articles, &st.ReportGroups, &st.Events, &st.Storylines)
	if err != nil {
		return warta.Stats{}, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}

// isUniqueViolation reports whether err is PostgreSQL's unique_violation,
// which a concurrent put of the same article causes.
func isUniqueViolation(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && pgErr.Code == "23505"
}
