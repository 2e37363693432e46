package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/storetest"
)

func open(t testing.TB, path string) *Store {
	t.Helper()
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open(%q): %v", path, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) warta.Store {
		return open(t, filepath.Join(t.TempDir(), "warta.db"))
	})
}

func TestStoreInMemory(t *testing.T) {
	storetest.Run(t, func(t *testing.T) warta.Store {
		return open(t, ":memory:")
	})
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	// A '?' and a '#' in the path are part of the file name, not parameters.
	path := filepath.Join(t.TempDir(), "odd?name#1%.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	a := storetest.Article(7)
	if _, err := s.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = open(t, path) // the migrations run again, as a no-op
	got, err := s.Article(ctx, a.ID)
	if err != nil {
		t.Fatalf("Article(%q) after reopen: %v", a.ID, err)
	}
	if got.Body != a.Body || len(got.Entities) != len(a.Entities) {
		t.Errorf("Article(%q) after reopen = body %d bytes, %d entities, want %d, %d", a.ID, len(got.Body), len(got.Entities), len(a.Body), len(a.Entities))
	}
	var versions, last int
	if err := s.read.QueryRowContext(ctx, `SELECT COUNT(*), MAX(version) FROM schema_migrations`).Scan(&versions, &last); err != nil {
		t.Fatal(err)
	}
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if versions != len(ms) || last != len(ms) {
		t.Errorf("schema_migrations after reopen holds %d rows up to version %d, want %d up to %d", versions, last, len(ms), len(ms))
	}
	if res, err := s.PutArticle(ctx, a); err != nil || res != warta.Unchanged {
		t.Errorf("PutArticle(%q) after reopen = %v, %v, want unchanged", a.ID, res, err)
	}
}

func TestNewerSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "warta.db")
	s := open(t, path)
	if _, err := s.write.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, '0999_future.sql', '')`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err := Open(ctx, path)
	if err == nil || !strings.Contains(err.Error(), "newer") {
		t.Fatalf("Open(database of schema 999) error = %v, want one saying the schema is newer", err)
	}
	if got := warta.ErrorKind(err); got != warta.ErrConflict {
		t.Errorf("Open(database of schema 999) error kind = %q, want %q", got, warta.ErrConflict)
	}
}

func TestOpenBadPath(t *testing.T) {
	ctx := context.Background()
	for _, path := range []string{"", filepath.Join(t.TempDir(), "no", "such", "dir", "warta.db")} {
		s, err := Open(ctx, path)
		if err == nil {
			s.Close()
			t.Errorf("Open(%q) error = nil, want one", path)
		}
	}
	// A file that is not a database.
	path := filepath.Join(t.TempDir(), "text.db")
	if err := os.WriteFile(path, []byte(strings.Repeat("bukan basis data\n", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	if s, err := Open(ctx, path); err == nil {
		s.Close()
		t.Errorf("Open(%q, a text file) error = nil, want one", path)
	}
}

// TestTwoStores opens the same file twice, as two processes would, and
// writes through both at once: busy_timeout must absorb the contention.
func TestTwoStores(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "warta.db")
	stores := []*Store{open(t, path), open(t, path)}
	errs := make(chan error, 2)
	for i, s := range stores {
		go func() {
			for n := range 50 {
				if _, err := s.PutArticle(ctx, storetest.Article(i*1000+n)); err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range stores {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	st, err := stores[0].Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 100 {
		t.Errorf("Stats().Articles = %d, want 100", st.Articles)
	}
}

func TestMatchExpr(t *testing.T) {
	tests := []struct {
		q    warta.SearchQuery
		want string
	}{
		{warta.SearchQuery{}, ""},
		{warta.SearchQuery{Text: `" * NEAR( -`}, `title : ("near"*) OR stems : ("near")`},
		{warta.SearchQuery{Text: "Mengirimkan pesan", Stems: []string{"kirim", "pesan"}},
			`title : ("kirim"* OR "pesan"* OR "mengirimkan"*) OR stems : ("kirim" OR "pesan")`},
	}
	for _, tt := range tests {
		if got, _ := matchExpr(tt.q); got != tt.want {
			t.Errorf("matchExpr(%+v) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// FuzzSearch checks that no query text, however hostile, makes a search
// fail: user input must never reach FTS5 as query syntax.
func FuzzSearch(f *testing.F) {
	for _, seed := range []string{`"`, `*`, `NEAR(a b)`, `AND OR NOT`, `-x`, `title:x`, `{title stems}: x`, `^x`, "🙂", "\xff", `a"b*c`} {
		f.Add(seed, seed)
	}
	s := open(f, filepath.Join(f.TempDir(), "warta.db"))
	ctx := context.Background()
	for n := range 5 {
		if _, err := s.PutArticle(ctx, storetest.Article(n)); err != nil {
			f.Fatal(err)
		}
	}
	f.Fuzz(func(t *testing.T, text, stem string) {
		q := warta.SearchQuery{Text: text, Stems: []string{stem, text}, Limit: 3}
		res, err := s.Search(ctx, q)
		if err != nil {
			t.Fatalf("Search(%q, %q) error: %v", text, stem, err)
		}
		if res == nil || len(res) > 3 {
			t.Fatalf("Search(%q, %q) = %d results (nil %t), want at most 3, not nil", text, stem, len(res), res == nil)
		}
	})
}
