package web

import (
	"cmp"
	"context"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/warta-news/warta"
)

// storyRow is one storyline on the home page.
type storyRow struct {
	ID, Title, Start, End string
	Events, Articles      int
	Outlets               int
}

// homePage is the data of the home page.
type homePage struct {
	Stats   warta.Stats
	Stories []storyRow
}

func (s *Server) pageHome(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	stats, err := s.Store.Stats(ctx)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	stories, err := s.Store.Storylines(ctx)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	arts, err := s.Store.ArticleSummaries(ctx)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	outletOf := make(map[string]string, len(arts))
	for _, a := range arts {
		outletOf[a.ID] = a.Outlet
	}
	rows := make([]storyRow, 0, len(stories))
	for _, st := range stories {
		row := storyRow{ID: st.ID, Title: st.Title, Start: st.Start, End: st.End, Events: len(st.Events)}
		seen, outlets := map[string]bool{}, map[string]bool{}
		for _, e := range st.Events {
			for _, id := range e.Articles {
				if !seen[id] {
					seen[id] = true
					if o := outletOf[id]; o != "" {
						outlets[o] = true
					}
				}
			}
		}
		row.Articles, row.Outlets = len(seen), len(outlets)
		rows = append(rows, row)
	}
	s.render(w, r, http.StatusOK, "home", page{Body: homePage{Stats: stats, Stories: rows}})
}

// articleLink is an article as pages link to it.
type articleLink struct {
	ID, Title, Outlet, Published string
	Missing                      bool // the store no longer has it
}

// eventView is one event of a storyline page.
type eventView struct {
	ID, Title, Date string
	Articles        []articleLink
}

// timelineEntry is one entry of a storyline's timeline.
type timelineEntry struct {
	warta.TimelineEvent
	Anchor   string // the entry's id, which the time axis links to
	Links    []articleLink
	Evidence []evidenceLink
	Origins  []string // "Detik ← Yonhap ← KCNA"
	New      bool     // some evidence is new to the storyline
	// ShowSummary is false when the title is the summary's start.
	ShowSummary bool
}

// evidenceLink points at a sentence of an article, highlighted on the
// article's page.
type evidenceLink struct {
	Href    string
	Outlet  string
	Snippet string
	Kind    string
	New     bool
}

// newView is what one article added to the storyline.
type newView struct {
	Link      articleLink
	Published string
	Sentences []evidenceLink
}

// storyPage is the data of a storyline page.
type storyPage struct {
	Story    *warta.Storyline
	Events   []eventView
	Timeline []timelineEntry
	Axis     *axisView
	New      []newView
	// TimelineState says why there is no timeline: "failed" (an internal
	// error, logged), "empty", or "missing" with TimelineMessage saying why.
	TimelineState   string
	TimelineMessage string
}

func (s *Server) pageStory(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id, err := pathID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	st, err := s.storyline(ctx, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	links := map[string]articleLink{}
	link := func(id string) (articleLink, error) {
		if l, ok := links[id]; ok {
			return l, nil
		}
		l, err := s.articleLink(ctx, id)
		links[id] = l
		return l, err
	}

	p := storyPage{Story: st}
	for _, e := range sortedEvents(st.Events) {
		ev := eventView{ID: e.ID, Title: e.Title, Date: e.Date}
		for _, aid := range e.Articles {
			l, err := link(aid)
			if err != nil {
				s.fail(w, r, fmt.Errorf("storyline %q: %w", id, err))
				return
			}
			ev.Articles = append(ev.Articles, l)
		}
		p.Events = append(p.Events, ev)
	}

	tl, err := s.timeline(ctx, st.ID, "")
	switch {
	case err != nil && warta.ErrorKind(err) == warta.ErrInternal:
		s.logger().Error("story timeline", "story", st.ID, "err", err)
		p.TimelineState = "failed"
	case err != nil:
		p.TimelineState = "missing"
		_, p.TimelineMessage = statusOf(err)
	case len(tl.Events) == 0:
		p.TimelineState = "empty"
	default:
		bodies := map[string]*warta.Article{}
		article := func(aid string) *warta.Article {
			if a, ok := bodies[aid]; ok {
				return a
			}
			a, err := s.Store.Article(ctx, aid)
			if err != nil {
				a = nil
			}
			bodies[aid] = a
			return a
		}
		for i, te := range tl.Events {
			entry := timelineEntry{TimelineEvent: te, Anchor: entryAnchor(i),
				ShowSummary: te.Summary != "" && !strings.HasPrefix(te.Summary, strings.TrimSuffix(te.Title, " …"))}
			for _, aid := range te.Articles {
				l, err := link(aid)
				if err != nil {
					s.fail(w, r, fmt.Errorf("storyline %q timeline: %w", id, err))
					return
				}
				entry.Links = append(entry.Links, l)
			}
			for _, e := range te.Evidence {
				if el, ok := evidenceOf(article(e.Article), e.Start, e.End); ok {
					el.Kind, el.New = e.Kind, e.New
					entry.Evidence = append(entry.Evidence, el)
					entry.New = entry.New || e.New
				}
			}
			for _, o := range te.Origins {
				c := strings.Join(append([]string{o.Outlet}, o.Via...), " ← ")
				if !slices.Contains(entry.Origins, c) {
					entry.Origins = append(entry.Origins, c)
				}
			}
			p.Timeline = append(p.Timeline, entry)
		}
		p.Axis = newAxis(tl.Events)
		for _, nc := range tl.New {
			if len(nc.Spans) == 0 {
				continue
			}
			l, err := link(nc.Article)
			if err != nil {
				s.fail(w, r, fmt.Errorf("storyline %q timeline: %w", id, err))
				return
			}
			nv := newView{Link: l, Published: nc.Published}
			for _, sp := range nc.Spans {
				if len(nv.Sentences) == maxNewShown {
					break
				}
				if el, ok := evidenceOf(article(nc.Article), sp.Start, sp.End); ok {
					el.New = true
					nv.Sentences = append(nv.Sentences, el)
				}
			}
			p.New = append(p.New, nv)
		}
	}
	s.render(w, r, http.StatusOK, "story", page{Title: cmp.Or(st.Title, st.ID), Body: p})
}

// maxNewShown bounds the new sentences a storyline page lists per article.
const maxNewShown = 3

// evidenceOf links to bytes [start, end) of a's body, with the text as a
// snippet. It fails when a is missing or the span is not in its body.
func evidenceOf(a *warta.Article, start, end int) (evidenceLink, bool) {
	if a == nil || start < 0 || end > len(a.Body) || start >= end {
		return evidenceLink{}, false
	}
	snippet := strings.Join(strings.Fields(a.Body[start:end]), " ")
	if r := []rune(snippet); len(r) > 200 {
		snippet = string(r[:199]) + "…"
	}
	href := "/articles/" + url.PathEscape(a.ID) + "?ev=" + strconv.Itoa(start) + "-" + strconv.Itoa(end) + "#evidence"
	return evidenceLink{Href: href, Outlet: cmp.Or(a.Outlet, a.ID), Snippet: snippet}, true
}

// evidenceParam reads the span an evidence link asks the article page to
// highlight ("ev=START-END"), if any.
func evidenceParam(r *http.Request) (start, end int, ok bool) {
	v := r.URL.Query().Get("ev")
	a, b, found := strings.Cut(v, "-")
	if !found {
		return 0, 0, false
	}
	start, err1 := strconv.Atoi(a)
	end, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil || start < 0 || end <= start {
		return 0, 0, false
	}
	return start, end, true
}

// articleLink looks up what a page shows of a link to an article. An
// article the store lacks is shown by id and marked missing.
func (s *Server) articleLink(ctx context.Context, id string) (articleLink, error) {
	a, err := s.Store.Article(ctx, id)
	if warta.ErrorKind(err) == warta.ErrNotFound {
		return articleLink{ID: id, Title: id, Missing: true}, nil
	}
	if err != nil {
		return articleLink{}, err
	}
	return articleLink{ID: a.ID, Title: cmp.Or(a.Title, a.ID), Outlet: a.Outlet, Published: a.Published}, nil
}

// entityItem is one distinct entity of an article.
type entityItem struct {
	Name, Type string
	Mentions   int
}

// storyRef names a storyline an article belongs to.
type storyRef struct {
	ID, Title, Event string
}

// articlePage is the data of an article page.
type articlePage struct {
	Article  *warta.Article
	Body     template.HTML
	Entities []entityItem
	Stories  []storyRef
}

func (s *Server) pageArticle(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id, err := pathID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	a, err := s.Store.Article(ctx, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	stories, err := s.Store.Storylines(ctx)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	spans := articleSpans(a)
	if start, end, ok := evidenceParam(r); ok && end <= len(a.Body) {
		spans = append(spans, span{start: start, end: end, tag: "mark", class: "hl hl-evidence", id: "evidence"})
	}
	p := articlePage{Article: a, Body: highlight(a.Body, spans), Entities: distinctEntities(a.Entities)}
	for _, st := range stories {
		for _, e := range st.Events {
			if slices.Contains(e.Articles, a.ID) {
				p.Stories = append(p.Stories, storyRef{ID: st.ID, Title: cmp.Or(st.Title, st.ID), Event: e.Title})
			}
		}
	}
	s.render(w, r, http.StatusOK, "article", page{Title: cmp.Or(a.Title, a.ID), Body: p})
}

// distinctEntities counts an article's mentions per entity, most mentioned
// first.
func distinctEntities(mentions []warta.Entity) []entityItem {
	type key struct{ name, typ string }
	count := map[key]int{}
	var order []key
	for _, m := range mentions {
		k := key{cmp.Or(m.Canonical, m.Text), m.Type}
		if count[k] == 0 {
			order = append(order, k)
		}
		count[k]++
	}
	items := make([]entityItem, len(order))
	for i, k := range order {
		items[i] = entityItem{Name: k.name, Type: k.typ, Mentions: count[k]}
	}
	slices.SortStableFunc(items, func(a, b entityItem) int { return cmp.Compare(b.Mentions, a.Mentions) })
	return items
}

// resultView is one search result on the search page.
type resultView struct {
	warta.SearchResult
	Snippet template.HTML
}

// searchPage is the data of the search page.
type searchPage struct {
	Query   string
	Results []resultView
	Problem string // why the query could not run
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	q, err := queryParam(r, "q")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := searchPage{Query: q}
	if q != "" {
		limit, err := limitParam(r)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		results, err := s.searchText(r.Context(), q, limit)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		for _, res := range results {
			p.Results = append(p.Results, resultView{SearchResult: res, Snippet: highlight(res.Snippet, termSpans(res.Snippet, q))})
		}
	}
	s.render(w, r, http.StatusOK, "search", page{Query: q, Body: p})
}

// entitiesPage is the data of the entities page.
type entitiesPage struct {
	Entities []warta.EntitySummary
	Type     string // the type shown, or "" for all
	Types    []string
}

func (s *Server) pageEntities(w http.ResponseWriter, r *http.Request) {
	typ, err := queryParam(r, "type")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	typ = strings.ToUpper(typ)
	ents, err := s.Store.Entities(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := entitiesPage{Type: typ, Types: []string{warta.EntityPerson, warta.EntityOrg, warta.EntityLoc}}
	for _, e := range ents {
		if typ == "" || e.Type == typ {
			p.Entities = append(p.Entities, e)
		}
	}
	s.render(w, r, http.StatusOK, "entities", page{Body: p})
}

// pageNoRoute answers every path that names no page.
func (s *Server) pageNoRoute(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		s.failStatus(w, r, http.StatusMethodNotAllowed, "")
		return
	}
	s.failStatus(w, r, http.StatusNotFound, "")
}
