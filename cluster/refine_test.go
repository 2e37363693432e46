package cluster

import (
	"fmt"
	"testing"
)

// words returns n distinct made-up words with prefix p, from index from.
func words(p string, from, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s%02d", p, from+i)
	}
	return out
}

func cat(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// An article placed before its own event began is placed again by Refine
// once that event has grown, and the event it left keeps its other
// articles.
func TestRefineMovesEarlyArticle(t *testing.T) {
	day := "2025-06-18"
	flood := []Doc{
		{ID: "f1", Published: day, Terms: words("flood", 0, 30)},
		{ID: "f2", Published: day, Terms: words("flood", 2, 30)},
	}
	// Half flood words, half quake words: it joins the flood event, as
	// the quake event does not exist yet.
	mixed := Doc{ID: "m", Published: day, Terms: cat(words("flood", 0, 10), words("quake", 0, 16))}
	var quake []Doc
	for i := range 4 {
		quake = append(quake, Doc{ID: fmt.Sprintf("q%d", i), Published: day, Terms: cat(words("quake", 0, 16), words("quake", 16+i, 14))})
	}
	x := NewIndex(Options{})
	for _, d := range append(append(flood, mixed), quake...) {
		x.observe(d)
	}
	for _, d := range append(append(flood, mixed), quake...) {
		x.add(d)
	}
	before, _ := x.Lookup("m")
	f1, _ := x.Lookup("f1")
	q0, _ := x.Lookup("q0")
	if before.Event != f1.Event || q0.Event == f1.Event {
		t.Fatalf("online: m in %s, f1 in %s, q0 in %s; want m with f1 and q0 apart (the test's premise)", before.Event, f1.Event, q0.Event)
	}
	if got := x.Refine(); got != 1 {
		t.Errorf("Refine moved %d articles, want 1", got)
	}
	after, _ := x.Lookup("m")
	q0, _ = x.Lookup("q0")
	f2, _ := x.Lookup("f2")
	if after.Event != q0.Event {
		t.Errorf("after Refine m is in %s, want the quake event %s", after.Event, q0.Event)
	}
	if f2.Event != f1.Event {
		t.Errorf("after Refine f1 and f2 are apart: %s, %s", f1.Event, f2.Event)
	}
	// Every article is in exactly one event of the storylines.
	seen := make(map[string]int)
	for _, s := range x.Storylines() {
		for _, e := range s.Events {
			for _, id := range e.Articles {
				seen[id]++
			}
		}
	}
	if len(seen) != 7 {
		t.Errorf("storylines hold %d articles, want 7", len(seen))
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("%s is in %d events", id, n)
		}
	}
	if again := x.Refine(); again != 0 {
		t.Errorf("a second Refine moved %d articles, want 0", again)
	}
}

// Short articles (headlines) stay where the online pass put them when no
// settled event fits them.
func TestRefineLeavesShortArticles(t *testing.T) {
	x := NewIndex(Options{})
	for _, d := range []Doc{
		{ID: "a", Published: "2025-06-18", Terms: words("flood", 0, 6)},
		{ID: "b", Published: "2025-06-18", Terms: cat(words("flood", 0, 3), words("quake", 0, 4))},
		{ID: "c", Published: "2025-06-18", Terms: words("quake", 0, 6)},
		{ID: "d", Published: "2025-06-18", Terms: words("quake", 0, 6)},
	} {
		x.Add(d)
	}
	if got := x.Refine(); got != 0 {
		t.Errorf("Refine moved %d short articles, want 0", got)
	}
}

// A headline left in a small event moves to a settled event that fits
// it, and not to an event that is larger but not settled.
func TestRefineMovesHeadlineToSettledEvent(t *testing.T) {
	for _, tt := range []struct {
		size      int
		wantMoved int
	}{{settledEvent, 1}, {settledEvent / 2, 0}} {
		day := "2025-06-18"
		x := NewIndex(Options{})
		x.Add(Doc{ID: "a", Published: day, Terms: words("flood", 0, 6)})
		for i := range tt.size {
			x.Add(Doc{ID: fmt.Sprintf("q%02d", i), Published: day, Terms: cat(words("quake", 0, 3), words("quake", 3+i, 3))})
		}
		x.Add(Doc{ID: "h", Published: day, Terms: cat(words("quake", 0, 4), words("flood", 0, 1))})
		q, _ := x.Lookup("q00")
		h, _ := x.Lookup("h")
		a, _ := x.Lookup("a")
		if h.Event != q.Event || a.Event == q.Event {
			t.Fatalf("online: h in %s, q00 in %s, a in %s; want h with q00 and a apart (the test's premise)", h.Event, q.Event, a.Event)
		}
		// Put h where a single-pass decision could have left it: with a.
		from, to := x.docOf["h"], x.docOf["a"]
		x.move(from, len(x.events[from].members)-1, to)
		if got, _ := x.Lookup("h"); got.Event != a.Event {
			t.Fatalf("after the move h is in %s, want %s (the test's premise)", got.Event, a.Event)
		}
		if got := x.Refine(); got != tt.wantMoved {
			t.Errorf("next to an event of %d headlines Refine moved %d articles, want %d", tt.size, got, tt.wantMoved)
		}
		want := a.Event
		if tt.wantMoved > 0 {
			want = q.Event
		}
		if got, _ := x.Lookup("h"); got.Event != want {
			t.Errorf("next to an event of %d headlines h is in %s after Refine, want %s", tt.size, got.Event, want)
		}
		if got, _ := x.Lookup("a"); got.Event != a.Event {
			t.Errorf("after Refine a is in %s, want %s where it was", got.Event, a.Event)
		}
	}
}

// What Restore puts back (a stored decision, perhaps an analyst's) stays
// where it was put.
func TestRefineKeepsRestored(t *testing.T) {
	day := "2025-06-18"
	x := NewIndex(Options{})
	x.Restore(Doc{ID: "f1", Published: day, Terms: words("flood", 0, 30)}, Assignment{Event: "e-flood", Storyline: "s-flood"})
	x.Restore(Doc{ID: "m", Published: day, Terms: cat(words("flood", 0, 10), words("quake", 0, 16))}, Assignment{Event: "e-flood", Storyline: "s-flood"})
	for i := range 4 {
		x.Add(Doc{ID: fmt.Sprintf("q%d", i), Published: day, Terms: cat(words("quake", 0, 16), words("quake", 16+i, 14))})
	}
	if got := x.Refine(); got != 0 {
		t.Errorf("Refine moved %d restored articles, want 0", got)
	}
	if a, _ := x.Lookup("m"); a.Event != "e-flood" {
		t.Errorf("m is in %s after Refine, want e-flood where it was restored", a.Event)
	}
}
