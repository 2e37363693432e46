package postgres

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/storetest"
)

// testURL returns the server named by WARTA_TEST_POSTGRES, or skips t.
func testURL(t testing.TB) string {
	t.Helper()
	u := os.Getenv("WARTA_TEST_POSTGRES")
	if u == "" {
		t.Skip("WARTA_TEST_POSTGRES is not set: set it to a postgres:// URL (see .ci/postgres.sh) to test the PostgreSQL store")
	}
	return u
}

// freshSchema creates a uniquely named schema, dropped when t ends, and
// returns a URL whose connections use it.
func freshSchema(t testing.TB) string {
	t.Helper()
	base := testURL(t)
	b := make([]byte, 6)
	rand.Read(b)
	schema := "warta_test_" + hex.EncodeToString(b)
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	if _, err := admin.Exec(`CREATE SCHEMA ` + schema); err != nil {
		t.Fatalf("create schema %s: %v", schema, err)
	}
	t.Cleanup(func() {
		if _, err := admin.Exec(`DROP SCHEMA ` + schema + ` CASCADE`); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("WARTA_TEST_POSTGRES: want a postgres:// URL: %v", err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func open(t testing.TB, u string) *Store {
	t.Helper()
	s, err := Open(context.Background(), u)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestStore(t *testing.T) {
	testURL(t)
	storetest.Run(t, func(t *testing.T) warta.Store {
		return open(t, freshSchema(t))
	})
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	u := freshSchema(t)
	s, err := Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	a := storetest.Article(7)
	if _, err := s.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = open(t, u) // the migrations run again, as a no-op
	got, err := s.Article(ctx, a.ID)
	if err != nil {
		t.Fatalf("Article(%q) after reopen: %v", a.ID, err)
	}
	if got.Body != a.Body || len(got.Entities) != len(a.Entities) {
		t.Errorf("Article(%q) after reopen = body %d bytes, %d entities, want %d, %d", a.ID, len(got.Body), len(got.Entities), len(a.Body), len(a.Entities))
	}
	var versions, last int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*), MAX(version) FROM schema_migrations`).Scan(&versions, &last); err != nil {
		t.Fatal(err)
	}
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if versions != len(ms) || last != len(ms) {
		t.Errorf("schema_migrations after reopen holds %d rows up to version %d, want %d up to %d", versions, last, len(ms), len(ms))
	}
}

func TestNewerSchema(t *testing.T) {
	ctx := context.Background()
	u := freshSchema(t)
	s := open(t, u)
	if _, err := s.db.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, '0999_future.sql', now())`); err != nil {
		t.Fatal(err)
	}
	_, err := Open(ctx, u)
	if err == nil || !strings.Contains(err.Error(), "newer") {
		t.Fatalf("Open(database of schema 999) error = %v, want one saying the schema is newer", err)
	}
	if got := warta.ErrorKind(err); got != warta.ErrConflict {
		t.Errorf("Open(database of schema 999) error kind = %q, want %q", got, warta.ErrConflict)
	}
}

// TestConcurrentOpen opens one fresh schema from several goroutines at
// once: the advisory lock must let exactly one of them migrate.
func TestConcurrentOpen(t *testing.T) {
	u := freshSchema(t)
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			s, err := Open(context.Background(), u)
			if err == nil {
				s.Close()
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

func TestOpenBadURL(t *testing.T) {
	for _, u := range []string{"postgres://127.0.0.1:1/none?connect_timeout=2", "postgres://%zz", "not a url = at all"} {
		s, err := Open(context.Background(), u)
		if err == nil {
			s.Close()
			t.Errorf("Open(%q) error = nil, want one", u)
		}
	}
}

func TestTSQuery(t *testing.T) {
	tests := []struct {
		q    warta.SearchQuery
		want string
	}{
		{warta.SearchQuery{}, ""},
		{warta.SearchQuery{Text: `' | ! & <-> :*`}, ""},
		{warta.SearchQuery{Text: `" * NEAR( -`}, `'near':*A | 'near':B`},
		{warta.SearchQuery{Text: "Mengirimkan pesan", Stems: []string{"kirim", "pesan"}},
			`'kirim':*A | 'pesan':*A | 'mengirimkan':*A | 'kirim':B | 'pesan':B`},
	}
	for _, tt := range tests {
		if got, _ := tsquery(tt.q); got != tt.want {
			t.Errorf("tsquery(%+v) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// FuzzSearch checks that no query text, however hostile, makes a search
// fail: user input must never reach to_tsquery as query syntax.
func FuzzSearch(f *testing.F) {
	for _, seed := range []string{`'`, `''`, `a:*`, `!x`, `a & b | c`, `<->`, `a <2> b`, `x:A`, `\`, "🙂", "\xff", "\x00"} {
		f.Add(seed, seed)
	}
	s := open(f, freshSchema(f))
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
