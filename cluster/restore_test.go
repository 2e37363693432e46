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
		for _, ev := range x.events {
			if !ev.closed && ev.into < 0 {
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
	for _, ev := range x.events {
		if ev.closed && ev.terms.w != nil {
			t.Errorf("closed event %s keeps its centroid", ev.id)
		}
	}
	if a, ok := x.Lookup("a00"); !ok || a.Event != "e00" {
		t.Errorf("Lookup(a00) = %+v, %v after Compact, want e00", a, ok)
	}
}
