package pipeline

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/cluster"
	"github.com/warta-news/warta/dedup"
	"github.com/warta-news/warta/text"
	"github.com/warta-news/warta/timeline"
)

// Corpus runs the corpus stages over store. Dedup is incremental: only
// the articles added or changed since the last run (those without stored
// dedup features) are compared, with each other and with the stored
// features of the rest, whose bodies are read only when a rewrite
// candidate needs them; the links found are stored with the features, and
// report groups are made anew from every stored link. An undated article
// in a group that changed borrows the date of a dated article carrying the
// same report (published_source "inferred"). Then events and storylines
// are built and the analysts' corrections applied to them, and all of it
// is stored. an resolves the lent dates' expressions.
func Corpus(ctx context.Context, store warta.Store, an *Analyzer) error {
	return corpus(ctx, store, an, false)
}

// Recluster runs the corpus stages as Corpus does, but clusters every
// article anew instead of restoring the stored events: after a correction
// is undone, or to see what the clustering makes of the corpus today.
func Recluster(ctx context.Context, store warta.Store, an *Analyzer) error {
	return corpus(ctx, store, an, true)
}

func corpus(ctx context.Context, store warta.Store, an *Analyzer, anew bool) error {
	known := dedup.NewIndex()
	if err := store.EachDedupFeatures(ctx, known.Add); err != nil {
		return fmt.Errorf("corpus: load dedup index: %w", err)
	}
	load := func(ids []string) ([]*warta.Article, error) { return store.ArticleTexts(ctx, ids) }
	// New articles are compared a chunk at a time, each chunk against
	// everything before it, so that a large first ingest does not hold
	// every body at once.
	fresh := make(map[string]bool)
	for after := ""; ; {
		batch, err := store.UncomparedArticles(ctx, after, dedupChunk)
		if err != nil {
			return fmt.Errorf("corpus: load new articles: %w", err)
		}
		if len(batch) == 0 {
			break
		}
		after = batch[len(batch)-1].ID
		links, features, err := known.Update(batch, load)
		if err != nil {
			return fmt.Errorf("corpus: %w", err)
		}
		if err := store.AddDedupFeatures(ctx, features, links); err != nil {
			return fmt.Errorf("corpus: store dedup index: %w", err)
		}
		for _, a := range batch {
			fresh[a.ID] = true
		}
	}
	links, err := store.ReportLinks(ctx)
	if err != nil {
		return fmt.Errorf("corpus: load report links: %w", err)
	}
	groups := known.Connect(links)
	known, links = nil, nil
	if err := store.ReplaceReportGroups(ctx, groups); err != nil {
		return fmt.Errorf("corpus: store report groups: %w", err)
	}
	lenders, err := groupArticles(ctx, store, groups, fresh)
	if err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	lent := an.lendDates(lenders, groups)
	for _, a := range lent {
		if err := store.SetDate(ctx, a.ID, a.Published, a.PublishedSource, a.Timexes); err != nil {
			return fmt.Errorf("corpus: lend a date to %s: %w", a.ID, err)
		}
	}
	// A lent date changes the article's cluster document, made from the
	// whole article.
	for i, a := range lent {
		full, err := store.Article(ctx, a.ID)
		if err != nil {
			return fmt.Errorf("corpus: load article %s: %w", a.ID, err)
		}
		lent[i] = full
	}
	docs, err := cluster.StoredDocs(lent)
	if err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	if err := store.PutClusterDocs(ctx, docs); err != nil {
		return fmt.Errorf("corpus: store cluster docs: %w", err)
	}
	lenders, lent, docs = nil, nil, nil
	if err := documentLegacy(ctx, store); err != nil {
		return fmt.Errorf("corpus: cluster docs of older articles: %w", err)
	}

	stories, err := clusterCorpus(ctx, store, groups, fresh, anew)
	if err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	corrections, err := store.Corrections(ctx)
	if err != nil {
		return fmt.Errorf("corpus: load corrections: %w", err)
	}
	if len(corrections) > 0 {
		summaries, err := store.ArticleSummaries(ctx)
		if err != nil {
			return fmt.Errorf("corpus: load article summaries: %w", err)
		}
		byID := make(map[string]warta.ArticleSummary, len(summaries))
		for _, a := range summaries {
			byID[a.ID] = a
		}
		stories = ApplyCorrections(stories, corrections, func(id string) warta.ArticleSummary {
			if a, ok := byID[id]; ok {
				return a
			}
			return warta.ArticleSummary{ID: id}
		})
	}
	if err := store.ReplaceStorylines(ctx, stories); err != nil {
		return fmt.Errorf("corpus: store storylines: %w", err)
	}
	return nil
}

// clusterCorpus returns the storylines of the store's articles, read
// from their stored cluster documents (never from bodies). Articles that
// have an event in the stored storylines, and are not fresh (added or
// changed since the last run), are put back in it
// (cluster.Index.Restore), in id order; the others are added after them
// in publication order (Index.Add), as new articles join the events and
// storylines so far. When nothing is restored (nothing stored yet, or
// anew is set), the store is clustered as one batch
// (cluster.BuildStream), which sees the whole corpus's term statistics
// first. Documents are streamed from the store a page at a time; what is
// held is the index.
func clusterCorpus(ctx context.Context, store warta.Store, groups []warta.ReportGroup, fresh map[string]bool, anew bool) ([]warta.Storyline, error) {
	placed := make(map[string]cluster.Assignment)
	// The events of storylines that ended long before the newest one are
	// restored closed (cluster.Index.RestoreClosed), with their stored
	// titles.
	closedTitle := make(map[string]string)
	if !anew {
		stored, err := store.Storylines(ctx)
		if err != nil {
			return nil, fmt.Errorf("load storylines: %w", err)
		}
		for _, st := range stored {
			for _, ev := range st.Events {
				for _, id := range ev.Articles {
					placed[id] = cluster.Assignment{Event: ev.ID, Storyline: st.ID}
				}
			}
		}
		if len(stored) > 0 {
			closed, err := closedStories(ctx, store, placed)
			if err != nil {
				return nil, err
			}
			for _, st := range stored {
				if closed[st.ID] {
					for _, ev := range st.Events {
						closedTitle[ev.ID] = ev.Title
					}
				}
			}
		}
	}
	groupOf := make(map[string]string)
	for _, g := range groups {
		for _, id := range g.Articles {
			if _, ok := groupOf[id]; !ok {
				groupOf[id] = g.ID
			}
		}
	}
	// each streams the stored documents that want selects, decoded
	// on another goroutine while the caller's fn places them.
	each := func(bySortKey bool, want func(id string) bool, fn func(cluster.Doc) error) error {
		return eachDoc(ctx, store, bySortKey, want, func(d *cluster.Doc) { d.Group = groupOf[d.ID] }, fn)
	}
	stays := func(id string) bool {
		_, ok := placed[id]
		return ok && !fresh[id]
	}
	x := cluster.NewIndex(cluster.Options{})
	restored := 0
	if len(placed) > 0 {
		err := each(false, stays, func(d cluster.Doc) error {
			p := placed[d.ID]
			if title, ok := closedTitle[p.Event]; ok && d.Published != "" {
				x.RestoreClosed(d, p, title)
			} else {
				x.Restore(d, p)
			}
			if restored++; restored%compactEvery == 0 {
				x.Compact()
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("restore events: %w", err)
		}
		x.Compact()
	}
	if restored == 0 {
		stories, err := cluster.BuildStream(func(yield func(cluster.Doc) error) error {
			return each(true, nil, yield)
		}, cluster.Options{})
		if err != nil {
			return nil, fmt.Errorf("cluster: %w", err)
		}
		return stories, nil
	}
	err := each(true, func(id string) bool { return !stays(id) }, func(d cluster.Doc) error {
		x.Add(d)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("cluster new articles: %w", err)
	}
	// Place the new articles once more against the events they grew, as
	// Build does at its end; restored articles stay where they were.
	x.Refine()
	return x.Storylines(), nil
}

// eachDoc calls fn with the stored cluster documents, ordered by sort key
// or by id, that want selects (all when want is nil), each decoded and
// then completed by fill. Reading and decoding run on another goroutine,
// a page ahead of fn. want is called on the reading goroutine, before fn
// has seen the documents still in flight: it must not depend on them.
func eachDoc(ctx context.Context, store warta.Store, bySortKey bool, want func(id string) bool, fill func(*cluster.Doc), fn func(cluster.Doc) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	docs := make(chan cluster.Doc, 256)
	var readErr error
	go func() {
		defer close(docs)
		readErr = store.EachClusterDoc(ctx, bySortKey, func(cd warta.ClusterDoc) error {
			if want != nil && !want(cd.Article) {
				return nil
			}
			var d cluster.Doc
			if err := d.UnmarshalBinary(cd.Doc); err != nil {
				return fmt.Errorf("cluster doc of %s: %w", cd.Article, err)
			}
			d.ID = cd.Article
			fill(&d)
			select {
			case docs <- d:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	var fnErr error
	for d := range docs {
		if fnErr == nil {
			if fnErr = fn(d); fnErr != nil {
				cancel()
			}
		}
	}
	if fnErr != nil {
		return fnErr
	}
	return readErr
}

// closedStories returns the stored storylines whose last article was
// published more than the storyline window before the newest article
// of the store: those the cluster index would close (and their events
// with them) as soon as it compacted.
func closedStories(ctx context.Context, store warta.Store, placed map[string]cluster.Assignment) (map[string]bool, error) {
	summaries, err := store.ArticleSummaries(ctx)
	if err != nil {
		return nil, fmt.Errorf("load article dates: %w", err)
	}
	last := make(map[string]time.Time) // storyline → its last day
	var newest time.Time
	for _, a := range summaries {
		day, err := time.Parse("2006-01-02", a.Published[:min(10, len(a.Published))])
		if err != nil {
			continue // undated
		}
		if day.After(newest) {
			newest = day
		}
		if p, ok := placed[a.ID]; ok && day.After(last[p.Storyline]) {
			last[p.Storyline] = day
		}
	}
	window := time.Duration(cluster.DefaultOptions.StoryWindow) * 24 * time.Hour
	closed := make(map[string]bool)
	for st, day := range last {
		if newest.Sub(day) > window {
			closed[st] = true
		}
	}
	return closed, nil
}

// compactEvery is how many restored articles pass between the
// compactions of the cluster index that close its old events.
const compactEvery = 4096

// documentLegacy computes and stores the cluster documents of the
// articles that have none, a chunk at a time: those stored before cluster
// documents were kept, or by an ingest stopped between storing a batch
// and its documents. Ingest makes every other article's document.
func documentLegacy(ctx context.Context, store warta.Store) error {
	for {
		ids, err := store.UndocumentedArticles(ctx, docChunk)
		if err != nil {
			return err
		}
		if len(ids) == 0 {
			return nil
		}
		articles := make([]*warta.Article, 0, len(ids))
		for _, id := range ids {
			a, err := store.Article(ctx, id)
			if err != nil {
				return fmt.Errorf("load article %s: %w", id, err)
			}
			articles = append(articles, a)
		}
		docs, err := cluster.StoredDocs(articles)
		if err != nil {
			return err
		}
		if err := store.PutClusterDocs(ctx, docs); err != nil {
			return err
		}
	}
}

// docChunk is how many articles documentLegacy reads at a time.
const docChunk = 1000

// dedupChunk is how many new articles one dedup pass compares. Each pass
// scans the features of every article compared before it, so fewer,
// larger passes cost less; a pass holds its articles' texts (without
// annotations, some 2 KB each) and their alignment profiles, about 300
// MB for 50,000 news articles.
const dedupChunk = 50000

// groupArticles reads from store the texts of the articles (without
// annotations: what lending a date needs) of the groups that hold one of
// fresh: the only groups whose lending can have changed.
func groupArticles(ctx context.Context, store warta.Store, groups []warta.ReportGroup, fresh map[string]bool) ([]*warta.Article, error) {
	var ids []string
	for _, g := range groups {
		touched := false
		for _, id := range g.Articles {
			if fresh[id] {
				touched = true
				break
			}
		}
		if touched {
			ids = append(ids, g.Articles...)
		}
	}
	if len(ids) == 0 {
		return nil, nil
	}
	out, err := store.ArticleTexts(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("load report group members: %w", err)
	}
	return out, nil
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
