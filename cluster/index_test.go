package cluster

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// docs is the test corpus as Docs in date order.
func docs() []Doc {
	var out []Doc
	for _, a := range corpus() {
		out = append(out, DocOf(a, ""))
	}
	return out
}

func TestDocOf(t *testing.T) {
	a := art("x", "id", "2025-01-10T08:00:00+07:00", "Banjir rendam Kampung Melayu", "Banjir merendam 300 rumah di Kampung Melayu.", "Kampung Melayu")
	d := DocOf(a, "g1")
	if d.ID != "x" || d.Group != "g1" || d.Published != a.Published || !reflect.DeepEqual(d.Names, []string{"Kampung Melayu"}) {
		t.Errorf("DocOf = %+v", d)
	}
	count := make(map[string]int)
	for _, term := range d.Terms {
		count[term]++
	}
	// "banjir": twice in the title's count, once in the body: 3; no numbers.
	if count["banjir"] != 3 || count["300"] != 0 {
		t.Errorf("DocOf terms = %v, want banjir three times and no numbers", count)
	}
	if day, ok := dayOf(d.Published); !ok || day != 20098 {
		t.Errorf("dayOf(%q) = %d, %v, want 20098", d.Published, day, ok)
	}
}

func TestIndexAdd(t *testing.T) {
	x := NewIndex(Options{})
	got := make(map[string]Assignment)
	for _, d := range docs() {
		got[d.ID] = x.Add(d)
	}
	tests := []struct {
		a, b         string
		event, story bool
	}{
		{"f1", "f1copy", true, true}, // the same text, the same day
		{"p1", "p2", false, true},    // two months apart, one storyline
		{"p1", "p3", false, true},    // seven months apart
		{"f1", "p3", false, false},   // a flood is not a port
		{"f2", "p1", false, false},
	}
	for _, tt := range tests {
		a, b := got[tt.a], got[tt.b]
		if (a.Event == b.Event) != tt.event || (a.Storyline == b.Storyline) != tt.story {
			t.Errorf("%s %+v and %s %+v: same event %v, same storyline %v; want %v, %v",
				tt.a, a, tt.b, b, a.Event == b.Event, a.Storyline == b.Storyline, tt.event, tt.story)
		}
	}
	// Adding an article again changes nothing.
	if again := x.Add(docs()[0]); again != got[docs()[0].ID] || x.Len() != len(got) {
		t.Errorf("Add again = %+v (len %d), want %+v (len %d)", again, x.Len(), got[docs()[0].ID], len(got))
	}
	// Ids come from the article that started the event or storyline.
	if a := got["p1"]; a.Event != stableID("e", "p1") || a.Storyline != stableID("s", "p1") {
		t.Errorf("p1 = %+v, want ids derived from p1", a)
	}
}

func TestIndexGroupJoinsEvent(t *testing.T) {
	x := NewIndex(Options{})
	a := x.Add(Doc{ID: "a", Published: "2025-01-10", Terms: []string{"banjir", "rendam", "kampung"}, Group: "g"})
	// Nothing in common but the report group.
	b := x.Add(Doc{ID: "b", Published: "2025-01-10", Terms: []string{"tender", "pelabuhan"}, Group: "g"})
	c := x.Add(Doc{ID: "c", Published: "2025-01-10", Terms: []string{"gempa", "cianjur"}})
	if a != b {
		t.Errorf("group members in %+v and %+v, want one event", a, b)
	}
	if c.Event == a.Event {
		t.Errorf("c, with words of neither, joined the group's event %s", c.Event)
	}
}

func TestIndexRestore(t *testing.T) {
	ds := docs()
	x := NewIndex(Options{})
	where := make(map[string]Assignment)
	for _, d := range ds[:len(ds)-1] {
		where[d.ID] = x.Add(d)
	}
	y := NewIndex(Options{})
	for _, d := range ds[:len(ds)-1] {
		y.Restore(d, where[d.ID])
	}
	if a, b := x.Storylines(), y.Storylines(); !reflect.DeepEqual(a, b) {
		t.Errorf("restored storylines differ:\n%+v\n%+v", a, b)
	}
	last := ds[len(ds)-1]
	if a, b := x.Add(last), y.Add(last); a != b {
		t.Errorf("after restore, %s went to %+v, want %+v as in the original index", last.ID, b, a)
	}
	// Restore honours what it is told, even against the evidence.
	z := NewIndex(Options{})
	z.Restore(ds[0], Assignment{Event: "e-mine", Storyline: "s-mine"})
	z.Restore(ds[4], Assignment{Event: "e-mine", Storyline: "s-mine"})
	if a, _ := z.Lookup(ds[4].ID); a != (Assignment{Event: "e-mine", Storyline: "s-mine"}) {
		t.Errorf("Restore put %s in %+v, want e-mine/s-mine", ds[4].ID, a)
	}
}

func TestIndexWindowCloses(t *testing.T) {
	x := NewIndex(Options{})
	first := Doc{ID: "first", Published: "2025-01-01", Terms: []string{"gempa", "cianjur", "rusak", "rumah"}, Names: []string{"Cianjur"}}
	a := x.Add(first)
	// Filler on other matters, a few hundred a day, so that the index
	// compacts and the first event falls out of the event window.
	for i := range compactEvery + 10 {
		day := 1 + i/200
		x.Add(Doc{ID: fmt.Sprintf("n%d", i), Published: fmt.Sprintf("2025-01-%02d", min(day, 28)),
			Terms: []string{fmt.Sprintf("topik%d", i%97), fmt.Sprintf("kata%d", i%89), "laporan"}})
	}
	if e := x.eventOf[a.Event]; !x.evSlot[e].closed || x.events[e].terms.w != nil {
		t.Errorf("the first event is open (closed %v) or keeps its centroid after the window", x.evSlot[e].closed)
	}
	later := first
	later.ID, later.Published = "later", "2025-01-28"
	b := x.Add(later)
	if b.Event == a.Event {
		t.Errorf("an article 27 days later joined the closed event %s", a.Event)
	}
	if b.Storyline != a.Storyline {
		t.Errorf("the same words 27 days later started storyline %s, want %s", b.Storyline, a.Storyline)
	}
}

func TestByLength(t *testing.T) {
	mk := func(n int) features {
		f := features{}
		for i := range n {
			f.terms.ids = append(f.terms.ids, int32(i))
		}
		return f
	}
	tests := []struct {
		terms       int
		short, long float64
		want        float64
	}{
		{3, 0.1, 0.3, 0.1},
		{shortTerms, 0.1, 0.3, 0.1},
		{(shortTerms + longTerms) / 2, 0.1, 0.3, 0.2},
		{longTerms, 0.1, 0.3, 0.3},
		{500, 0.1, 0.3, 0.3},
		{3, 0, 0.3, 0.3},
	}
	for _, tt := range tests {
		if got := byLength(mk(tt.terms), tt.short, tt.long); got < tt.want-1e-9 || got > tt.want+1e-9 {
			t.Errorf("byLength(%d terms, %v, %v) = %v, want %v", tt.terms, tt.short, tt.long, got, tt.want)
		}
	}
}

func TestExplain(t *testing.T) {
	ds := docs()
	x := NewIndex(Options{})
	for _, d := range ds {
		x.Add(d)
	}
	ex := Explain(ds[0], ds[1], x) // f1, f2: one flood, a day apart
	if ex.DaysApart == nil || *ex.DaysApart != 1 || len(ex.SharedNames) == 0 || len(ex.SharedTerms) == 0 {
		t.Errorf("Explain(f1, f2) = %+v, want one day apart with shared names and terms", ex)
	}
	if ex.SharedTerms[0].Weight <= 0 || ex.TermSim <= 0 || ex.Verdict == "unrelated" {
		t.Errorf("Explain(f1, f2): weights %v, cosine %v, verdict %q", ex.SharedTerms, ex.TermSim, ex.Verdict)
	}
	un := Explain(ds[0], ds[4], x) // a flood and a port tender
	if un.Verdict != "unrelated" || un.Together != "no" || len(un.SharedNames) != 0 {
		t.Errorf("Explain(f1, p1) = verdict %q, together %q, names %v; want unrelated, no, none", un.Verdict, un.Together, un.SharedNames)
	}
	if alone := Explain(ds[0], ds[1], nil); alone.Together != "" || alone.TermSim <= 0 {
		t.Errorf("Explain without an index = %+v", alone)
	}
}

// A headline that matches two settled events does not merge them unless
// their centroids are alike as EventMerge asks; two young events it
// matches merge at ShortEventMerge.
func TestSettledEventsMergeAtEventMerge(t *testing.T) {
	for _, tt := range []struct {
		size      int
		wantMerge bool
	}{{settledEvent, false}, {settledEvent / 2, true}} {
		day := "2025-06-18"
		x := NewIndex(Options{})
		for i := range tt.size {
			x.Add(Doc{ID: fmt.Sprintf("a%02d", i), Published: day, Terms: cat(words("gas", 0, 5), words("petrol", 0, 4), words(fmt.Sprintf("pu%02d", i), 0, 10))})
		}
		for i := range tt.size {
			x.Add(Doc{ID: fmt.Sprintf("b%02d", i), Published: day, Terms: cat(words("gas", 0, 5), words("pipe", 0, 4), words(fmt.Sprintf("bu%02d", i), 0, 10))})
		}
		a, b := x.ev(x.docOf["a00"]), x.ev(x.docOf["b00"])
		if n := len(x.events[a].articles); a == b || n != tt.size {
			t.Fatalf("size %d: before the headline a00 and b00 are in events %d and %d (%d articles); want two events of %d (the test's premise)", tt.size, a, b, n, tt.size)
		}
		if sim := x.eventMergeSim(a, b); sim < x.opt.ShortEventMerge || sim >= x.opt.EventMerge {
			t.Fatalf("size %d: the events' similarity is %.3f, want it in [%.2f, %.2f) (the test's premise)", tt.size, sim, x.opt.ShortEventMerge, x.opt.EventMerge)
		}
		x.Add(Doc{ID: "h", Published: day, Terms: cat(words("gas", 0, 5), words("petrol", 0, 1), words("pipe", 0, 1))})
		ga, _ := x.Lookup("a00")
		gb, _ := x.Lookup("b00")
		if merged := ga.Event == gb.Event; merged != tt.wantMerge {
			t.Errorf("events of %d articles each: merged by a headline = %v, want %v", tt.size, merged, tt.wantMerge)
		}
	}
}

// TestTopCandidates checks the selection against sorting every candidate,
// ties included.
func TestTopCandidates(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 200 {
		scores := make(map[int32]float32)
		var cs []int32
		for range n {
			c := int32(rng.IntN(1000))
			if _, dup := scores[c]; dup {
				continue
			}
			scores[c] = float32(rng.IntN(8)) // few values: many ties
			cs = append(cs, c)
		}
		want := slices.Clone(cs)
		slices.SortFunc(want, func(a, b int32) int {
			if scores[a] != scores[b] {
				if scores[a] > scores[b] {
					return -1
				}
				return 1
			}
			return int(a - b)
		})
		want = want[:min(len(want), maxCandidates)]
		got := topCandidates(cs, func(c int32) float32 { return scores[c] })
		slices.Sort(want)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Fatalf("n=%d: got %v, want %v", n, got, want)
		}
	}
}
