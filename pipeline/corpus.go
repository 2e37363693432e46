package pipeline

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/cluster"
	"github.com/warta-news/warta/dedup"
	"github.com/warta-news/warta/text"
	"github.com/warta-news/warta/timeline"
)

// Corpus runs the corpus stages over everything in store: it finds report
// groups, builds events and storylines, and stores both.
func Corpus(ctx context.Context, store warta.Store) error {
	articles, err := store.Articles(ctx)
	if err != nil {
		return fmt.Errorf("corpus: load articles: %w", err)
	}
	groups := dedup.Groups(articles)
	if err := store.ReplaceReportGroups(ctx, groups); err != nil {
		return fmt.Errorf("corpus: store report groups: %w", err)
	}
	stories := cluster.Build(articles, groups, cluster.Options{})
	if err := store.ReplaceStorylines(ctx, stories); err != nil {
		return fmt.Errorf("corpus: store storylines: %w", err)
	}
	return nil
}

// Query turns what a user typed into a search query, stemming its words
// with both of Warta's stemmers so that it matches Indonesian and English
// text alike.
func Query(q string, limit int) warta.SearchQuery {
	seen := make(map[string]bool)
	var stems []string
	for _, lang := range []string{"id", "en"} {
		for _, s := range strings.Fields(text.StemText(lang, q)) {
			if !seen[s] {
				seen[s] = true
				stems = append(stems, s)
			}
		}
	}
	return warta.SearchQuery{Text: q, Stems: stems, Limit: limit}
}

// Timeline returns the timeline of one storyline: the one with id storyID,
// or, when storyID is empty, the one that best matches query (the storyline
// holding the most highly ranked search results), or, when both are empty,
// the storyline with the most articles.
func Timeline(ctx context.Context, store warta.Store, storyID, query string) (*warta.Timeline, error) {
	stories, err := store.Storylines(ctx)
	if err != nil {
		return nil, fmt.Errorf("timeline: load storylines: %w", err)
	}
	if len(stories) == 0 {
		return nil, warta.Errorf(warta.ErrNotFound, "no storylines yet: ingest some articles first")
	}
	story, err := pickStory(ctx, store, stories, storyID, query)
	if err != nil {
		return nil, err
	}
	articles := make(map[string]*warta.Article)
	for _, ev := range story.Events {
		for _, id := range ev.Articles {
			a, err := store.Article(ctx, id)
			if err != nil {
				return nil, fmt.Errorf("timeline: load article %s: %w", id, err)
			}
			articles[id] = a
		}
	}
	groups, err := store.ReportGroups(ctx)
	if err != nil {
		return nil, fmt.Errorf("timeline: load report groups: %w", err)
	}
	tl := timeline.Build(*story, articles, groups)
	return &tl, nil
}

func pickStory(ctx context.Context, store warta.Store, stories []warta.Storyline, storyID, query string) (*warta.Storyline, error) {
	if storyID != "" {
		for i := range stories {
			if stories[i].ID == storyID {
				return &stories[i], nil
			}
		}
		return nil, warta.Errorf(warta.ErrNotFound, "storyline %q not found", storyID)
	}
	if strings.TrimSpace(query) == "" {
		best := 0
		for i := range stories {
			if stories[i].ArticleCount() > stories[best].ArticleCount() {
				best = i
			}
		}
		return &stories[best], nil
	}
	results, err := store.Search(ctx, Query(query, 50))
	if err != nil {
		return nil, fmt.Errorf("timeline: search %q: %w", query, err)
	}
	storyOf := make(map[string]int)
	for i, s := range stories {
		for _, ev := range s.Events {
			for _, id := range ev.Articles {
				storyOf[id] = i
			}
		}
	}
	// Each result votes for its storyline with a weight that falls with rank.
	votes := make(map[int]float64)
	for rank, r := range results {
		if i, ok := storyOf[r.ID]; ok {
			votes[i] += 1 / float64(rank+1)
		}
	}
	if len(votes) == 0 {
		return nil, warta.Errorf(warta.ErrNotFound, "no storyline matches %q", query)
	}
	keys := make([]int, 0, len(votes))
	for i := range votes {
		keys = append(keys, i)
	}
	sort.Slice(keys, func(a, b int) bool {
		if votes[keys[a]] != votes[keys[b]] {
			return votes[keys[a]] > votes[keys[b]]
		}
		return keys[a] < keys[b]
	})
	return &stories[keys[0]], nil
}
