package eval

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestReadTilse(t *testing.T) {
	path := filepath.Join(t.TempDir(), "topic.txt")
	data := "2013-08-21\nUn tribunal ordena la liberación .\n--------------------------------\n" +
		"2013-07-05\nPrimera frase .\nSegunda frase .\n--------------------------------\n" +
		"2013-07-05\nOtra más .\n--------------------------------\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	tl, n, err := readTilse(path)
	if err != nil {
		t.Fatalf("readTilse: %v", err)
	}
	if n != 4 || len(tl) != 2 {
		t.Errorf("readTilse = %d dates, %d sentences; want 2 dates, 4 sentences", len(tl), n)
	}
	if got := tl[time.Date(2013, 7, 5, 0, 0, 0, 0, time.UTC)]; len(got) != 3 {
		t.Errorf("2013-07-05 has %q, want the three sentences of its two blocks", got)
	}
}

// TestTimelineExamples scores the timeline stage on our own examples'
// gold timelines, with floors a little under the measured scores
// (docs/quality.md).
func TestTimelineExamples(t *testing.T) {
	rep, err := Timeline("../examples", "")
	if err != nil {
		t.Fatalf("Timeline(examples): %v", err)
	}
	for metric, floor := range map[string]float64{"date_f1": 0.84, "ar1_f": 0.22, "kind_accuracy": 0.90} {
		if got := rep.Metrics[metric]; got < floor {
			t.Errorf("examples %s = %.4f, want at least %.2f", metric, got, floor)
		}
	}
}

// TestTimelineCrisisSample scores one ML-Crisis topic (Yemen, the
// smallest), with floors a little under the measured scores.
func TestTimelineCrisisSample(t *testing.T) {
	dir := "../../shared/data/ml-crisis-tls"
	if _, err := os.Stat(filepath.Join(dir, "es", "yemen")); err != nil {
		t.Skipf("ML-Crisis not found at %s (it lives beside the repository in ../shared/data): %v", dir, err)
	}
	if testing.Short() {
		t.Skip("analyses 97 articles; skipped in -short mode")
	}
	rep, err := timelineCrisis(dir, "es", []string{"yemen"})
	if err != nil {
		t.Fatalf("timelineCrisis: %v", err)
	}
	if rep.N != 1 {
		t.Fatalf("scored %d topics, want 1", rep.N)
	}
	for metric, floor := range map[string]float64{"date_f1": 0.19, "ar1_f": 0.03} {
		if got := rep.Metrics[metric]; got < floor {
			t.Errorf("yemen %s = %.4f, want at least %.2f", metric, got, floor)
		}
	}
}
