package eval

import (
	"math"
	"os"
	"testing"
)

func TestBCubedAndPairwise(t *testing.T) {
	gold := map[string]string{"a": "1", "b": "1", "c": "1", "d": "2", "e": "2"}
	tests := []struct {
		name       string
		pred       map[string]string
		bp, br, pf float64
	}{
		{"perfect", map[string]string{"a": "x", "b": "x", "c": "x", "d": "y", "e": "y"}, 1, 1, 1},
		{"all apart", map[string]string{}, 1, (1.0/3*3 + 0.5*2) / 5, 0},
		{"all together", map[string]string{"a": "x", "b": "x", "c": "x", "d": "x", "e": "x"}, (3.0/5*3 + 2.0/5*2) / 5, 1, 2 * (4.0 / 10) / (4.0/10 + 1)},
	}
	for _, tt := range tests {
		bp, br, _ := BCubed(tt.pred, gold)
		_, _, pf := PairwiseF1(tt.pred, gold)
		if math.Abs(bp-tt.bp) > 1e-9 || math.Abs(br-tt.br) > 1e-9 || math.Abs(pf-tt.pf) > 1e-9 {
			t.Errorf("%s: B-cubed P=%.4f R=%.4f pairwise F1=%.4f, want %.4f %.4f %.4f", tt.name, bp, br, pf, tt.bp, tt.br, tt.pf)
		}
	}
}

func TestClusterUCI(t *testing.T) {
	dir := "../../shared/data/uci-news-aggregator-sample"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("UCI headlines not found at %s (they live beside the repository in ../shared): %v", dir, err)
	}
	rep, err := Cluster(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("UCI headlines: n=%d %v", rep.N, rep.Metrics)
	if rep.N < 6300 {
		t.Errorf("read %d headlines, want about 6,366", rep.N)
	}
	// A floor just under what this first version measured, so that a
	// change that makes clustering worse fails.
	if f := rep.Metrics["bcubed_f1"]; f < 0.32 {
		t.Errorf("B-cubed F1 = %.4f, want at least 0.32", f)
	}
}
