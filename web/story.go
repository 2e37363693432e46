package web

import (
	"cmp"
	"context"
	"fmt"
	"net/http"
	"slices"

	"github.com/warta-news/warta"
)

// search runs the query in r's q and limit parameters.
func (s *Server) search(r *http.Request) ([]warta.SearchResult, error) {
	q, err := queryParam(r, "q")
	if err != nil {
		return nil, err
	}
	if q == "" {
		return nil, invalidf("search needs a query (q=TEXT)")
	}
	limit, err := limitParam(r)
	if err != nil {
		return nil, err
	}
	return s.searchText(r.Context(), q, limit)
}

// searchText turns text into a query, stemmed when the server knows how,
// and runs it.
func (s *Server) searchText(ctx context.Context, text string, limit int) ([]warta.SearchResult, error) {
	q := warta.SearchQuery{Text: text}
	if s.Query != nil {
		q = s.Query(text)
		if q.Text == "" {
			q.Text = text
		}
	}
	q.Limit = limit
	results, err := s.Store.Search(ctx, q)
	if err != nil {
		return nil, err
	}
	return results, nil
}

// storyline returns the stored storyline with the given id.
func (s *Server) storyline(ctx context.Context, id string) (*warta.Storyline, error) {
	stories, err := s.Store.Storylines(ctx)
	if err != nil {
		return nil, err
	}
	for i := range stories {
		if stories[i].ID == id {
			return &stories[i], nil
		}
	}
	return nil, notFoundf("no storyline with id %q", id)
}

// timeline returns the timeline of the storyline story, or of the storyline
// that best matches q when story is empty.
func (s *Server) timeline(ctx context.Context, story, q string) (*warta.Timeline, error) {
	if s.Timeline != nil {
		tl, err := s.Timeline(ctx, story, q)
		if err != nil {
			return nil, fmt.Errorf("timeline: %w", err)
		}
		if tl == nil {
			return nil, notFoundf("no timeline for story %q query %q", story, q)
		}
		return tl, nil
	}
	return s.storedTimeline(ctx, story, q)
}

// storedTimeline tells a storyline as its stored events, one timeline
// entry per event, when the server has no Timeline builder. A query picks
// the storyline that holds the best search hit.
func (s *Server) storedTimeline(ctx context.Context, story, q string) (*warta.Timeline, error) {
	stories, err := s.Store.Storylines(ctx)
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	var found *warta.Storyline
	if story != "" {
		for i := range stories {
			if stories[i].ID == story {
				found = &stories[i]
			}
		}
		if found == nil {
			return nil, notFoundf("no storyline with id %q", story)
		}
	} else {
		results, err := s.searchText(ctx, q, defaultLimit)
		if err != nil {
			return nil, fmt.Errorf("timeline: %w", err)
		}
	hits:
		for _, res := range results {
			for i := range stories {
				for _, e := range stories[i].Events {
					if slices.Contains(e.Articles, res.ID) {
						found = &stories[i]
						break hits
					}
				}
			}
		}
		if found == nil {
			return nil, notFoundf("no storyline matches %q", q)
		}
	}

	tl := &warta.Timeline{Storyline: found.ID, Title: found.Title, Events: []warta.TimelineEvent{}}
	outlets := map[string]string{}
	for _, e := range sortedEvents(found.Events) {
		te := warta.TimelineEvent{
			Date: e.Date, Title: e.Title, Kind: warta.KindReported,
			Articles: nonNil(e.Articles), Sources: []string{}, Evidence: []warta.Evidence{},
		}
		for _, id := range e.Articles {
			outlet, ok := outlets[id]
			if !ok {
				a, err := s.Store.Article(ctx, id)
				if err != nil && warta.ErrorKind(err) != warta.ErrNotFound {
					return nil, fmt.Errorf("timeline %s: article %q: %w", found.ID, id, err)
				}
				if a != nil {
					outlet = a.Outlet
				}
				outlets[id] = outlet
			}
			if outlet != "" && !slices.Contains(te.Sources, outlet) {
				te.Sources = append(te.Sources, outlet)
			}
		}
		te.IndependentSources = len(te.Sources)
		tl.Events = append(tl.Events, te)
	}
	return tl, nil
}

// sortedEvents returns a copy of events in date order, undated last. ISO
// dates of any precision sort as text.
func sortedEvents(events []warta.Event) []warta.Event {
	out := slices.Clone(events)
	slices.SortStableFunc(out, func(a, b warta.Event) int {
		if (a.Date == "") != (b.Date == "") {
			if a.Date == "" {
				return 1
			}
			return -1
		}
		return cmp.Compare(a.Date, b.Date)
	})
	return out
}
