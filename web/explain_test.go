package web_test

import (
	"testing"

	"github.com/warta-news/warta/cluster"
	"github.com/warta-news/warta/web"
)

func TestAPIExplain(t *testing.T) {
	ts := newServer(t, &web.Server{Store: openStore(t)})
	tests := []struct {
		target   string
		status   int
		together string // for 200: where the store put them
		group    bool
		verdict  string
	}{
		// The fixture stores one rewrite group across two events.
		{"/api/explain?a=kim-ultah&b=putin-kunjungi", 200, "storyline", true, "same report"},
		{"/api/explain?a=kim-ultah&b=banjir-jakarta", 200, "no", false, "unrelated"},
		{"/api/explain?a=kim-ultah&b=nope", 404, "", false, ""},
		{"/api/explain?a=kim-ultah", 400, "", false, ""},
	}
	for _, tt := range tests {
		res := fetch(t, "GET", ts.URL, tt.target)
		if res.status != tt.status {
			t.Errorf("GET %s: status %d, want %d: %s", tt.target, res.status, tt.status, res.body)
			continue
		}
		if tt.status != 200 {
			if msg := apiError(t, tt.target, res.body); msg == "" {
				t.Errorf("GET %s: empty error message", tt.target)
			}
			continue
		}
		var got cluster.Explanation
		decode(t, tt.target, res.body, &got)
		if got.Together != tt.together || got.SameGroup != tt.group || got.Verdict != tt.verdict {
			t.Errorf("GET %s: together %q, same group %v, verdict %q; want %q, %v, %q", tt.target, got.Together, got.SameGroup, got.Verdict, tt.together, tt.group, tt.verdict)
		}
	}
}
