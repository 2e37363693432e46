package ingest

import (
	"context"
	"fmt"
	"io"
)

// ctxReader stops reading once its context is done, so that a cancelled run
// stops inside a large file too.
type ctxReader struct {
	ctx      context.Context
	r        io.Reader
	progress func(int64) // told the bytes read so far; may be nil
	n        int64
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	n, err := c.r.Read(p)
	if n > 0 && c.progress != nil {
		c.n += int64(n)
		c.progress(c.n)
	}
	return n, err
}

// capReader fails once more than max bytes have come through: the guard
// against a small compressed file that decompresses to an endless stream.
type capReader struct {
	r         io.Reader
	left, max int64
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.left <= 0 {
		return 0, fmt.Errorf("%w: decompresses to more than %s (MaxDecodedBytes)", ErrTooLarge, byteSize(c.max))
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	return n, err
}

// budgetReader fails when more than limit bytes are read between two calls
// of reset: it bounds the memory of a parser (encoding/csv) that would
// otherwise buffer an endless record.
type budgetReader struct {
	r     io.Reader
	used  int64
	limit int64
	err   error // returned once the budget is spent
}

func (b *budgetReader) reset() { b.used = 0 }

func (b *budgetReader) Read(p []byte) (int, error) {
	if b.used > b.limit {
		return 0, b.err
	}
	n, err := b.r.Read(p)
	b.used += int64(n)
	return n, err
}
