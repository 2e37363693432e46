package web

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/warta-news/warta"
)

// The JSON documents of the API, shaped as the command line's --json output.
type (
	storiesBody struct {
		Storylines []warta.Storyline `json:"storylines"`
	}
	searchBody struct {
		Results []warta.SearchResult `json:"results"`
	}
	articlesBody struct {
		Articles []articleSummary `json:"articles"`
	}
	dupsBody struct {
		Groups []warta.ReportGroup `json:"groups"`
	}
	entitiesBody struct {
		Entities []warta.EntitySummary `json:"entities"`
	}
	quotesBody struct {
		Quotes []warta.QuoteRecord `json:"quotes"`
	}
	claimsBody struct {
		Claims []warta.ClaimRecord `json:"claims"`
	}
)

// articleSummary is an article as /api/articles lists it: the fields of
// the list's established shape, a subset of warta.ArticleSummary.
type articleSummary struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Language  string `json:"language"`
}

func (s *Server) apiStats(w http.ResponseWriter, r *http.Request) {
	st, err := s.Store.Stats(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, st)
}

func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) {
	stories, err := s.Store.Storylines(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	for i := range stories {
		stories[i].Events = nonNil(stories[i].Events)
		for j := range stories[i].Events {
			stories[i].Events[j].Articles = nonNil(stories[i].Events[j].Articles)
		}
	}
	s.writeJSON(w, r, http.StatusOK, storiesBody{Storylines: nonNil(stories)})
}

func (s *Server) apiTimeline(w http.ResponseWriter, r *http.Request) {
	story, err := queryParam(r, "story")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	q, err := queryParam(r, "q")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if story == "" && q == "" {
		s.fail(w, r, invalidf("timeline needs a story id (story=ID) or a query (q=TEXT)"))
		return
	}
	tl, err := s.timeline(r.Context(), story, q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	tl.Events = nonNil(tl.Events)
	for i := range tl.Events {
		e := &tl.Events[i]
		e.Articles, e.Sources, e.Evidence = nonNil(e.Articles), nonNil(e.Sources), nonNil(e.Evidence)
	}
	s.writeJSON(w, r, http.StatusOK, tl)
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	results, err := s.search(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, searchBody{Results: nonNil(results)})
}

func (s *Server) apiArticles(w http.ResponseWriter, r *http.Request) {
	sums, err := s.Store.ArticleSummaries(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	list := make([]articleSummary, len(sums))
	for i, a := range sums {
		list[i] = articleSummary{ID: a.ID, Title: a.Title, Outlet: a.Outlet, Published: a.Published, Language: a.Language}
	}
	s.writeJSON(w, r, http.StatusOK, articlesBody{Articles: list})
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	a, err := s.Store.Article(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	a.Entities, a.Timexes = nonNil(a.Entities), nonNil(a.Timexes)
	a.Quotes, a.Claims = nonNil(a.Quotes), nonNil(a.Claims)
	s.writeJSON(w, r, http.StatusOK, a)
}

func (s *Server) apiDups(w http.ResponseWriter, r *http.Request) {
	groups, err := s.Store.ReportGroups(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, dupsBody{Groups: nonNil(groups)})
}

func (s *Server) apiEntities(w http.ResponseWriter, r *http.Request) {
	ents, err := s.Store.Entities(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	for i := range ents {
		ents[i].Aliases = nonNil(ents[i].Aliases)
	}
	s.writeJSON(w, r, http.StatusOK, entitiesBody{Entities: nonNil(ents)})
}

func (s *Server) apiQuotes(w http.ResponseWriter, r *http.Request) {
	speaker, err := queryParam(r, "speaker")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	quotes, err := s.Store.Quotes(r.Context(), speaker)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, quotesBody{Quotes: nonNil(quotes)})
}

func (s *Server) apiClaims(w http.ResponseWriter, r *http.Request) {
	claims, err := s.Store.Claims(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, claimsBody{Claims: nonNil(claims)})
}

// apiNoRoute answers every /api/ path that names no route. All API routes
// are read-only, so another method on a known path is refused with 405.
func (s *Server) apiNoRoute(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		s.failStatus(w, r, http.StatusMethodNotAllowed, "method "+r.Method+" is not allowed: the API is read-only")
		return
	}
	s.failStatus(w, r, http.StatusNotFound, "no API route "+strconv.Quote(r.URL.Path))
}

// writeJSON writes v as the response with the given status. It encodes
// before writing, so that an encoding failure still yields a clean error.
func (s *Server) writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(v); err != nil {
		s.logger().Error("encode json", "path", r.URL.Path, "err", err)
		status = http.StatusInternalServerError
		buf.Reset()
		json.NewEncoder(&buf).Encode(errorBody{Error: internalMessage})
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// nonNil returns s, or an empty slice when s is nil, so that JSON shows []
// rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
