package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/warta-news/warta"
)

// rssDump is the real Indonesian news dump described in its README.txt:
// 5,774 rows in three CSV files, with a byte order mark and multi-line
// quoted fields. Tests read it at run time and never copy it.
const rssDump = "../../shared/data/id-news-rss-2025"

func dumpFiles(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(rssDump, "*.csv"))
	if err != nil || len(files) == 0 {
		tb.Skipf("no CSV files in %s (the shared data folder is absent): skipping", rssDump)
	}
	return files
}

func TestReadRealCSVDump(t *testing.T) {
	files := dumpFiles(t)
	rows, untitled, undated := 0, 0, 0
	ids := make(map[string]bool)
	for _, path := range files {
		res := readFile(t, &Reader{}, path)
		if res.err != nil || len(res.Failures) > 0 {
			t.Errorf("Read(%s) error = %v, failures %q; want none", path, res.err, res.Failures)
		}
		inFile := make(map[string]string) // id -> origin, within this file
		for _, d := range res.Docs {
			rows++
			if d.Text == "" && d.HTML == "" {
				t.Errorf("%s: document %s has no body", d.Origin, d.ID)
			}
			if d.URL == "" || d.Outlet == "" {
				t.Errorf("%s: document %s lacks url or outlet: %q %q", d.Origin, d.ID, d.URL, d.Outlet)
			}
			if d.ID != urlID(d.URL) {
				t.Errorf("%s: id %q, want the URL's hash %q", d.Origin, d.ID, urlID(d.URL))
			}
			if o, ok := inFile[d.ID]; ok {
				t.Errorf("id %s given twice within one file: %s and %s", d.ID, o, d.Origin)
			}
			inFile[d.ID] = d.Origin
			ids[d.ID] = true
			if d.Title == "" {
				untitled++
			}
			if d.Published == "" {
				undated++
			}
		}
	}
	if rows != 5774 {
		t.Errorf("rows read = %d, want 5774 (the README's count)", rows)
	}
	if len(ids) != 3698 {
		t.Errorf("distinct ids = %d, want 3698 (the README's count of unique URLs)", len(ids))
	}
	// The dump itself leaves judul empty on 33 republika.co.id rows and
	// tanggal_publikasi empty on one article crawled on each of the three
	// days; every other row has both.
	if untitled > 33 || undated > 3 {
		t.Errorf("rows without a title = %d, without a date = %d; want at most the 33 and 3 the dump leaves empty", untitled, undated)
	}
	t.Logf("%d rows, %d distinct ids, %d without a title, %d without a date", rows, len(ids), untitled, undated)
}

// BenchmarkReadCSV reads the real dump; -benchmem and the MB/s column give
// throughput and allocation per byte.
func BenchmarkReadCSV(b *testing.B) {
	files := dumpFiles(b)
	var size int64
	for _, p := range files {
		fi, err := os.Stat(p)
		if err != nil {
			b.Fatal(err)
		}
		size += fi.Size()
	}
	b.SetBytes(size)
	r := &Reader{}
	ctx := context.Background()
	for b.Loop() {
		n := 0
		for _, p := range files {
			if err := r.Read(ctx, File{Path: p}, func(warta.Document) error { n++; return nil }, func(err error) { b.Fatal(err) }); err != nil {
				b.Fatal(err)
			}
		}
		if n != 5774 {
			b.Fatalf("read %d rows, want 5774", n)
		}
	}
}
