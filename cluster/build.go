package cluster

import (
	"runtime"
	"sort"
	"strconv"
	"sync"

	"github.com/warta-news/warta"
)

// Build returns the storylines of articles, every article in exactly one
// event and every event in exactly one storyline. It adds the articles to
// a new Index in publication order (undated last, ties by id), after
// counting the whole corpus's term statistics, so the result does not
// depend on the order of articles. Articles in one report group form one
// event. Storylines are ordered by start date, then id.
func Build(articles []*warta.Article, groups []warta.ReportGroup, opt Options) []warta.Storyline {
	return BuildDocs(Docs(articles, groups), opt)
}

// Docs returns the Docs of articles, each with the id of the first of
// groups that holds it.
func Docs(articles []*warta.Article, groups []warta.ReportGroup) []Doc {
	groupOf := make(map[string]string)
	for gi, g := range groups {
		gid := g.ID
		if gid == "" {
			gid = "group-" + strconv.Itoa(gi)
		}
		for _, id := range g.Articles {
			if _, ok := groupOf[id]; !ok {
				groupOf[id] = gid
			}
		}
	}
	docs := make([]Doc, len(articles))
	for i, a := range articles {
		docs[i] = DocOf(a, groupOf[a.ID])
	}
	return docs
}

// BuildDocs clusters docs as Build does.
func BuildDocs(docs []Doc, opt Options) []warta.Storyline {
	docs = append([]Doc(nil), docs...)
	sort.SliceStable(docs, func(i, j int) bool { return earlier(docs[i].Published, docs[i].ID, docs[j].Published, docs[j].ID) })
	x := NewIndex(opt)
	for _, d := range docs {
		x.observe(d)
	}
	// With every term counted, the vocabulary no longer changes: the
	// articles' vectors are computed in parallel, then placed in order.
	feats := make([]features, len(docs))
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(docs); i += workers {
				feats[i] = x.featuresOf(docs[i])
			}
		}()
	}
	wg.Wait()
	for i, d := range docs {
		if _, ok := x.Lookup(d.ID); !ok {
			x.addFeatures(d, feats[i])
		}
	}
	x.Refine()
	return x.Storylines()
}
