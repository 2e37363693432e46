package extract

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// seedDir holds the acceptance corpus, outside the repository.
const seedDir = "../../shared/seeds"

// render writes a Result in the golden files' format: one field per line,
// then the body, then what was removed.
func render(r Result) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: %s\noutlet: %s\nauthor: %s\ndateline: %s\npublished: %s\n", r.Title, r.Outlet, r.Author, r.Dateline, r.Published)
	b.WriteString("--- body\n")
	b.WriteString(r.Body)
	b.WriteString("\n--- removed\n")
	for _, l := range r.Removed {
		fmt.Fprintf(&b, "[%s] %s\n", l.Reason, l.Text)
	}
	return b.String()
}

func TestSeedsGolden(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if len(paths) == 0 {
		t.Skipf("no seed texts in %s: the shared corpus is not next to this checkout", seedDir)
	}
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		t.Run(name, func(t *testing.T) {
			in, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			r := Text(string(in))
			got := render(r)
			golden := filepath.Join("testdata", "seeds", name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden (run with -update to create it): %v", err)
			}
			if got != string(want) {
				t.Errorf("Text(%s) differs from %s:\n%s", name, golden, lineDiff(string(want), got))
			}
			if again := Text(r.Body); again.Body != r.Body {
				t.Errorf("Text(Text(%s).Body).Body changed the body:\n%s", name, lineDiff(r.Body, again.Body))
			}
		})
	}
}

// lineDiff shows the first lines where want and got differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d:\n  got  %q\n  want %q\n", i+1, gl, wl)
			if shown++; shown == 5 {
				break
			}
		}
	}
	return b.String()
}
