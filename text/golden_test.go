package text

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden runs Sentences, StemText and ContentWords on the articles in
// testdata/ (which we wrote) and compares the result with the .golden file
// beside each; run with -update to rewrite them after a deliberate change.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/article-*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata/article-*.txt")
	}
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		lang := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(file), "article-"), ".txt")
		var out strings.Builder
		out.WriteString("# Sentences\n")
		for _, sp := range Sentences(s) {
			out.WriteString(sp.Text(s))
			out.WriteByte('\n')
		}
		out.WriteString("\n# StemText\n")
		out.WriteString(StemText(lang, s))
		out.WriteString("\n\n# ContentWords\n")
		out.WriteString(strings.Join(ContentWords(lang, s), " "))
		out.WriteString("\n\n# Normalize\n")
		out.WriteString(Normalize(s))
		out.WriteByte('\n')

		golden := strings.TrimSuffix(file, ".txt") + ".golden"
		if *update {
			if err := os.WriteFile(golden, []byte(out.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if got := out.String(); got != string(want) {
			t.Errorf("%s: output differs from %s (run go test -update after checking):\n%s", file, golden, lineDiff(string(want), got))
		}
	}
}

// lineDiff returns the first lines that differ between want and got.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return "line " + itoa(i+1) + ":\n  want " + a + "\n  got  " + b
		}
	}
	return ""
}
