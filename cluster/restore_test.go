package cluster

import (
	"fmt"
	"testing"
	"time"
)

// Restoring newest first keeps every event open until Compact closes the
// old ones.
func TestCompactAfterRestore(t *testing.T) {
	x := NewIndex(Options{})
	day := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	const days = 60
	for i := days - 1; i >= 0; i-- {
		d := Doc{ID: fmt.Sprintf("a%02d", i), Published: day.AddDate(0, 0, i).Format("2006-01-02"),
			Terms: words(fmt.Sprintf("topic%d", i), 0, 30)}
		x.Restore(d, Assignment{Event: fmt.Sprintf("e%02d", i), Storyline: "s"})
	}
	open := func() int {
		n := 0
		for _, sl := range x.evSlot {
			if !sl.closed && sl.into < 0 {
				n++
			}
		}
		return n
	}
	if got := open(); got != days {
		t.Fatalf("%d open events after restoring %d, want all", got, days)
	}
	x.Compact()
	if got, want := open(), x.opt.EventWindow+1; got != want {
		t.Errorf("%d open events after Compact, want %d (the event window and the newest day)", got, want)
	}
	for e, ev := range x.events {
		if x.evSlot[e].closed && ev.terms.w != nil {
			t.Errorf("closed event %s keeps its centroid", ev.id)
		}
	}
	if a, ok := x.Lookup("a00"); !ok || a.Event != "e00" {
		t.Errorf("Lookup(a00) = %+v, %v after Compact, want e00", a, ok)
	}
}

// RestoreClosed puts articles where they belong without centroids, keeps
// the stored title, and a new article cannot join the closed event.
func TestRestoreClosed(t *testing.T) {
	x := NewIndex(Options{})
	old := Doc{ID: "old1", Title: "Banjir lama", Published: "2023-01-05", Terms: words("flood", 0, 30), Names: []string{"Kampung Melayu"}}
	old2 := Doc{ID: "old2", Title: "Banjir lama lagi", Published: "2023-01-06", Terms: words("flood", 0, 30)}
	x.RestoreClosed(old, Assignment{Event: "e-old", Storyline: "s-old"}, "Banjir yang dulu")
	x.RestoreClosed(old2, Assignment{Event: "e-old", Storyline: "s-old"}, "Banjir yang dulu")
	for _, id := range []string{"old1", "old2"} {
		if a, ok := x.Lookup(id); !ok || a != (Assignment{Event: "e-old", Storyline: "s-old"}) {
			t.Errorf("Lookup(%s) = %+v, %v, want e-old in s-old", id, a, ok)
		}
	}
	e := x.eventOf["e-old"]
	ev := x.events[e]
	if !x.evSlot[e].closed || ev.terms.w != nil || len(ev.members) != 0 {
		t.Errorf("RestoreClosed event: closed %v, %d centroid terms, %d members; want closed and empty", x.evSlot[e].closed, len(ev.terms.w), len(ev.members))
	}
	// Same text, same day as the closed event: it starts its own event.
	a := x.Add(Doc{ID: "new", Published: "2023-01-06", Terms: words("flood", 0, 30)})
	if a.Event == "e-old" || a.Storyline == "s-old" {
		t.Errorf("Add joined the closed %+v", a)
	}
	stories := x.Storylines()
	var title string
	for _, st := range stories {
		for _, e := range st.Events {
			if e.ID == "e-old" {
				title = e.Title
				if len(e.Articles) != 2 {
					t.Errorf("closed event holds %v, want old1 and old2", e.Articles)
				}
			}
		}
	}
	if title != "Banjir yang dulu" {
		t.Errorf("closed event's title = %q, want the stored one", title)
	}
}
