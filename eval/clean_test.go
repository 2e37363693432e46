package eval

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

func TestParseCleanGold(t *testing.T) {
	docs, err := ParseCleanGold(cleanGoldTSV)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) < 60 {
		t.Errorf("gold set has %d articles, want at least 60", len(docs))
	}
	hash := regexp.MustCompile(`^[0-9a-f]{8}$`)
	splits := map[string]int{}
	keys := map[string]bool{}
	for _, d := range docs {
		splits[d.Split]++
		if keys[d.Source+d.Key] {
			t.Errorf("article %s is labelled twice", d.Key)
		}
		keys[d.Source+d.Key] = true
		if len(d.Lines) == 0 {
			t.Errorf("article %s has no labelled lines", d.Key)
		}
		for i, l := range d.Lines {
			if i > 0 && l.N <= d.Lines[i-1].N {
				t.Errorf("article %s: line %d comes after line %d", d.Key, l.N, d.Lines[i-1].N)
			}
			if !hash.MatchString(l.Hash) {
				t.Errorf("article %s line %d: hash %q is not 8 hex digits", d.Key, l.N, l.Hash)
			}
		}
	}
	if splits["dev"] == 0 || splits["test"] == 0 {
		t.Errorf("splits %v, want both dev and test", splits)
	}
	for _, bad := range []string{
		"1\tabcd1234\tC\n",                    // label before a doc
		"doc\tdev\tx\tf\tk\n1\tabcd1234\tX\n", // unknown label
		"doc\ttrain\tx\tf\tk\n",               // unknown split
		"doc\tdev\tx\tf\tk\nz\tabcd1234\tB\n", // bad line number
	} {
		if _, err := ParseCleanGold(bad); err == nil {
			t.Errorf("ParseCleanGold(%q) = nil error, want one", bad)
		}
	}
}

// TestCleanFloors checks the cleaner against the gold set's test half, a
// point or two under the scores measured when the rules were last tuned on
// the dev half (docs/quality.md has the measured numbers).
func TestCleanFloors(t *testing.T) {
	for _, src := range []string{"id-news-rss-2025", "indosum-dev"} {
		if _, err := os.Stat(filepath.Join(extractData, src)); err != nil {
			t.Skipf("no %s under %s: the shared data is not next to this checkout", src, extractData)
		}
	}
	rep, err := Clean(extractData, "test")
	if err != nil {
		t.Fatal(err)
	}
	floors := map[string]float64{"boilerplate_precision": 0.95, "boilerplate_recall": 0.93, "content_recall": 0.98}
	for k, floor := range floors {
		if got := rep.Metrics[k]; got < floor {
			t.Errorf("clean test %s = %.4f, want at least %.2f", k, got, floor)
		}
	}
	// The evidence across articles must not make the rules worse.
	for _, p := range rep.Parts {
		if p.Data == "rules only, no cross-article evidence" && p.Metrics["boilerplate_f1"] > rep.Metrics["boilerplate_f1"] {
			t.Errorf("rules alone score boilerplate F1 %.4f, above %.4f with evidence", p.Metrics["boilerplate_f1"], rep.Metrics["boilerplate_f1"])
		}
	}
	t.Logf("test: %v", rep.Metrics)
}
