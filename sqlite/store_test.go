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

// TestPutArticlesWriteFails makes one article's annotation insert fail
// (a trigger refuses an entity), which a batch finds only after its
// article row is written: that article alone must fail, leaving nothing
// of itself behind, and the rest of the batch must be stored.
func TestPutArticlesWriteFails(t *testing.T) {
	ctx := context.Background()
	s := open(t, filepath.Join(t.TempDir(), "warta.db"))
	if _, err := s.write.ExecContext(ctx, `CREATE TRIGGER refuse BEFORE INSERT ON entities
		WHEN NEW.text = 'ditolak' BEGIN SELECT RAISE(ABORT, 'entity refused'); END`); err != nil {
		t.Fatal(err)
	}
	bad := storetest.Article(2)
	bad.Entities[3].Text = "ditolak"
	batch := []*warta.Article{storetest.Article(1), bad, storetest.Article(3)}
	results, errs := s.PutArticles(ctx, batch)
	for i := range batch {
		if fails := i == 1; (errs[i] != nil) != fails || !fails && results[i] != warta.Added {
			t.Errorf("PutArticles: article %d = %v, %v, want it to fail: %t", i, results[i], errs[i], fails)
		}
	}
	if errs[1] == nil || !strings.Contains(errs[1].Error(), "entity refused") {
		t.Errorf("PutArticles: error of the refused article = %v, want the trigger's", errs[1])
	}
	if _, err := s.Article(ctx, bad.ID); warta.ErrorKind(err) != warta.ErrNotFound {
		t.Errorf("Article(%q) after its write failed: %v, want not found", bad.ID, err)
	}
	for _, a := range []*warta.Article{batch[0], batch[2]} {
		got, err := s.Article(ctx, a.ID)
		if err != nil || len(got.Entities) != len(a.Entities) {
			t.Errorf("Article(%q) = %v, want it with %d entities", a.ID, err, len(a.Entities))
		}
	}
	if got := searchIDs(t, s, "artikel2"); len(got) != 0 {
		t.Errorf("Search(artikel2) = %v, want nothing of the refused article", got)
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Articles != 2 {
		t.Errorf("Stats() = %+v, %v, want 2 articles", st, err)
	}
}
