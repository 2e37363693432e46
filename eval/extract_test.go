package eval

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// extractData is the shared data folder with both extraction sets.
const extractData = "../../shared/data"

func TestZyteCounts(t *testing.T) {
	tests := []struct {
		name, gold, pred string
		tp, fp, fn       float64
		exact            bool
	}{
		{"equal", "one two three four five", "one two three four five", 1, 0, 0, true},
		{"punctuation ignored", "one, two; three four!", "one two three four", 1, 0, 0, true},
		{"empty prediction", "one two three four five", "", 0, 0, 1, false},
		{"extra text", "a b c d", "a b c d e", 0.5, 0.5, 0, false},
		{"short texts are one shingle", "a b", "a b", 1, 0, 0, true},
		{"case counts", "A b c d", "a b c d", 0, 0.5, 0.5, false},
	}
	for _, tt := range tests {
		c := zyteCounts(tt.gold, tt.pred)
		if math.Abs(c.tp-tt.tp) > 1e-9 || math.Abs(c.fp-tt.fp) > 1e-9 || math.Abs(c.fn-tt.fn) > 1e-9 || c.exact != tt.exact {
			t.Errorf("%s: zyteCounts(%q, %q) = %+v, want tp %v fp %v fn %v exact %v", tt.name, tt.gold, tt.pred, c, tt.tp, tt.fp, tt.fn, tt.exact)
		}
	}
}

func TestSnippetCount(t *testing.T) {
	item := trafilaturaItem{With: []string{"main  text", "second part"}, Without: []string{"Impressum", "menu"}}
	tests := []struct {
		out  string
		want snippetCounts
	}{
		{"The main\ntext and the second part.", snippetCounts{tp: 2, tn: 2}},
		{"main text. Impressum", snippetCounts{tp: 1, fn: 1, fp: 1, tn: 1}},
		{"", snippetCounts{fn: 2, tn: 2}},
	}
	for _, tt := range tests {
		if got := snippetCount(item, tt.out); got != tt.want {
			t.Errorf("snippetCount(%q) = %+v, want %+v", tt.out, got, tt.want)
		}
	}
}

// TestZyteMetricReproduces scores the benchmark's stored go-trafilatura
// output with our port of evaluate.py: it must give the published F1.
func TestZyteMetricReproduces(t *testing.T) {
	dir := filepath.Join(extractData, zyteSetName)
	gold, err := readZyteGold(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Skipf("no article-extraction benchmark in %s: %v", dir, err)
	}
	for _, tt := range []struct {
		file string
		f1   float64
	}{
		{"go_trafilatura.json", 0.960},
		{"trafilatura.json", 0.958},
		{"go_readability.json", 0.934},
	} {
		b, err := os.ReadFile(filepath.Join(dir, "output", tt.file))
		if err != nil {
			t.Errorf("read %s: %v", tt.file, err)
			continue
		}
		var wrapped struct {
			Output map[string]struct {
				ArticleBody string `json:"articleBody"`
			} `json:"output"`
		}
		if err := json.Unmarshal(b, &wrapped); err != nil || wrapped.Output == nil {
			if err := json.Unmarshal(b, &wrapped.Output); err != nil {
				t.Errorf("read %s: %v", tt.file, err)
				continue
			}
		}
		var counts []shingleCounts
		for id, g := range gold {
			counts = append(counts, zyteCounts(g.ArticleBody, wrapped.Output[id].ArticleBody))
		}
		m := zyteMetrics(counts)
		if math.Abs(m["f1"]-tt.f1) > 0.0015 {
			t.Errorf("F1 of %s = %.4f, want the published %.3f", tt.file, m["f1"], tt.f1)
		}
	}
}

// TestExtract runs the evaluation on every third page of the real data
// sets (the whole run, `warta eval extract`, takes minutes on two cores)
// and asserts floors a little under the scores measured on that sample,
// and that Warta's cleaner does not score lower than go-trafilatura alone.
func TestExtract(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the extractor over 391 pages")
	}
	pageStride = 3
	defer func() { pageStride = 1 }()
	if !isZyteRoot(filepath.Join(extractData, zyteSetName)) && !isTrafilaturaRoot(filepath.Join(extractData, trafilaturaSetName)) {
		t.Skipf("no extraction data sets in %s", extractData)
	}
	rep, err := Extract(extractData, "")
	if err != nil {
		t.Fatal(err)
	}
	floors := map[string]float64{zyteSetName: 0.95, trafilaturaSetName: 0.91}
	for _, part := range rep.Parts {
		set := filepath.Base(part.Data)
		raw := part.Parts[0]
		t.Logf("%s: n=%d warta P=%.3f R=%.3f F1=%.3f acc=%.3f | trafilatura-only P=%.3f R=%.3f F1=%.3f acc=%.3f",
			set, part.N, part.Metrics["precision"], part.Metrics["recall"], part.Metrics["f1"], part.Metrics["accuracy"],
			raw.Metrics["precision"], raw.Metrics["recall"], raw.Metrics["f1"], raw.Metrics["accuracy"])
		if f := part.Metrics["f1"]; f < floors[set] {
			t.Errorf("%s: F1 = %.3f, want at least %.3f", set, f, floors[set])
		}
		if part.Metrics["f1"] < raw.Metrics["f1"]-0.001 {
			t.Errorf("%s: F1 with the cleaner %.4f < %.4f without it", set, part.Metrics["f1"], raw.Metrics["f1"])
		}
	}
}
