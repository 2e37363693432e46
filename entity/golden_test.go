package entity

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// seedDir holds the acceptance corpus, read at run time.
const seedDir = "../../shared/seeds"

// TestSeedsGolden runs Extract on each seed article and compares a listing
// of its entities with testdata/seeds/NAME.golden. Run with -update to
// rewrite the goldens, then read the diff.
func TestSeedsGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("no seed articles in %s: skipping golden tests", seedDir)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			body, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			ents := Extract(string(body), "id")
			checkSpans(t, string(body), ents)
			var b strings.Builder
			for _, e := range ents {
				fmt.Fprintf(&b, "%d-%d\t%s\t%s\t%s\n", e.Start, e.End, e.Type, e.Text, e.Canonical)
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
				t.Errorf("Extract(%s) differs from %s:\n%s", name, golden, lineDiff(string(want), got))
			}
		})
	}
}

// lineDiff lists the lines only in want (-) and only in got (+).
func lineDiff(want, got string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	w, g := in(want), in(got)
	var b strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			fmt.Fprintf(&b, "- %s\n", l)
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			fmt.Fprintf(&b, "+ %s\n", l)
		}
	}
	return b.String()
}

func BenchmarkExtract(b *testing.B) {
	body, err := os.ReadFile(filepath.Join(seedDir, "004_fd099aca7c961991.txt"))
	if err != nil {
		b.Skipf("seed article absent: %v", err)
	}
	s := string(body)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Extract(s, "id")
	}
}
