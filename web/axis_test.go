package web

import (
	"testing"

	"github.com/warta-news/warta"
)

func TestNewAxis(t *testing.T) {
	events := []warta.TimelineEvent{
		{Date: "1961", Kind: warta.KindBackground, IndependentSources: 3},
		{Date: "2024-06-18", Kind: warta.KindReported, IndependentSources: 1},
		{Date: "2024-06-19", Kind: warta.KindScheduled},
		{Date: "2024-10-08", Kind: warta.KindReported, IndependentSources: 1},
		{Kind: warta.KindReported}, // undated: no mark
	}
	a := newAxis(events)
	if a == nil || len(a.Marks) != 4 {
		t.Fatalf("newAxis = %+v, want 4 marks", a)
	}
	lane := map[string]int{}
	for _, l := range a.Lanes {
		lane[l.Kind] = l.Y
	}
	for i, m := range a.Marks {
		if m.Y != lane[events[i].Kind] {
			t.Errorf("mark %d (%s) at y %d, want its lane's %d", i, m.Kind, m.Y, lane[events[i].Kind])
		}
		if m.Anchor != entryAnchor(i) {
			t.Errorf("mark %d links to %q, want %q", i, m.Anchor, entryAnchor(i))
		}
		if m.X < 0 || m.X > a.Width || (i > 0 && m.X < a.Marks[i-1].X) {
			t.Errorf("mark %d at x %d, want in order within 0..%d", i, m.X, a.Width)
		}
	}
	if a.Marks[0].R <= a.Marks[1].R {
		t.Errorf("a mark with 3 independent sources (r %d) is not larger than one with 1 (r %d)", a.Marks[0].R, a.Marks[1].R)
	}
	// 63 years are shortened to one break; June to October (111 days)
	// is drawn as it is, and the two June days stay apart.
	if len(a.Breaks) != 1 || a.Breaks[0] <= a.Marks[0].X || a.Breaks[0] >= a.Marks[1].X {
		t.Errorf("breaks = %v, want one, between 1961 and June", a.Breaks)
	}
	if gap := a.Marks[2].X - a.Marks[1].X; gap < 2 {
		t.Errorf("18 and 19 June are %d units apart, want them distinguishable", gap)
	}
	if newAxis([]warta.TimelineEvent{{Kind: warta.KindReported}}) != nil {
		t.Errorf("an axis for undated entries only, want none")
	}
}
