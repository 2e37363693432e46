package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"

	"github.com/warta-news/warta"
)

// CorrectionRequest is an analyst's correction as the command line and the
// API take it, in terms of the ids they show: Op "merge" with two event ids
// or two storyline ids; Op "split" with one article id (the article leaves
// its event), or, with Story set, one event id (the event leaves its
// storyline).
type CorrectionRequest struct {
	Op    string   `json:"op"`
	IDs   []string `json:"ids"`
	Story bool     `json:"story,omitempty"`
}

// Resolve turns req into a correction over articles, reading the ids
// against stories, the current clustering: an event stands for its first
// article, a storyline for the first article of its first event. It
// returns an Invalid error when the ids do not fit the operation, and a
// NotFound error when one names nothing.
func Resolve(stories []warta.Storyline, req CorrectionRequest) (warta.Correction, error) {
	eventOf := make(map[string]*warta.Event)
	storyOf := make(map[string]*warta.Storyline)
	inEvent := make(map[string]bool)
	for i := range stories {
		storyOf[stories[i].ID] = &stories[i]
		for j := range stories[i].Events {
			ev := &stories[i].Events[j]
			eventOf[ev.ID] = ev
			for _, a := range ev.Articles {
				inEvent[a] = true
			}
		}
	}
	first := func(id string) (article, level string, err error) {
		if ev := eventOf[id]; ev != nil && len(ev.Articles) > 0 {
			return ev.Articles[0], warta.LevelEvent, nil
		}
		if st := storyOf[id]; st != nil && len(st.Events) > 0 && len(st.Events[0].Articles) > 0 {
			return st.Events[0].Articles[0], warta.LevelStoryline, nil
		}
		return "", "", warta.Errorf(warta.ErrNotFound, "%q is not an event or a storyline", id)
	}
	switch req.Op {
	case warta.CorrectionMerge:
		if len(req.IDs) != 2 || req.Story {
			return warta.Correction{}, warta.Errorf(warta.ErrInvalid, "merge takes two event ids or two storyline ids")
		}
		a, la, err := first(req.IDs[0])
		if err != nil {
			return warta.Correction{}, fmt.Errorf("merge: %w", err)
		}
		b, lb, err := first(req.IDs[1])
		if err != nil {
			return warta.Correction{}, fmt.Errorf("merge: %w", err)
		}
		if la != lb {
			return warta.Correction{}, warta.Errorf(warta.ErrInvalid, "merge: %q is a%s %s and %q a %s: merge two of a kind",
				req.IDs[0], map[bool]string{true: "n"}[la == warta.LevelEvent], la, req.IDs[1], lb)
		}
		if a == b {
			return warta.Correction{}, warta.Errorf(warta.ErrInvalid, "merge: %q and %q are the same %s", req.IDs[0], req.IDs[1], la)
		}
		return warta.Correction{Op: warta.CorrectionMerge, Level: la, Subject: a, Object: b}, nil
	case warta.CorrectionSplit:
		if len(req.IDs) != 1 {
			return warta.Correction{}, warta.Errorf(warta.ErrInvalid, "split takes one id: an article, or with --story an event")
		}
		if req.Story {
			ev := eventOf[req.IDs[0]]
			if ev == nil || len(ev.Articles) == 0 {
				return warta.Correction{}, warta.Errorf(warta.ErrNotFound, "split: %q is not an event", req.IDs[0])
			}
			return warta.Correction{Op: warta.CorrectionSplit, Level: warta.LevelStoryline, Subject: ev.Articles[0]}, nil
		}
		if !inEvent[req.IDs[0]] {
			return warta.Correction{}, warta.Errorf(warta.ErrNotFound, "split: %q is not an article of any event", req.IDs[0])
		}
		return warta.Correction{Op: warta.CorrectionSplit, Level: warta.LevelEvent, Subject: req.IDs[0]}, nil
	}
	return warta.Correction{}, warta.Errorf(warta.ErrInvalid, "unknown correction %q: want merge or split", req.Op)
}

// Correct resolves req against the stored storylines, stores the
// correction and re-runs the corpus stages so that it shows at once.
func Correct(ctx context.Context, store warta.Store, an *Analyzer, req CorrectionRequest) (warta.Correction, error) {
	stories, err := store.Storylines(ctx)
	if err != nil {
		return warta.Correction{}, fmt.Errorf("correct: load storylines: %w", err)
	}
	c, err := Resolve(stories, req)
	if err != nil {
		return warta.Correction{}, err
	}
	if c, err = store.AddCorrection(ctx, c); err != nil {
		return warta.Correction{}, fmt.Errorf("correct: %w", err)
	}
	if err := Corpus(ctx, store, an); err != nil {
		return c, fmt.Errorf("correct: %w", err)
	}
	return c, nil
}

// Undo deletes the correction with id and re-runs the corpus stages
// without it, clustering anew: the stored events have it applied.
func Undo(ctx context.Context, store warta.Store, an *Analyzer, id int64) error {
	if err := store.DeleteCorrection(ctx, id); err != nil {
		return fmt.Errorf("undo: %w", err)
	}
	if err := Recluster(ctx, store, an); err != nil {
		return fmt.Errorf("undo: %w", err)
	}
	return nil
}

// ApplyCorrections returns stories with corrections applied in order (see
// warta.Correction). A correction that names an article in no event is
// skipped: its articles may come back in a later ingest. info describes an
// article by id; it gives the date and title of an event that a
// correction changes, which are those of its earliest dated article (its
// first article when none is dated), as the clustering gives them. An
// event's id comes from its first article ("e-" and a hash), a
// storyline's from its first article ("s-" and a hash), and a storyline
// that a merge enlarges keeps the title of the larger part. Events keep
// date order within a storyline and storylines are ordered by start date,
// then id. stories is not modified.
func ApplyCorrections(stories []warta.Storyline, corrections []warta.Correction, info func(id string) warta.ArticleSummary) []warta.Storyline {
	if len(corrections) == 0 {
		return stories
	}
	var all []*corrStory
	eventOf := make(map[string]*corrEvent)
	for _, st := range stories {
		s := &corrStory{st: st}
		s.st.Events = nil
		for _, ev := range st.Events {
			e := &corrEvent{ev: ev, story: s}
			e.ev.Articles = append([]string(nil), ev.Articles...)
			s.events = append(s.events, e)
			for _, a := range ev.Articles {
				eventOf[a] = e
			}
		}
		all = append(all, s)
	}
	remove := func(s *corrStory, e *corrEvent) {
		for i, x := range s.events {
			if x == e {
				s.events = append(s.events[:i], s.events[i+1:]...)
				break
			}
		}
		s.changed = true
	}
	moveAll := func(into, from *corrStory) {
		if into == from {
			return
		}
		if from.articles() > into.articles() {
			into.st.Title = from.st.Title
		}
		for _, e := range from.events {
			e.story = into
			into.events = append(into.events, e)
		}
		from.events = nil
		into.changed = true
	}
	for _, c := range corrections {
		subj := eventOf[c.Subject]
		if subj == nil {
			continue
		}
		switch {
		case c.Op == warta.CorrectionMerge && c.Level == warta.LevelEvent:
			obj := eventOf[c.Object]
			if obj == nil || obj == subj {
				continue
			}
			moveAll(subj.story, obj.story)
			remove(obj.story, obj)
			subj.ev.Articles = append(subj.ev.Articles, obj.ev.Articles...)
			for _, a := range obj.ev.Articles {
				eventOf[a] = subj
			}
			subj.changed = true
		case c.Op == warta.CorrectionMerge && c.Level == warta.LevelStoryline:
			obj := eventOf[c.Object]
			if obj == nil {
				continue
			}
			moveAll(subj.story, obj.story)
		case c.Op == warta.CorrectionSplit && c.Level == warta.LevelEvent:
			if len(subj.ev.Articles) < 2 {
				continue
			}
			for i, a := range subj.ev.Articles {
				if a == c.Subject {
					subj.ev.Articles = append(subj.ev.Articles[:i:i], subj.ev.Articles[i+1:]...)
					break
				}
			}
			subj.changed = true
			e := &corrEvent{ev: warta.Event{Articles: []string{c.Subject}}, story: subj.story, changed: true}
			subj.story.events = append(subj.story.events, e)
			subj.story.changed = true
			eventOf[c.Subject] = e
		case c.Op == warta.CorrectionSplit && c.Level == warta.LevelStoryline:
			if len(subj.story.events) < 2 {
				continue
			}
			remove(subj.story, subj)
			s := &corrStory{st: warta.Storyline{Title: subj.ev.Title}, changed: true}
			subj.story = s
			s.events = []*corrEvent{subj}
			all = append(all, s)
		}
	}

	out := make([]warta.Storyline, 0, len(all))
	for _, s := range all {
		if len(s.events) == 0 {
			continue
		}
		st := s.st
		st.Events = make([]warta.Event, 0, len(s.events))
		for _, e := range s.events {
			if e.changed {
				sort.Strings(e.ev.Articles)
				e.ev.ID = stableID("e", e.ev.Articles[0])
				lead := info(e.ev.Articles[0])
				e.ev.Date = ""
				for _, id := range e.ev.Articles {
					if a := info(id); a.Published != "" && (e.ev.Date == "" || a.Published < e.ev.Date) {
						e.ev.Date, lead = a.Published, a
					}
				}
				e.ev.Title = lead.Title
				s.changed = true
			}
			st.Events = append(st.Events, e.ev)
		}
		if s.changed {
			sort.Slice(st.Events, func(i, j int) bool { return eventLess(st.Events[i], st.Events[j]) })
			first := st.Events[0].Articles[0]
			for _, ev := range st.Events {
				if ev.Articles[0] < first {
					first = ev.Articles[0]
				}
			}
			st.ID = stableID("s", first)
			st.Start, st.End = "", ""
			for _, ev := range st.Events {
				if ev.Date == "" {
					continue
				}
				if st.Start == "" || ev.Date < st.Start {
					st.Start = ev.Date
				}
				st.End = max(st.End, ev.Date)
			}
			if st.Title == "" {
				st.Title = st.Events[0].Title
			}
		}
		for k := range st.Events {
			st.Events[k].StorylineID = st.ID
		}
		out = append(out, st)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// corrEvent and corrStory are an event and a storyline while corrections
// apply; changed marks those whose ids, dates and titles must be made anew.
type corrEvent struct {
	ev      warta.Event
	story   *corrStory
	changed bool
}

type corrStory struct {
	st      warta.Storyline
	events  []*corrEvent
	changed bool
}

// articles counts the articles of s's events.
func (s *corrStory) articles() int {
	n := 0
	for _, e := range s.events {
		n += len(e.ev.Articles)
	}
	return n
}

// stableID is the clustering's id of an event or storyline: prefix and a
// hash of its first article.
func stableID(prefix, key string) string {
	sum := sha256.Sum256([]byte(key))
	return prefix + "-" + hex.EncodeToString(sum[:5])
}

// eventLess orders events by date, undated ones last, then by id, as the
// clustering does.
func eventLess(a, b warta.Event) bool {
	if a.Date != b.Date {
		if a.Date == "" || b.Date == "" {
			return b.Date == ""
		}
		return a.Date < b.Date
	}
	return a.ID < b.ID
}
