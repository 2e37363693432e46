package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/storetest"
)

// putOld stores a as the schema of migration 0002 kept articles: a
// WITHOUT ROWID articles table, and, when indexed, a row in
// articles_fts_rowid whose rowid is the article's in the full-text index.
func putOld(t *testing.T, db *sql.DB, a *warta.Article, indexed bool) {
	t.Helper()
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := db.Exec(q, args...); err != nil {
			t.Fatalf("old store: %s: %v", strings.Fields(q)[:3], err)
		}
	}
	exec(`INSERT INTO articles (id, origin, format, title, language, outlet, author, dateline, url,
		published, published_source, body, content_hash, stems, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.ID, a.Origin, a.Format, a.Title, a.Language, a.Outlet, a.Author, a.Dateline, a.URL,
		a.Published, a.PublishedSource, a.Body, a.ContentHash, a.Stems, formatTime(a.IngestedAt))
	for i, e := range a.Entities {
		exec(`INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?)`, a.ID, i, e.Text, e.Type, e.Canonical, e.Start, e.End)
	}
	for i, x := range a.Timexes {
		exec(`INSERT INTO timexes VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, a.ID, i, x.Text, x.Value, x.Type, x.Start, x.End, x.Flag)
	}
	for i, q := range a.Quotes {
		exec(`INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, a.ID, i, q.Text, q.Speaker, q.Cue, q.Kind, q.Start, q.End)
	}
	for i, c := range a.Claims {
		exec(`INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, a.ID, i, c.Holder, c.Stance, c.Text, c.About, c.Start, c.End)
	}
	if indexed {
		exec(`INSERT INTO articles_fts_rowid (article_id) VALUES (?)`, a.ID)
		exec(`INSERT INTO articles_fts (rowid, title, stems) SELECT rowid, ?, ? FROM articles_fts_rowid WHERE article_id = ?`,
			a.Title, a.Stems, a.ID)
	}
}

// TestMigrateRowidArticles builds a store at schema 0002 by hand, with
// articles, annotations, search rows, dedup features and links, report
// groups, storylines and corrections, opens it (which upgrades it) and
// checks that everything is still there and still writable.
func TestMigrateRowidArticles(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", uriPath(path)+"?_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if err := migrateTo(ctx, db, ms[:2], time.Now); err != nil {
		t.Fatalf("migrate to 0002: %v", err)
	}
	var old []*warta.Article
	for n := 1; n <= 4; n++ {
		a := storetest.Article(n)
		// The third was never indexed for search, as no store wrote
		// it; the migration indexes it.
		putOld(t, db, a, n != 3)
		old = append(old, a)
	}
	for _, q := range []string{
		`INSERT INTO dedup_features VALUES ('artikel-000001', 'b1', 'kompas', x'0102', x'0100000000000000')`,
		`INSERT INTO dedup_features VALUES ('artikel-000002', 'b2', 'tempo', x'0304', x'')`,
		`INSERT INTO dedup_links VALUES ('artikel-000001', 'artikel-000002', 'rewrite', 0.5, '[]')`,
		`INSERT INTO report_groups VALUES ('g1', 0, 'rewrite', 0.5, '[]')`,
		`INSERT INTO report_group_articles VALUES ('g1', 0, 'artikel-000001'), ('g1', 1, 'artikel-000002')`,
		`INSERT INTO storylines VALUES ('s1', 0, 'Banjir', '2024-10-01', '2024-10-05')`,
		`INSERT INTO events VALUES ('e1', 's1', 0, 'Banjir merendam kota', '2024-10-02')`,
		`INSERT INTO event_articles VALUES ('e1', 0, 'artikel-000001'), ('e1', 1, 'artikel-000003'), ('e1', 2, 'artikel-000004')`,
		`INSERT INTO corrections (op, level, subject, object, created_at) VALUES ('merge', 'event', 'artikel-000001', 'artikel-000004', '2024-10-08T00:00:00.000000Z')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("old store: %s: %v", q, err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	s := open(t, path)
	for _, want := range old {
		got, err := s.Article(ctx, want.ID)
		if err != nil {
			t.Fatalf("Article(%q) after the migration: %v", want.ID, err)
		}
		want.IngestedAt = want.IngestedAt.Truncate(time.Microsecond)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Article(%q) after the migration = %+v, want %+v", want.ID, got, want)
		}
	}
	for n, want := range map[string]string{"artikel1": "artikel-000001", "artikel3": "artikel-000003", "artikel4": "artikel-000004"} {
		if got := searchIDs(t, s, n); len(got) != 1 || got[0] != want {
			t.Errorf("Search(%q) after the migration = %v, want [%s]", n, got, want)
		}
	}
	if got := searchIDs(t, s, "banjir"); len(got) != 4 {
		t.Errorf("Search(banjir) after the migration = %v, want the 4 articles", got)
	}
	links, err := s.ReportLinks(ctx)
	if err != nil || len(links) != 1 || links[0].A != "artikel-000001" || links[0].B != "artikel-000002" {
		t.Errorf("ReportLinks() after the migration = %+v, %v, want the one link", links, err)
	}
	if n := countFeatures(t, s); n != 2 {
		t.Errorf("dedup features after the migration: %d, want 2", n)
	}
	var feats []warta.DedupFeatures
	if err := s.EachDedupFeatures(ctx, func(f warta.DedupFeatures) error {
		feats = append(feats, f)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	wantFeats := []warta.DedupFeatures{
		{Article: "artikel-000001", BodyHash: "b1", OutletKey: "kompas", Signature: []byte{1, 2}, Anchors: []uint64{1}},
		{Article: "artikel-000002", BodyHash: "b2", OutletKey: "tempo", Signature: []byte{3, 4}},
	}
	if !reflect.DeepEqual(feats, wantFeats) {
		t.Errorf("EachDedupFeatures() after the migration = %+v, want %+v", feats, wantFeats)
	}
	groups, err := s.ReportGroups(ctx)
	if err != nil || len(groups) != 1 || len(groups[0].Articles) != 2 {
		t.Errorf("ReportGroups() after the migration = %+v, %v, want one group of 2", groups, err)
	}
	stories, err := s.Storylines(ctx)
	if err != nil || len(stories) != 1 || len(stories[0].Events) != 1 || len(stories[0].Events[0].Articles) != 3 {
		t.Errorf("Storylines() after the migration = %+v, %v, want one storyline, one event of 3", stories, err)
	}
	if cs, err := s.Corrections(ctx); err != nil || len(cs) != 1 {
		t.Errorf("Corrections() after the migration = %+v, %v, want 1", cs, err)
	}
	for _, check := range []string{`PRAGMA integrity_check`, `PRAGMA foreign_key_check`} {
		var got sql.NullString
		err := s.read.QueryRowContext(ctx, check).Scan(&got)
		if check == `PRAGMA foreign_key_check` && err == sql.ErrNoRows {
			continue
		}
		if err != nil || got.String != "ok" {
			t.Errorf("%s after the migration = %q, %v", check, got.String, err)
		}
	}
	var leftover int
	if err := s.read.QueryRowContext(ctx, `SELECT COUNT(*) FROM sqlite_schema
		WHERE name IN ('articles_fts_rowid', 'articles_new', 'entities_canonical')`).Scan(&leftover); err != nil || leftover != 0 {
		t.Errorf("tables and indexes the migration drops: %d left, %v", leftover, err)
	}

	// The upgraded store takes new articles and updates old ones, whose
	// search rows are replaced under their old rowids.
	if res, err := s.PutArticle(ctx, storetest.Article(5)); err != nil || res != warta.Added {
		t.Fatalf("PutArticle(new) after the migration = %v, %v, want added", res, err)
	}
	changed := storetest.Article(1)
	changed.Body = strings.Replace(changed.Body, "artikel1", "artikelbaru", 1)
	changed.Stems = strings.Replace(changed.Stems, "artikel1", "artikelbaru", 1)
	changed.ContentHash = "hash-1-v2"
	if res, err := s.PutArticle(ctx, changed); err != nil || res != warta.Updated {
		t.Fatalf("PutArticle(changed) after the migration = %v, %v, want updated", res, err)
	}
	for n, want := range map[string][]string{"artikel1": nil, "artikelbaru": {"artikel-000001"}, "artikel5": {"artikel-000005"}} {
		if got := searchIDs(t, s, n); !reflect.DeepEqual(got, want) {
			t.Errorf("Search(%q) after writes to the migrated store = %v, want %v", n, got, want)
		}
	}
	if n := countFeatures(t, s); n != 0 {
		t.Errorf("dedup features after updating a linked article: %d, want 0", n)
	}
}

func searchIDs(t *testing.T, s *Store, word string) []string {
	t.Helper()
	res, err := s.Search(context.Background(), warta.SearchQuery{Text: word, Stems: []string{word}, Limit: 10})
	if err != nil {
		t.Fatalf("Search(%q): %v", word, err)
	}
	var ids []string
	for _, r := range res {
		ids = append(ids, r.ID)
	}
	return ids
}

func countFeatures(t *testing.T, s *Store) int {
	t.Helper()
	n := 0
	if err := s.EachDedupFeatures(context.Background(), func(warta.DedupFeatures) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestSearchAutomerge checks the full-text index's merge setting of
// migration 0005 and that the writer's connection checkpoints as Open
// says.
func TestSearchAutomerge(t *testing.T) {
	ctx := context.Background()
	s := open(t, filepath.Join(t.TempDir(), "warta.db"))
	var merge int
	if err := s.read.QueryRowContext(ctx, `SELECT v FROM articles_fts_config WHERE k = 'automerge'`).Scan(&merge); err != nil || merge != 16 {
		t.Errorf("articles_fts automerge = %d, %v, want 16", merge, err)
	}
	var pages int
	if err := s.write.QueryRowContext(ctx, `PRAGMA wal_autocheckpoint`).Scan(&pages); err != nil || pages != 10000 {
		t.Errorf("writer's wal_autocheckpoint = %d, %v, want 10000", pages, err)
	}
}
