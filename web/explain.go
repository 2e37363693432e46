package web

import (
	"context"
	"fmt"
	"net/http"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/cluster"
)

// apiExplain answers GET /api/explain?a=ID&b=ID: why two articles are, or
// are not, in one event or storyline (the shape of warta stories --why
// --json).
func (s *Server) apiExplain(w http.ResponseWriter, r *http.Request) {
	var ids [2]string
	for i, name := range []string{"a", "b"} {
		v, err := queryParam(r, name)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		if v == "" {
			s.fail(w, r, invalidf("parameters a and b name the two articles to explain"))
			return
		}
		ids[i] = v
	}
	ex, err := explain(r.Context(), s.Store, ids[0], ids[1])
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, ex)
}

// explain loads the corpus from store and explains articles a and b.
func explain(ctx context.Context, store warta.Store, a, b string) (cluster.Explanation, error) {
	articles, err := store.Articles(ctx)
	if err != nil {
		return cluster.Explanation{}, fmt.Errorf("explain: load articles: %w", err)
	}
	groups, err := store.ReportGroups(ctx)
	if err != nil {
		return cluster.Explanation{}, fmt.Errorf("explain: load report groups: %w", err)
	}
	stories, err := store.Storylines(ctx)
	if err != nil {
		return cluster.Explanation{}, fmt.Errorf("explain: load storylines: %w", err)
	}
	return cluster.ExplainStored(a, b, articles, groups, stories, cluster.Options{})
}
