package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/warta-news/warta/ingest"
	"github.com/warta-news/warta/sqlite"
)

// TestIngestLineEvidence ingests a batch in which every article of one
// outlet ends with the same promo line: the first pass counts it, and the
// cleaner drops it from every article as the outlet's boilerplate.
func TestIngestLineEvidence(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	promo := "Warta Kota hadir di aplikasi, unduh sekarang dan dapatkan kabar terkini setiap hari tanpa iklan."
	var b strings.Builder
	b.WriteString("outlet,url,title,text\n")
	// A promo written as a sentence counts only once it is in twenty
	// articles or more (see extract.Repeats).
	var places []string
	for _, p := range []string{"Bandung", "Cirebon", "Bogor", "Depok", "Bekasi", "Garut"} {
		for _, q := range []string{"Utara", "Selatan", "Barat", "Timur"} {
			places = append(places, p+" "+q)
		}
	}
	for i, p := range places {
		fmt.Fprintf(&b, "Warta Kota,https://wartakota.example/%d,Banjir di %s,\"Banjir merendam %d rumah warga di %s sejak Senin pagi, kata petugas setempat.\n%s\"\n", i, p, 10+i, p, promo)
	}
	path := filepath.Join(dir, "batch.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	now := func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }

	for _, off := range []bool{true, false} {
		ing := &Ingester{Store: store, Analyzer: NewAnalyzer(now), NoLineEvidence: off}
		if _, err := ing.Run(ctx, []string{path}); err != nil {
			t.Fatal(err)
		}
		arts, err := store.Articles(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(arts) != len(places) {
			t.Fatalf("stored %d articles, want %d", len(arts), len(places))
		}
		for _, a := range arts {
			if has := strings.Contains(a.Body, promo); has != off {
				t.Errorf("NoLineEvidence %v: body of %s has the promo %v, want %v", off, a.ID, has, off)
			}
		}
	}
}

func TestCountLinesEmpty(t *testing.T) {
	rep, err := CountLines(context.Background(), nil, nil)
	if err != nil || rep == nil {
		t.Fatalf("CountLines(no files) = %v, %v", rep, err)
	}
	if n, _ := rep.Count("", "anything"); n != 0 {
		t.Errorf("Count on empty evidence = %d", n)
	}
}

// BenchmarkCountLines times the first pass of an ingest over the RSS dump
// and IndoSum (9,509 records): reading them and counting their lines.
func BenchmarkCountLines(b *testing.B) {
	var files []ingest.File
	for _, pattern := range []string{"../../shared/data/id-news-rss-2025/*.csv", "../../shared/data/indosum-dev/indosum/*.jsonl"} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			st, err := os.Stat(p)
			if err != nil {
				b.Fatal(err)
			}
			files = append(files, ingest.File{Path: p, Size: st.Size()})
		}
	}
	if len(files) == 0 {
		b.Skip("no shared data next to this checkout")
	}
	for b.Loop() {
		if _, err := CountLines(context.Background(), nil, files); err != nil {
			b.Fatal(err)
		}
	}
}
