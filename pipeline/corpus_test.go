package pipeline

import (
	"context"
	"database/sql"
	"path/filepath"
	"reflect"
	"sort"
	"testing"
	"time"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/cluster"
	"github.com/warta-news/warta/dedup"
	"github.com/warta-news/warta/sqlite"
)

// TestCorpusIncremental ingests the examples in three batches, running the
// corpus stages after each, and checks that the report groups are those
// the batch dedup finds over the whole store, that each run compares only
// what is new, and that an edited article is compared again.
func TestCorpusIncremental(t *testing.T) {
	ctx := context.Background()
	files, err := filepath.Glob("../examples/articles/*")
	if err != nil || len(files) < 6 {
		t.Fatalf("examples: %v, %d files", err, len(files))
	}
	sort.Strings(files)
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	now := func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }
	ing := &Ingester{Store: store, Analyzer: NewAnalyzer(now)}

	check := func(when string) {
		t.Helper()
		if err := Corpus(ctx, store, ing.Analyzer); err != nil {
			t.Fatalf("%s: Corpus: %v", when, err)
		}
		if left, err := store.UncomparedArticles(ctx, "", 0); err != nil || len(left) != 0 {
			t.Errorf("%s: %d articles left uncompared (%v), want none", when, len(left), err)
		}
		articles, err := store.Articles(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := dedup.Groups(articles)
		got, err := store.ReportGroups(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(want) == 0 {
			want = []warta.ReportGroup{}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: report groups\n%+v\nwant, as dedup.Groups over the store,\n%+v", when, got, want)
		}
		// Incremental clustering keeps the contract: every article in
		// exactly one event, each report group in one event.
		stories, err := store.Storylines(ctx)
		if err != nil {
			t.Fatal(err)
		}
		eventOf := make(map[string]string)
		for _, st := range stories {
			for _, ev := range st.Events {
				for _, id := range ev.Articles {
					if eventOf[id] != "" {
						t.Errorf("%s: article %s in events %s and %s", when, id, eventOf[id], ev.ID)
					}
					eventOf[id] = ev.ID
				}
			}
		}
		for _, a := range articles {
			if eventOf[a.ID] == "" {
				t.Errorf("%s: article %s in no event", when, a.ID)
			}
		}
		for _, g := range got {
			for _, id := range g.Articles[1:] {
				if eventOf[id] != eventOf[g.Articles[0]] {
					t.Errorf("%s: report group %v split over events %s and %s", when, g.Articles, eventOf[g.Articles[0]], eventOf[id])
				}
			}
		}
	}
	// Three batches that interleave, so that later articles sort before
	// and after earlier ones.
	for k := range 3 {
		var batch []string
		for i := k; i < len(files); i += 3 {
			batch = append(batch, files[i])
		}
		if _, err := ing.Run(ctx, batch); err != nil {
			t.Fatal(err)
		}
		if k == 0 {
			fresh, err := store.UncomparedArticles(ctx, "", 0)
			if err != nil || len(fresh) == 0 {
				t.Fatalf("after the first batch: %d uncompared articles (%v), want the batch", len(fresh), err)
			}
		}
		check("batch " + string(rune('1'+k)))
	}

	// An edited copy is compared again, and so are the articles linked
	// to it: the group it was in loses it.
	groups, err := store.ReportGroups(ctx)
	if err != nil || len(groups) == 0 {
		t.Fatalf("no report groups in the examples (%v)", err)
	}
	a, err := store.Article(ctx, groups[0].Articles[0])
	if err != nil {
		t.Fatal(err)
	}
	a.Body, a.ContentHash = "Sebuah koperasi nelayan di Lembata membuka gudang es baru pada Senin. Ketua koperasi mengatakan gudang itu menampung hasil tangkapan dari tiga desa.", ""
	if res, err := store.PutArticle(ctx, a); err != nil || res != warta.Updated {
		t.Fatalf("PutArticle(edited %s) = %v, %v, want updated", a.ID, res, err)
	}
	fresh, err := store.UncomparedArticles(ctx, "", 0)
	if err != nil || len(fresh) < len(groups[0].Articles) {
		t.Errorf("after an edit: %d uncompared articles (%v), want at least the %d of its group", len(fresh), err, len(groups[0].Articles))
	}
	check("after an edit")
}

// TestReclusterEqualsBuild checks that clustering from the stored
// cluster documents gives what cluster.Build gives over the stored
// articles, and that a store whose documents were lost (one written
// before they were kept) has them made again.
func TestReclusterEqualsBuild(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "w.db")
	store, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	now := func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }
	ing := &Ingester{Store: store, Analyzer: NewAnalyzer(now)}
	if _, err := ing.Run(ctx, []string{"../examples/articles"}); err != nil {
		t.Fatal(err)
	}
	want := func() []warta.Storyline {
		articles, err := store.Articles(ctx)
		if err != nil {
			t.Fatal(err)
		}
		groups, err := store.ReportGroups(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return cluster.Build(articles, groups, cluster.Options{})
	}
	got := func() []warta.Storyline {
		stories, err := store.Storylines(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return stories
	}
	if err := Corpus(ctx, store, ing.Analyzer); err != nil {
		t.Fatal(err)
	}
	if g, w := got(), want(); !reflect.DeepEqual(g, w) {
		t.Errorf("first corpus run:\n%+v\nwant, as cluster.Build,\n%+v", g, w)
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, `DELETE FROM cluster_docs`); err != nil {
		t.Fatal(err)
	}
	if err := Recluster(ctx, store, ing.Analyzer); err != nil {
		t.Fatal(err)
	}
	if g, w := got(), want(); !reflect.DeepEqual(g, w) {
		t.Errorf("Recluster without stored documents:\n%+v\nwant, as cluster.Build,\n%+v", g, w)
	}
}
