package eval

import (
	"math"
	"os"
	"strings"
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

// clusterFloors are just under the scores measured when the defaults were
// last tuned (docs/quality.md), so that a change that makes clustering
// worse fails.
func TestClusterFloors(t *testing.T) {
	tests := []struct {
		dir, split string
		minN       int
		metric     string
		floor      float64
	}{
		{"../../shared/data/uci-news-aggregator-sample", "test", 3400, "bcubed_f1", 0.87},
		{"../../shared/data/uci-news-aggregator-sample", "dev", 2800, "bcubed_f1", 0.84},
		{"../../shared/data/ecbplus", "test", 200, "event_bcubed_f1", 0.87},
		{"../../shared/data/ecbplus", "test", 200, "topic_bcubed_precision", 0.98},
		{"../../shared/data/id-news-rss-2025", "dev", 184, "bcubed_f1", 0.88},
	}
	for _, tt := range tests {
		if _, err := os.Stat(tt.dir); err != nil {
			t.Skipf("%s not found (the data sets live beside the repository in ../shared): %v", tt.dir, err)
		}
		rep, err := Cluster(tt.dir, tt.split)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s %s: n=%d %s=%.4f", tt.dir, tt.split, rep.N, tt.metric, rep.Metrics[tt.metric])
		if rep.N < tt.minN {
			t.Errorf("%s %s: read %d items, want at least %d", tt.dir, tt.split, rep.N, tt.minN)
		}
		if got := rep.Metrics[tt.metric]; got < tt.floor {
			t.Errorf("%s %s: %s = %.4f, want at least %.2f", tt.dir, tt.split, tt.metric, got, tt.floor)
		}
	}
}

// Our Indonesian storylines: the three events of one wedding and the two
// of one war make storylines, and events stay apart from storylines.
func TestClusterIndonesianLevels(t *testing.T) {
	dir := "../../shared/data/id-news-rss-2025"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("%s not found: %v", dir, err)
	}
	rep, err := Cluster(dir, "dev")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range rep.Parts {
		t.Logf("%s: %v", p.Notes, p.Metrics)
		if p.Notes == "storylines against our storyline labels" && p.Metrics["bcubed_f1"] < 0.95 {
			t.Errorf("storylines B-cubed F1 = %.4f, want at least 0.95", p.Metrics["bcubed_f1"])
		}
	}
}

func TestReadIDLabels(t *testing.T) {
	labels, err := readIDLabels()
	if err != nil {
		t.Fatal(err)
	}
	events, outlets := make(map[string]int), make(map[string]bool)
	for url, l := range labels {
		events[l.event]++
		host := strings.SplitN(strings.TrimPrefix(url, "https://"), "/", 2)[0]
		parts := strings.Split(host, ".")
		outlets[strings.Join(parts[max(0, len(parts)-2):], ".")] = true
	}
	if len(labels) < 150 || len(events) < 10 || len(outlets) < 4 {
		t.Errorf("labels: %d articles, %d events, %d outlets; want at least 150, 10, 4", len(labels), len(events), len(outlets))
	}
}
