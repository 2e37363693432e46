package pipeline

import (
	"reflect"
	"strings"
	"testing"

	"github.com/warta-news/warta"
)

// shape is a clustering written compactly: storylines separated by " | ",
// events by " / ", articles by ",". Each article's date is its name's
// digits, as in info below.
func shape(stories []warta.Storyline) string {
	var ss []string
	for _, st := range stories {
		var es []string
		for _, ev := range st.Events {
			es = append(es, strings.Join(ev.Articles, ","))
		}
		ss = append(ss, strings.Join(es, " / "))
	}
	return strings.Join(ss, " | ")
}

// parseShape is the inverse of shape, with ids, dates and titles made as
// the clustering makes them.
func parseShape(s string) []warta.Storyline {
	var stories []warta.Storyline
	for _, part := range strings.Split(s, " | ") {
		var st warta.Storyline
		for _, e := range strings.Split(part, " / ") {
			ids := strings.Split(e, ",")
			st.Events = append(st.Events, warta.Event{ID: stableID("e", ids[0]), Articles: ids,
				Date: info(ids[0]).Published, Title: info(ids[0]).Title})
		}
		st.ID = stableID("s", st.Events[0].Articles[0])
		st.Start, st.End = st.Events[0].Date, st.Events[len(st.Events)-1].Date
		for k := range st.Events {
			st.Events[k].StorylineID = st.ID
		}
		st.Title = "story " + st.Events[0].Articles[0]
		stories = append(stories, st)
	}
	return stories
}

// info dates article "aN" on day N of January 2024 and titles it "tN".
func info(id string) warta.ArticleSummary {
	return warta.ArticleSummary{ID: id, Title: "t" + id[1:], Published: "2024-01-0" + id[1:]}
}

func TestApplyCorrections(t *testing.T) {
	merge := func(level, a, b string) warta.Correction {
		return warta.Correction{Op: warta.CorrectionMerge, Level: level, Subject: a, Object: b}
	}
	split := func(level, a string) warta.Correction {
		return warta.Correction{Op: warta.CorrectionSplit, Level: level, Subject: a}
	}
	ev, st := warta.LevelEvent, warta.LevelStoryline
	tests := []struct {
		name        string
		in          string
		corrections []warta.Correction
		want        string
	}{
		{"none", "a1,a2 / a3 | a4", nil, "a1,a2 / a3 | a4"},
		{"merge events in one storyline", "a1 / a2 / a3", []warta.Correction{merge(ev, "a1", "a3")}, "a1,a3 / a2"},
		{"merge events across storylines", "a1 / a2 | a3", []warta.Correction{merge(ev, "a3", "a2")}, "a1 / a2,a3"},
		{"merge storylines", "a1 | a2 / a3 | a4", []warta.Correction{merge(st, "a3", "a1")}, "a1 / a2 / a3 | a4"},
		{"split an article", "a1,a2,a3 | a4", []warta.Correction{split(ev, "a2")}, "a1,a3 / a2 | a4"},
		{"split an event off its storyline", "a1 / a2 / a3", []warta.Correction{split(st, "a2")}, "a1 / a3 | a2"},
		{"split a lone article is nothing", "a1 / a2", []warta.Correction{split(ev, "a1")}, "a1 / a2"},
		{"split a lone event is nothing", "a1 | a2", []warta.Correction{split(st, "a2")}, "a1 | a2"},
		{"unknown articles are skipped", "a1 | a2", []warta.Correction{merge(ev, "a1", "a9"), split(ev, "a8")}, "a1 | a2"},
		{"later corrections win", "a1 / a2 | a3", []warta.Correction{merge(ev, "a1", "a3"), split(ev, "a3")}, "a1 / a2 / a3"},
		{"split then merge", "a1,a2 | a3", []warta.Correction{split(ev, "a2"), merge(st, "a2", "a3")}, "a1 / a2 / a3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := parseShape(tt.in)
			before := shape(in)
			got := ApplyCorrections(in, tt.corrections, info)
			if shape(got) != tt.want {
				t.Errorf("ApplyCorrections(%q, %v) = %q, want %q", tt.in, tt.corrections, shape(got), tt.want)
			}
			if shape(in) != before {
				t.Errorf("ApplyCorrections changed its input to %q", shape(in))
			}
			// Ids, dates and titles are those a clustering into the
			// corrected shape gives.
			for _, s := range got {
				if first := s.Events[0].Articles[0]; s.ID != stableID("s", minArticle(s)) {
					t.Errorf("storyline %q (first article %s): id not from its first article", s.ID, first)
				}
				for _, e := range s.Events {
					if e.ID != stableID("e", e.Articles[0]) || e.Date != info(e.Articles[0]).Published || e.Title != info(e.Articles[0]).Title {
						t.Errorf("event %+v: id, date or title not from its first article", e)
					}
					if e.StorylineID != s.ID {
						t.Errorf("event %s: StorylineID %q, want %q", e.ID, e.StorylineID, s.ID)
					}
				}
				if s.Start != s.Events[0].Date || s.End != s.Events[len(s.Events)-1].Date {
					t.Errorf("storyline %s: %s … %s, want the dates of its first and last events", s.ID, s.Start, s.End)
				}
			}
		})
	}
}

func minArticle(s warta.Storyline) string {
	m := s.Events[0].Articles[0]
	for _, e := range s.Events {
		m = min(m, e.Articles[0])
	}
	return m
}

func TestResolve(t *testing.T) {
	stories := parseShape("a1,a2 / a3 | a4")
	e1, e3, e4 := stories[0].Events[0].ID, stories[0].Events[1].ID, stories[1].Events[0].ID
	s1, s4 := stories[0].ID, stories[1].ID
	tests := []struct {
		req  CorrectionRequest
		want warta.Correction
		kind string
	}{
		{CorrectionRequest{Op: "merge", IDs: []string{e3, e4}}, warta.Correction{Op: "merge", Level: "event", Subject: "a3", Object: "a4"}, ""},
		{CorrectionRequest{Op: "merge", IDs: []string{s4, s1}}, warta.Correction{Op: "merge", Level: "storyline", Subject: "a4", Object: "a1"}, ""},
		{CorrectionRequest{Op: "split", IDs: []string{"a2"}}, warta.Correction{Op: "split", Level: "event", Subject: "a2"}, ""},
		{CorrectionRequest{Op: "split", IDs: []string{e3}, Story: true}, warta.Correction{Op: "split", Level: "storyline", Subject: "a3"}, ""},
		{CorrectionRequest{Op: "merge", IDs: []string{e1, s4}}, warta.Correction{}, warta.ErrInvalid},
		{CorrectionRequest{Op: "merge", IDs: []string{e1, e1}}, warta.Correction{}, warta.ErrInvalid},
		{CorrectionRequest{Op: "merge", IDs: []string{e1}}, warta.Correction{}, warta.ErrInvalid},
		{CorrectionRequest{Op: "merge", IDs: []string{e1, "e-nothing"}}, warta.Correction{}, warta.ErrNotFound},
		{CorrectionRequest{Op: "split", IDs: []string{"a9"}}, warta.Correction{}, warta.ErrNotFound},
		{CorrectionRequest{Op: "split", IDs: []string{"a1"}, Story: true}, warta.Correction{}, warta.ErrNotFound},
		{CorrectionRequest{Op: "join", IDs: []string{e1, e3}}, warta.Correction{}, warta.ErrInvalid},
	}
	for _, tt := range tests {
		got, err := Resolve(stories, tt.req)
		if kind := warta.ErrorKind(err); kind != tt.kind || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Resolve(%+v) = %+v, %v (kind %q), want %+v, kind %q", tt.req, got, err, kind, tt.want, tt.kind)
		}
		if err == nil && got.Validate() != nil {
			t.Errorf("Resolve(%+v) = %+v, which is not valid: %v", tt.req, got, got.Validate())
		}
	}
}
