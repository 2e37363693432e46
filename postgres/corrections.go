package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/warta-news/warta"
)

// AddCorrection stores c and returns it with its ID and CreatedAt set.
func (s *Store) AddCorrection(ctx context.Context, c warta.Correction) (warta.Correction, error) {
	if err := c.Validate(); err != nil {
		return warta.Correction{}, fmt.Errorf("add correction: %w", err)
	}
	c.CreatedAt = s.now().UTC().Truncate(time.Microsecond)
	err := s.db.QueryRowContext(ctx, `INSERT INTO corrections (op, level, subject, object, created_at)
		VALUES ($1, $2, $3, $4, $5) RETURNING id`, c.Op, c.Level, c.Subject, c.Object, c.CreatedAt).Scan(&c.ID)
	if err != nil {
		return warta.Correction{}, fmt.Errorf("add correction: %w", err)
	}
	return c, nil
}

// Corrections returns every correction, ordered by id.
func (s *Store) Corrections(ctx context.Context) ([]warta.Correction, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, op, level, subject, object, created_at FROM corrections ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("corrections: %w", err)
	}
	cs := []warta.Correction{}
	err = scanEach(rows, func(rows *sql.Rows) error {
		var c warta.Correction
		if err := rows.Scan(&c.ID, &c.Op, &c.Level, &c.Subject, &c.Object, &c.CreatedAt); err != nil {
			return err
		}
		c.CreatedAt = c.CreatedAt.UTC()
		cs = append(cs, c)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("corrections: %w", err)
	}
	return cs, nil
}

// DeleteCorrection removes the correction with id, or returns a NotFound
// error.
func (s *Store) DeleteCorrection(ctx context.Context, id int64) error {
	res, err := s.db.ExecContext(ctx, `DELETE FROM corrections WHERE id = $1`, id)
	if err != nil {
		return fmt.Errorf("delete correction %d: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("delete correction %d: %w", id, err)
	} else if n == 0 {
		return warta.Errorf(warta.ErrNotFound, "correction %d not found", id)
	}
	return nil
}
