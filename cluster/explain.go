package cluster

import (
	"math"
	"slices"
	"sort"

	"github.com/warta-news/warta"
)

// Explanation says why two articles are, or are not, together: the
// evidence of the pair (shared terms, names and dates, the gap between
// their publication days, their similarity against the thresholds) and,
// when the index holds them, where they were put. Articles join an event
// through its centroid, not pair by pair, so the pair's similarity is
// evidence, not the decision itself.
type Explanation struct {
	A string `json:"a"`
	B string `json:"b"`

	SameGroup   bool         `json:"same_group"`           // one report (copies or rewrites): always one event
	SharedTerms []SharedTerm `json:"shared_terms"`         // the shared stems that weigh most in the cosine
	SharedNames []string     `json:"shared_names"`         // names of a that b names too ("Gunung Kawiloka = Mount Kawiloka")
	SharedDates []string     `json:"shared_dates"`         // days both mention
	DaysApart   *int         `json:"days_apart,omitempty"` // between publication days; absent when either is undated
	TermSim     float64      `json:"term_similarity"`      // TF-IDF cosine over stems
	NameSim     float64      `json:"name_similarity"`      // TF-IDF cosine over the words of names
	EventSim    float64      `json:"event_similarity"`     // blended, with date bonus and event time decay
	EventThresh float64      `json:"event_threshold"`      // for b's length
	StorySim    float64      `json:"storyline_similarity"` // blended, with storyline time decay
	StoryThresh float64      `json:"storyline_threshold"`
	Verdict     string       `json:"verdict"`           // what the pair alone says: same report, same event, same storyline, unrelated
	EventA      string       `json:"event_a,omitempty"` // where the index put a
	EventB      string       `json:"event_b,omitempty"`
	StorylineA  string       `json:"storyline_a,omitempty"`
	StorylineB  string       `json:"storyline_b,omitempty"`
	Together    string       `json:"together,omitempty"` // "event", "storyline" or "no", when the index holds both
	Note        string       `json:"note,omitempty"`
}

// SharedTerm is a stem both articles use and its share of their cosine.
type SharedTerm struct {
	Term   string  `json:"term"`
	Weight float64 `json:"weight"`
}

// maxShared bounds the shared terms an Explanation lists.
const maxShared = 12

// Explain says why a and b are, or are not, together. Term statistics
// and options come from x (an index holding the corpus, or at least the
// two articles); a nil x means a fresh index over a and b alone.
func Explain(a, b Doc, x *Index) Explanation {
	if x == nil {
		x = NewIndex(Options{})
		x.observe(a)
		x.observe(b)
	}
	fa, fb := x.featuresOf(a), x.featuresOf(b)
	ex := Explanation{A: a.ID, B: b.ID, SameGroup: a.Group != "" && a.Group == b.Group}
	ex.TermSim = dot(fa.terms, fb.terms)
	ex.NameSim = dot(fa.names, fb.names)
	ex.SharedTerms = sharedTerms(x, a.Terms, b.Terms, fa.terms, fb.terms)
	ex.SharedNames = sharedNames(a.Names, b.Names)
	ex.SharedDates = sharedDates(a.Dates, b.Dates)
	// Empty lists, not null, in JSON.
	if ex.SharedTerms == nil {
		ex.SharedTerms = []SharedTerm{}
	}
	if ex.SharedNames == nil {
		ex.SharedNames = []string{}
	}
	if ex.SharedDates == nil {
		ex.SharedDates = []string{}
	}

	var gapDays int32
	if fa.dated && fb.dated {
		gapDays = fa.day - fb.day
		if gapDays < 0 {
			gapDays = -gapDays
		}
		g := int(gapDays)
		ex.DaysApart = &g
	}
	hasNames := len(fa.names.ids) > 0 && len(fb.names.ids) > 0
	ex.EventSim = similarity(ex.TermSim, ex.NameSim, hasNames, x.nameWeight(fb), len(ex.SharedDates) > 0, x.opt.DateWeight, gapDays, x.opt.EventHalfLife)
	ex.EventThresh = x.eventThreshold(fb)
	ex.StorySim = similarity(ex.TermSim, ex.NameSim, hasNames, x.opt.StoryNameWeight, len(ex.SharedDates) > 0, x.opt.DateWeight, gapDays, x.opt.StoryHalfLife)
	ex.StoryThresh = x.opt.StoryThreshold
	eventWindow := ex.DaysApart == nil || *ex.DaysApart <= x.opt.EventWindow
	storyWindow := ex.DaysApart == nil || *ex.DaysApart <= x.opt.StoryWindow
	switch {
	case ex.SameGroup:
		ex.Verdict = "same report"
	case ex.EventSim >= ex.EventThresh && eventWindow:
		ex.Verdict = "same event"
	case ex.StorySim >= ex.StoryThresh && storyWindow:
		ex.Verdict = "same storyline"
	default:
		ex.Verdict = "unrelated"
	}
	aa, okA := x.Lookup(a.ID)
	ab, okB := x.Lookup(b.ID)
	if okA {
		ex.EventA, ex.StorylineA = aa.Event, aa.Storyline
	}
	if okB {
		ex.EventB, ex.StorylineB = ab.Event, ab.Storyline
	}
	if okA && okB {
		switch {
		case aa.Event == ab.Event:
			ex.Together = "event"
		case aa.Storyline == ab.Storyline:
			ex.Together = "storyline"
		default:
			ex.Together = "no"
		}
		ex.Note = "articles join events and storylines by their similarity to the whole event or storyline (its centroid), so the pair's own similarity is evidence, not the decision"
	}
	return ex
}

// dot returns the dot product of two sorted sparse vectors.
func dot(a, b vector) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a.ids) && j < len(b.ids) {
		switch {
		case a.ids[i] < b.ids[j]:
			i++
		case a.ids[i] > b.ids[j]:
			j++
		default:
			s += float64(a.weights[i]) * float64(b.weights[j])
			i++
			j++
		}
	}
	return s
}

func sharedTerms(x *Index, ta, tb []string, va, vb vector) []SharedTerm {
	weight := func(v vector, id int32) float64 {
		if k, ok := slices.BinarySearch(v.ids, id); ok {
			return float64(v.weights[k])
		}
		return 0
	}
	seen := make(map[string]bool)
	var out []SharedTerm
	for _, t := range ta {
		if seen[t] {
			continue
		}
		seen[t] = true
		id, ok := x.terms.ids[t]
		if !ok {
			continue
		}
		if w := weight(va, id) * weight(vb, id); w > 0 {
			out = append(out, SharedTerm{Term: t, Weight: math.Round(w*10000) / 10000})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Weight != out[j].Weight {
			return out[i].Weight > out[j].Weight
		}
		return out[i].Term < out[j].Term
	})
	if len(out) > maxShared {
		out = out[:maxShared]
	}
	return out
}

// sharedNames returns each name of a that shares a telling word with a
// name of b, with b's names when they are spelled otherwise.
func sharedNames(a, b []string) []string {
	var out []string
	for _, na := range a {
		ta := nameTokens(na)
		var match []string
		for _, nb := range b {
			for _, t := range nameTokens(nb) {
				if slices.Contains(ta, t) {
					match = append(match, nb)
					break
				}
			}
		}
		if len(match) == 0 {
			continue
		}
		s := na
		for _, m := range match {
			if m != na {
				s += " = " + m
			}
		}
		out = append(out, s)
	}
	return out
}

func sharedDates(a, b []string) []string {
	var out []string
	for _, d := range a {
		if slices.Contains(b, d) && !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	return out
}

// ExplainStored explains articles a and b of a stored corpus: articles,
// their report groups and the storylines the store holds. The index is
// rebuilt from the stored assignments (Restore), so the explanation says
// where they are and weighs terms by the whole corpus.
func ExplainStored(a, b string, articles []*warta.Article, groups []warta.ReportGroup, stories []warta.Storyline, opt Options) (Explanation, error) {
	docs := Docs(articles, groups)
	var da, db *Doc
	for i := range docs {
		switch docs[i].ID {
		case a:
			da = &docs[i]
		case b:
			db = &docs[i]
		}
	}
	for _, m := range []struct {
		id string
		d  *Doc
	}{{a, da}, {b, db}} {
		if m.d == nil {
			return Explanation{}, warta.Errorf(warta.ErrNotFound, "article %q not found", m.id)
		}
	}
	where := make(map[string]Assignment)
	for _, s := range stories {
		for _, ev := range s.Events {
			for _, id := range ev.Articles {
				where[id] = Assignment{Event: ev.ID, Storyline: s.ID}
			}
		}
	}
	x := NewIndex(opt)
	for _, d := range docs {
		if w, ok := where[d.ID]; ok {
			x.Restore(d, w)
		} else {
			x.observe(d)
		}
	}
	return Explain(*da, *db, x), nil
}
