package timex

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// goldenTexts gathers real texts under ../../shared (seeds, news rows,
// TempEval-3 and IndoTimex files, Spanish ML-Crisis articles) and, when
// WARTA_TIMEX_CORPUS names a gencorpus JSON-lines file, its first bodies.
func goldenTexts(t *testing.T) []string {
	var texts []string
	add := func(pattern string, limit int) {
		files, _ := filepath.Glob(pattern)
		sort.Strings(files)
		if len(files) > limit {
			files = files[:limit]
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatalf("golden: read %s: %v", f, err)
			}
			texts = append(texts, string(b))
		}
	}
	shared := filepath.Join("..", "..", "shared")
	add(filepath.Join(shared, "seeds", "*.txt"), 1000)
	add(filepath.Join(shared, "data", "indotimex", "dataset", "*", "*.tml"), 1000)
	add(filepath.Join(shared, "data", "tempeval3", "data", "TempEval3", "Training", "TBAQ-cleaned", "*", "*.tml"), 120)
	add(filepath.Join(mlCrisisDir, "*", "*", "*.txt"), 150)
	if f, err := os.Open(filepath.Join(shared, "data", "id-news-rss-2025", "scrapping_news_2025-06-18.csv")); err == nil {
		r := csv.NewReader(f)
		r.FieldsPerRecord = -1
		r.LazyQuotes = true
		for n := 0; n < 400; n++ {
			rec, err := r.Read()
			if err != nil {
				break
			}
			if n > 0 && len(rec) >= 6 {
				texts = append(texts, rec[5])
			}
		}
		f.Close()
	}
	if p := os.Getenv("WARTA_TIMEX_CORPUS"); p != "" {
		f, err := os.Open(p)
		if err != nil {
			t.Fatalf("golden: %v", err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for n := 0; n < 1500 && sc.Scan(); n++ {
			var a struct{ Body string }
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				t.Fatalf("golden: %s: %v", p, err)
			}
			texts = append(texts, a.Body)
		}
	}
	return texts
}

// TestGoldenOutput tags a fixed set of real texts in every language with
// and without an anchor and writes the full output to the file named by
// WARTA_TIMEX_GOLDEN_WRITE, or compares it with the file named by
// WARTA_TIMEX_GOLDEN: a change meant to make the tagger faster must leave
// every expression, offset and value as it was.
func TestGoldenOutput(t *testing.T) {
	write, want := os.Getenv("WARTA_TIMEX_GOLDEN_WRITE"), os.Getenv("WARTA_TIMEX_GOLDEN")
	if write == "" && want == "" {
		t.Skip("set WARTA_TIMEX_GOLDEN_WRITE or WARTA_TIMEX_GOLDEN to a file to record or compare the tagger's output")
	}
	texts := goldenTexts(t)
	if len(texts) < 100 {
		t.Skipf("golden: only %d texts under ../../shared: skipping", len(texts))
	}
	clock := time.Date(2025, 7, 1, 12, 0, 0, 0, time.UTC)
	tg := Tagger{Now: func() time.Time { return clock }}
	anchors := []time.Time{{}, time.Date(2025, 6, 18, 0, 0, 0, 0, time.UTC)}
	var b strings.Builder
	for i, text := range texts {
		for _, lang := range []string{"id", "en", "es", ""} {
			for _, a := range anchors {
				fmt.Fprintf(&b, "# %d %s %v\n", i, lang, !a.IsZero())
				for _, x := range tg.Tag(text, lang, a) {
					fmt.Fprintf(&b, "%d %d %s %q %q %q\n", x.Start, x.End, x.Type, x.Value, x.Flag, x.Text)
				}
			}
		}
	}
	got := b.String()
	if write != "" {
		if err := os.WriteFile(write, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("golden: %d texts, %d bytes written to %s", len(texts), len(got), write)
		return
	}
	old, err := os.ReadFile(want)
	if err != nil {
		t.Fatal(err)
	}
	if got == string(old) {
		return
	}
	gl, ol := strings.Split(got, "\n"), strings.Split(string(old), "\n")
	for i := 0; i < min(len(gl), len(ol)); i++ {
		if gl[i] != ol[i] {
			t.Fatalf("golden: line %d differs:\n got %s\nwant %s", i+1, gl[i], ol[i])
		}
	}
	t.Fatalf("golden: %d lines, want %d", len(gl), len(ol))
}
