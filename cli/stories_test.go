package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/warta-news/warta/cluster"
)

func TestStoriesWhy(t *testing.T) {
	needSeeds(t)
	db := filepath.Join(t.TempDir(), "w.db")
	if code, _, errOut := run(t, db, "", "ingest", seedsDir); code != ExitOK {
		t.Fatalf("ingest exited %d: %s", code, errOut)
	}
	tests := []struct {
		a, b     string
		verdict  string
		together string
	}{
		{seedID("000"), seedID("002"), "same report", "event"},        // the rewrite pair
		{seedID("003"), seedID("000"), "same storyline", "storyline"}, // 391 days apart
	}
	for _, tt := range tests {
		code, out, errOut := run(t, db, "", "stories", "--why", "--json", tt.a, tt.b)
		if code != ExitOK {
			t.Fatalf("stories --why %s %s exited %d: %s", tt.a, tt.b, code, errOut)
		}
		ex := decode[cluster.Explanation](t, out)
		if ex.Verdict != tt.verdict || ex.Together != tt.together {
			t.Errorf("why %s %s: verdict %q, together %q; want %q, %q", tt.a, tt.b, ex.Verdict, ex.Together, tt.verdict, tt.together)
		}
		if len(ex.SharedNames) == 0 || len(ex.SharedTerms) == 0 {
			t.Errorf("why %s %s: no shared names or terms: %+v", tt.a, tt.b, ex)
		}
		code, out, _ = run(t, db, "", "stories", "--why", tt.a, tt.b)
		if code != ExitOK || !strings.Contains(out, tt.verdict) || !strings.Contains(out, "names") {
			t.Errorf("stories --why text = %d %q, want the verdict %q and the shared names", code, out, tt.verdict)
		}
	}
	if code, _, _ := run(t, db, "", "stories", "--why", seedID("000")); code != ExitUsage {
		t.Errorf("stories --why with one id exited %d, want %d", code, ExitUsage)
	}
	if code, _, errOut := run(t, db, "", "stories", "--why", seedID("000"), "nope"); code == ExitOK || !strings.Contains(errOut, "not found") {
		t.Errorf("stories --why with an unknown id exited %d (%s), want a failure naming it", code, errOut)
	}
}
