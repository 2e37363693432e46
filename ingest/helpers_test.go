package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/warta-news/warta"
)

// result is what one Read produced.
type result struct {
	Docs     []warta.Document
	Failures []string // failure messages, in order
	Err      string   // Read's own error, "" when nil
	err      error
}

// readFile reads path with r and collects everything.
func readFile(t testing.TB, r *Reader, path string) result {
	t.Helper()
	var res result
	fi, err := os.Stat(path)
	f := File{Path: path}
	if err == nil {
		f.Size = fi.Size()
	}
	res.err = r.Read(context.Background(), f, func(d warta.Document) error {
		res.Docs = append(res.Docs, d)
		return nil
	}, func(err error) {
		var ie *InputError
		if !errors.As(err, &ie) {
			t.Errorf("failure %v is %T, want *InputError", err, err)
		}
		res.Failures = append(res.Failures, err.Error())
	})
	if res.err != nil {
		res.Err = res.err.Error()
	}
	return res
}

// writeTemp writes data to a file called name in a new temporary directory
// and returns its path.
func writeTemp(t testing.TB, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
