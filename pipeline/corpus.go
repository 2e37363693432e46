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
// groups, lends an undated article the date of a dated article carrying the
// same report (published_source "inferred"), builds events and storylines,
// and stores all of it. an resolves the lent dates' expressions.
func Corpus(ctx context.Context, store warta.Store, an *Analyzer) error {
	articles, err := store.Articles(ctx)
	if err != nil {
		return fmt.Errorf("corpus: load articles: %w", err)
	}
	groups := dedup.Groups(articles)
	if err := store.ReplaceReportGroups(ctx, groups); err != nil {
		return fmt.Errorf("corpus: store report groups: %w", err)
	}
	for _, a := range an.lendDates(articles, groups) {
		if err := store.SetDate(ctx, a.ID, a.Published, a.PublishedSource, a.Timexes); err != nil {
			return fmt.Errorf("corpus: lend a date to %s: %w", a.ID, err)
		}
	}
	stories := cluster.Build(articles, groups, cluster.Options{})
	if err := store.ReplaceStorylines(ctx, stories); err != nil {
		return fmt.Errorf("corpus: store storylines: %w", err)
	}
	return nil
}

// lendDates gives each article that has no date of its own the date of the
// best-dated article in its report group (metadata before text, then the
// earliest), re-resolving its expressions against that date. It changes
// the articles in place and returns those it changed.
func (an *Analyzer) lendDates(articles []*warta.Article, groups []warta.ReportGroup) []*warta.Article {
	byID := make(map[string]*warta.Article, len(articles))
	for _, a := range articles {
		byID[a.ID] = a
	}
	rank := map[string]int{warta.SourceMetadata: 2, warta.SourceText: 1}
	var changed []*warta.Article
	for _, g := range groups {
		var lender *warta.Article
		for _, id := range g.Articles {
			a := byID[id]
			if a == nil || rank[a.PublishedSource] == 0 || a.Published == "" {
				continue
			}
			if lender == nil || rank[a.PublishedSource] > rank[lender.PublishedSource] ||
				(rank[a.PublishedSource] == rank[lender.PublishedSource] && a.Published < lender.Published) {
				lender = a
			}
		}
		if lender == nil {
			continue
		}
		for _, id := range g.Articles {
			a := byID[id]
			if a == nil || (a.PublishedSource != warta.SourceNone && a.PublishedSource != "" && a.PublishedSource != warta.SourceInferred) {
				continue
			}
			published, source, timexes := an.tagger.Redate(a.Body, a.Language, lender.Published)
			if published == a.Published && source == a.PublishedSource {
				continue // already lent this date
			}
			a.Published, a.PublishedSource, a.Timexes = published, source, timexes
			nonNil(a)
			changed = append(changed, a)
		}
	}
	return changed
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
	groups, err := store.ReportGroups(ctx)
	if err != nil {
		return nil, fmt.Errorf("timeline: load report groups: %w", err)
	}
	return StoryTimeline(ctx, store, *story, groups)
}

// StoryTimeline builds the timeline of story, loading its articles from
// store; groups are the store's report groups. Callers that tell many
// storylines load the storylines and groups once and call it for each.
func StoryTimeline(ctx context.Context, store warta.Store, story warta.Storyline, groups []warta.ReportGroup) (*warta.Timeline, error) {
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
	tl := timeline.Build(story, articles, groups)
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
