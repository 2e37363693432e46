package cluster_test

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/cluster"
	"github.com/warta-news/warta/dedup"
	"github.com/warta-news/warta/eval"
	"github.com/warta-news/warta/ingest"
	"github.com/warta-news/warta/pipeline"
)

// exampleEventFloor is under the events' B-cubed F1 on our examples
// (0.718: the undated articles, with no time to keep them apart, join
// an event of their storyline months away).
const exampleEventFloor = 0.70

// TestExamplesStorylines clusters our example articles and checks the
// storylines against examples/gold.json: two storylines, the English
// Kawiloka articles a04 and a08 in the Indonesian one.
func TestExamplesStorylines(t *testing.T) {
	raw, err := os.ReadFile("../examples/gold.json")
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Articles []struct{ Ref, Storyline, Event string }
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	want, wantEvent := make(map[string]string), make(map[string]string)
	for _, a := range gold.Articles {
		want[a.Ref] = a.Storyline
		wantEvent[a.Ref] = a.Event
	}

	files, errs := ingest.Expand([]string{"../examples/articles"})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	an := pipeline.NewAnalyzer(func() time.Time { return time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC) })
	var rd ingest.Reader
	var arts []*warta.Article
	for _, f := range files {
		err := rd.Read(context.Background(), f, func(d warta.Document) error {
			a, err := an.Analyze(d)
			if err != nil {
				return err
			}
			arts = append(arts, a)
			return nil
		}, func(err error) { t.Errorf("read: %v", err) })
		if err != nil {
			t.Fatal(err)
		}
	}
	stories := cluster.Build(arts, dedup.Groups(arts), cluster.Options{})

	refOf := func(a *warta.Article) string {
		if _, ok := want[a.ID]; ok {
			return a.ID
		}
		return a.URL
	}
	byID := make(map[string]*warta.Article)
	for _, a := range arts {
		byID[a.ID] = a
	}
	goldOf := make(map[string]string) // predicted storyline → gold storyline
	placed := 0
	events := make(map[string]string) // gold ref → predicted event
	for _, s := range stories {
		for _, ev := range s.Events {
			for _, id := range ev.Articles {
				events[refOf(byID[id])] = ev.ID
				g, ok := want[refOf(byID[id])]
				if !ok {
					t.Errorf("article %s is not in gold.json", id)
					continue
				}
				placed++
				if prev, ok := goldOf[s.ID]; ok && prev != g {
					t.Errorf("storyline %s mixes gold storylines %s and %s (article %s)", s.ID, prev, g, id)
				}
				goldOf[s.ID] = g
			}
		}
	}
	if placed != len(want) || len(stories) != 2 {
		t.Errorf("placed %d of %d articles in %d storylines, want all in 2", placed, len(want), len(stories))
	}
	// Storyline titles: short labels, no dateline in capitals.
	for _, s := range stories {
		if n := len([]rune(s.Title)); n == 0 || n > 80 || strings.Contains(s.Title, "SENDANGREJO") || strings.Contains(s.Title, "SUNGAI BARA") {
			t.Errorf("storyline %s title %q: want 1 to 80 characters and no dateline", s.ID, s.Title)
		}
		t.Logf("storyline %s: %s", s.ID, s.Title)
	}
	// Events against gold.json's events (docs/quality.md): a floor under
	// the measured score.
	p, r, f := eval.BCubed(events, wantEvent)
	t.Logf("events: B-cubed P %.3f R %.3f F1 %.3f", p, r, f)
	if f < exampleEventFloor {
		t.Errorf("events B-cubed F1 = %.3f, want at least %.2f", f, exampleEventFloor)
	}
}
