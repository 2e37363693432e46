package web_test

import (
	"context"
	"encoding/json"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/pipeline"
	"github.com/warta-news/warta/web"
)

// TestStoryTimelineAxis checks the storyline page with the timeline stage
// building its timeline: an SVG time axis whose marks link to the
// entries, evidence links, and the article page highlighting the
// evidence it is sent to.
func TestStoryTimelineAxis(t *testing.T) {
	store := openStore(t)
	ts := newServer(t, &web.Server{Store: store,
		Timeline: func(ctx context.Context, storyID, query string) (*warta.Timeline, error) {
			return pipeline.Timeline(ctx, store, storyID, query)
		}})
	res := fetch(t, "GET", ts.URL, "/stories/st-korea")
	if res.status != 200 {
		t.Fatalf("GET /stories/st-korea: status %d", res.status)
	}
	page := string(res.body)
	for _, want := range []string{`<svg class="axis"`, `<a class="mark kind-reported" href="#entry-1">`,
		`id="entry-1"`, `id="entry-2"`, `What each article added`} {
		if !strings.Contains(page, want) {
			t.Errorf("storyline page lacks %q", want)
		}
	}
	m := regexp.MustCompile(`<a class="evidence" href="([^"]*kim-ultah[^"]*)"`).FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("storyline page has no evidence link into kim-ultah")
	}
	res = fetch(t, "GET", ts.URL, html.UnescapeString(m[1]))
	if res.status != 200 {
		t.Fatalf("GET %s: status %d", m[1], res.status)
	}
	if !strings.Contains(string(res.body), `<mark class="hl hl-evidence" id="evidence">`) {
		t.Errorf("article page from %s highlights no evidence", m[1])
	}
	// A malformed or out-of-range span highlights nothing and breaks nothing.
	for _, target := range []string{"/articles/kim-ultah?ev=5-2", "/articles/kim-ultah?ev=0-99999", "/articles/kim-ultah?ev=x"} {
		res := fetch(t, "GET", ts.URL, target)
		if res.status != 200 || strings.Contains(string(res.body), "hl-evidence") {
			t.Errorf("GET %s: status %d, evidence highlighted: %v; want 200 and none", target, res.status, strings.Contains(string(res.body), "hl-evidence"))
		}
	}
}

// TestAPITimelineFields checks that /api/timeline carries the timeline
// stage's fields beyond the contract's: precision, evidence with its date
// expression, and what each article added.
func TestAPITimelineFields(t *testing.T) {
	store := openStore(t)
	ts := newServer(t, &web.Server{Store: store,
		Timeline: func(ctx context.Context, storyID, query string) (*warta.Timeline, error) {
			return pipeline.Timeline(ctx, store, storyID, query)
		}})
	res := fetch(t, "GET", ts.URL, "/api/timeline?story=st-korea")
	if res.status != 200 {
		t.Fatalf("GET /api/timeline?story=st-korea: status %d: %s", res.status, res.body)
	}
	var tl warta.Timeline
	if err := json.Unmarshal(res.body, &tl); err != nil {
		t.Fatalf("decode: %v", err)
	}
	if len(tl.Events) == 0 || len(tl.New) != 2 {
		t.Fatalf("timeline = %d events, %d articles in new; want events and 2 articles", len(tl.Events), len(tl.New))
	}
	for _, ev := range tl.Events {
		if ev.Date != "" && ev.Precision == "" {
			t.Errorf("entry %s %q has no precision", ev.Date, ev.Title)
		}
		for _, e := range ev.Evidence {
			if e.DateEnd > 0 && (e.DateStart < e.Start || e.DateEnd > e.End) {
				t.Errorf("entry %s: evidence %+v has its date outside it", ev.Date, e)
			}
		}
	}
}
