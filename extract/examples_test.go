package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// exampleDir holds the fictional articles shipped with Warta.
const exampleDir = "../examples/articles"

// TestExamplesGolden runs the cleaner over every shipped example article,
// text through Text and pages through HTML, and compares the result with
// testdata/examples/*.golden (refresh with -update).
func TestExamplesGolden(t *testing.T) {
	var paths []string
	for _, pattern := range []string{"*.txt", "*.html"} {
		p, _ := filepath.Glob(filepath.Join(exampleDir, pattern))
		paths = append(paths, p...)
	}
	if len(paths) == 0 {
		t.Skipf("no example articles in %s", exampleDir)
	}
	for _, p := range paths {
		name := filepath.Base(p)
		t.Run(name, func(t *testing.T) {
			in, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			var r Result
			if strings.HasSuffix(name, ".html") {
				if r, err = HTML(string(in), ""); err != nil {
					t.Fatalf("HTML(%s): %v", name, err)
				}
			} else {
				r = Text(string(in))
			}
			got := render(r)
			golden := filepath.Join("testdata", "examples", strings.TrimSuffix(name, filepath.Ext(name))+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden (run with -update to create it): %v", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s:\n%s", name, golden, lineDiff(string(want), got))
			}
			if again := Text(r.Body); again.Body != r.Body {
				t.Errorf("Text(Text(%s).Body).Body changed the body:\n%s", name, lineDiff(r.Body, again.Body))
			}
		})
	}
}
