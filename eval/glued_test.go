package eval

import (
	"os"
	"path/filepath"
	"testing"
)

func TestParseGluedGold(t *testing.T) {
	toks, err := ParseGluedGold(gluedGoldTSV)
	if err != nil {
		t.Fatal(err)
	}
	var glued, whole int
	for _, tok := range toks {
		if len(tok.Cuts) > 0 {
			glued++
		} else {
			whole++
		}
		for i, c := range tok.Cuts {
			if i > 0 && c <= tok.Cuts[i-1] {
				t.Errorf("%s line %d: cuts %v are not increasing", tok.URL, tok.Line, tok.Cuts)
			}
		}
	}
	if glued < 90 || whole < 90 {
		t.Errorf("gold has %d glued and %d single-word runs, want about 100 of each", glued, whole)
	}
	for _, bad := range []string{
		"dev\tf\tu\t1\t0\t5\tabcd1234\n",      // too few fields
		"train\tf\tu\t1\t0\t5\tabcd1234\t-\n", // unknown split
		"dev\tf\tu\t0\t0\t5\tabcd1234\t-\n",   // line 0
		"dev\tf\tu\t1\t0\t5\tabcd1234\t3,x\n", // bad cut
	} {
		if _, err := ParseGluedGold(bad); err == nil {
			t.Errorf("ParseGluedGold(%q) = nil error, want one", bad)
		}
	}
}

func TestInsertedCuts(t *testing.T) {
	line := "di pasaronline #BelanjaAman"
	got := insertedCuts(line, "di pasar online #BelanjaAman", 3, 14)
	if len(got) != 1 || got[0] != 5 {
		t.Errorf("insertedCuts = %v, want [5]", got)
	}
}

// TestGluedFloors checks glued-word repair on the gold set's test half, a
// point or two under the measured scores (docs/quality.md).
func TestGluedFloors(t *testing.T) {
	if _, err := os.Stat(filepath.Join(extractData, "id-news-rss-2025")); err != nil {
		t.Skipf("no id-news-rss-2025 under %s: the shared data is not next to this checkout", extractData)
	}
	rep, err := Glued(extractData, "test")
	if err != nil {
		t.Fatal(err)
	}
	for k, floor := range map[string]float64{"precision": 0.92, "recall": 0.68, "single_words_kept": 0.96} {
		if got := rep.Metrics[k]; got < floor {
			t.Errorf("glued test %s = %.4f, want at least %.2f", k, got, floor)
		}
	}
	t.Logf("test: %v", rep.Metrics)
}
