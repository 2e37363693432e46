package quote

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/warta-news/warta/entity"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// seedDir holds the acceptance corpus, read at run time.
const seedDir = "../../shared/seeds"

// TestSeedsGolden runs Extract on each seed article, with the entities of
// package entity, and compares a listing of the quotes with
// testdata/seeds/NAME.golden. Run with -update to rewrite, then read the
// diff.
func TestSeedsGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("no seed articles in %s: skipping golden tests", seedDir)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			body := string(raw)
			qs := Extract(body, "id", entity.Extract(body, "id"))
			checkQuotes(t, body, qs)
			var b strings.Builder
			for _, q := range qs {
				fmt.Fprintf(&b, "%d-%d\t%s\t%s\t%s\t%s\n", q.Start, q.End, q.Kind, q.Cue, q.Speaker, q.Text)
			}
			golden := filepath.Join("testdata", "seeds", name+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden (run with -update to create it): %v", err)
			}
			if got := b.String(); got != string(want) {
				t.Errorf("Extract(%s) differs from %s\n got:\n%s\nwant:\n%s", name, golden, got, want)
			}
		})
	}
}

func BenchmarkExtract(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join(seedDir, "004_fd099aca7c961991.txt"))
	if err != nil {
		b.Skipf("seed article absent: %v", err)
	}
	body := string(raw)
	ents := entity.Extract(body, "id")
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		Extract(body, "id", ents)
	}
}
