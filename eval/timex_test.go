package eval

import (
	"flag"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

var timexErrors = flag.String("timex.errors", "", "log the tagger's errors on this split of the training data (train or dev)")

const sharedData = "../../shared/data"

func TestTimexScores(t *testing.T) {
	for _, tc := range []struct {
		set   string
		split string
		min   map[string]float64
	}{
		// floors: the scores reached when this test was written, minus a
		// point or two, so that a regression fails
		{"indotimex", "test", map[string]float64{"value_f1": 0.74, "relaxed_f1": 0.92, "strict_f1": 0.85}},
		{"tempeval3", "test", map[string]float64{"value_f1": 0.76, "relaxed_f1": 0.87, "strict_f1": 0.80}},
		{"tempeval3", "train", map[string]float64{"value_f1": 0.75, "relaxed_f1": 0.91, "strict_f1": 0.81}},
	} {
		dir := filepath.Join(sharedData, tc.set)
		if _, err := os.Stat(dir); err != nil {
			t.Skipf("data set %s absent (%v): skipping", dir, err)
		}
		r, err := Timex(dir, tc.split)
		if err != nil {
			t.Fatalf("Timex(%q, %q): %v", dir, tc.split, err)
		}
		t.Logf("%s %s: n=%d strict_f1=%.4f relaxed_f1=%.4f value_f1=%.4f type_accuracy=%.4f (gold %v, system %v)",
			tc.set, tc.split, r.N, r.Metrics["strict_f1"], r.Metrics["relaxed_f1"], r.Metrics["value_f1"],
			r.Metrics["type_accuracy"], r.Metrics["gold"], r.Metrics["system"])
		for k, want := range tc.min {
			if got := r.Metrics[k]; got < want {
				t.Errorf("Timex(%q, %q) %s = %.4f, want >= %.4f", dir, tc.split, k, got, want)
			}
		}
	}
}

// TestTimexErrors lists the tagger's disagreements with the training gold,
// for tuning: go test ./eval -run TimexErrors -timex.errors=train -v
func TestTimexErrors(t *testing.T) {
	if *timexErrors == "" {
		t.Skip("set -timex.errors=train to list errors on TempEval-3 training")
	}
	root := filepath.Join(sharedData, "tempeval3")
	set := timexSets[1]
	dirs := set.splits[*timexErrors]
	if len(dirs) == 0 {
		t.Fatalf("no split %q", *timexErrors)
	}
	counts := map[string]int{}
	for _, d := range dirs {
		files, _ := filepath.Glob(filepath.Join(root, d, "*.tml"))
		for _, f := range files {
			doc, err := ReadTimeML(f)
			if err != nil {
				t.Fatal(err)
			}
			_, errs := scoreTimexDoc(doc, set.lang)
			for _, e := range errs {
				counts[e.Kind+"\t"+e.Gold+"\t"+e.Sys+"\t"+doc.DCT]++
			}
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return counts[keys[i]] > counts[keys[j]] || counts[keys[i]] == counts[keys[j]] && keys[i] < keys[j]
	})
	for _, k := range keys {
		t.Logf("%3d %s", counts[k], k)
	}
}

func TestDateStrings(t *testing.T) {
	dir := filepath.Join(sharedData, "id-news-rss-2025")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("data set %s absent (%v): skipping", dir, err)
	}
	r, err := DateStrings(dir)
	if err != nil {
		t.Fatalf("DateStrings(%q): %v", dir, err)
	}
	t.Logf("dates: n=%d coverage=%.4f day_coverage=%.4f consistency=%.4f in_window_or_earlier=%.4f", r.N,
		r.Metrics["coverage"], r.Metrics["day_coverage"], r.Metrics["consistency"], r.Metrics["in_window_or_earlier"])
	for k, want := range map[string]float64{"coverage": 0.99, "in_window_or_earlier": 0.999} {
		if got := r.Metrics[k]; got < want {
			t.Errorf("DateStrings(%q) %s = %.4f, want >= %.4f", dir, k, got, want)
		}
	}
}
