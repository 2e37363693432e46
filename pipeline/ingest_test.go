package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/cluster"
	"github.com/warta-news/warta/sqlite"
)

func TestIngesterIDsAndUpdates(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	write := func(rel, body string) {
		t.Helper()
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a/berita.txt", "Harga Cabai Naik\n\nHarga cabai rawit di Pasar Kramat Jati naik menjadi Rp 80.000 per kilogram pada Senin (3/3/2025), kata pedagang.\n")
	write("b/berita.txt", "Jalan Tol Baru Dibuka\n\nJalan tol ruas Cibitung–Cilincing dibuka untuk umum pada Selasa (4/3/2025) setelah uji laik fungsi.\n")

	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	now := func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }
	ing := &Ingester{Store: store, Analyzer: NewAnalyzer(now)}

	sum, err := ing.Run(ctx, []string{dir})
	if err != nil || sum.Added != 2 || len(sum.Failed) != 0 {
		t.Fatalf("Run = %+v, %v; want 2 added", sum, err)
	}
	// Both files are named berita.txt: one keeps the id, the other gets a
	// stable suffix derived from its path.
	arts, err := store.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, a := range arts {
		ids[a.ID] = true
	}
	suffixed := SuffixedID("berita", filepath.Join(dir, "b/berita.txt"))
	if !ids["berita"] || !ids[suffixed] {
		t.Errorf("ids = %v, want berita and %s", ids, suffixed)
	}
	// Each article's cluster document is stored with it, under its
	// final id, and is the one the corpus stages would make.
	checkDocs := func(when string) {
		t.Helper()
		if left, err := store.UndocumentedArticles(ctx, 0); err != nil || len(left) != 0 {
			t.Errorf("%s: UndocumentedArticles = %v, %v; want none", when, left, err)
		}
		arts, err := store.Articles(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want, err := cluster.StoredDocs(arts)
		if err != nil {
			t.Fatal(err)
		}
		var got []warta.ClusterDoc
		if err := store.EachClusterDoc(ctx, false, func(d warta.ClusterDoc) error {
			got = append(got, d)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: stored cluster documents differ from those made of the stored articles", when)
		}
	}
	checkDocs("after the first run")

	// Again: nothing changes.
	if sum, err = ing.Run(ctx, []string{dir}); err != nil || sum.Unchanged != 2 || sum.Added != 0 {
		t.Errorf("second Run = %+v, %v; want 2 unchanged", sum, err)
	}

	// An edited file replaces its article under the same id.
	write("a/berita.txt", "Harga Cabai Turun\n\nHarga cabai rawit di Pasar Kramat Jati turun menjadi Rp 60.000 per kilogram pada Rabu (5/3/2025).\n")
	if sum, err = ing.Run(ctx, []string{filepath.Join(dir, "a")}); err != nil || sum.Updated != 1 {
		t.Errorf("Run after an edit = %+v, %v; want 1 updated", sum, err)
	}
	a, err := store.Article(ctx, "berita")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Harga Cabai Turun" || a.Published != "2025-03-05" {
		t.Errorf("edited article = %q published %q, want the new title and 2025-03-05", a.Title, a.Published)
	}
	checkDocs("after an edit")
}

func TestIngesterCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	store, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	ing := &Ingester{Store: store, Analyzer: NewAnalyzer(nil)}
	if _, err := ing.Run(ctx, []string{"../examples/articles"}); err == nil {
		t.Error("Run with a cancelled context = nil error, want the context's error")
	}
}
