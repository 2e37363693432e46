package cluster

import (
	"crypto/sha256"
	"encoding/hex"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/text"
)

// Options tune how events link into storylines.
type Options struct {
	// Threshold is the similarity above which two events share a storyline.
	Threshold float64
	// EntityWeight is the share of entity overlap in the similarity; the
	// rest is the TF-IDF cosine.
	EntityWeight float64
	// TopTerms is how many of an event's highest-weighted terms index it
	// for candidate pairs.
	TopTerms int
}

// DefaultOptions are the options Build uses when given the zero Options.
var DefaultOptions = Options{Threshold: 0.22, EntityWeight: 0.5, TopTerms: 12}

// Build returns the storylines of articles, every article in exactly one
// event and every event in exactly one storyline. Articles in one report
// group form one event. Storylines are ordered by start date, then id.
func Build(articles []*warta.Article, groups []warta.ReportGroup, opt Options) []warta.Storyline {
	if opt == (Options{}) {
		opt = DefaultOptions
	}
	byID := make(map[string]*warta.Article, len(articles))
	for _, a := range articles {
		byID[a.ID] = a
	}
	events := makeEvents(articles, groups, byID)
	vecs, ents := features(events, byID)

	parent := make([]int, len(events))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	pairs := candidatePairs(vecs, ents, opt.TopTerms, len(events))
	linked := linkedPairs(pairs, func(i, j int) bool {
		sim := (1-opt.EntityWeight)*vecs[i].cosine(vecs[j]) + opt.EntityWeight*ents[i].jaccard(ents[j])
		return sim >= opt.Threshold
	})
	for k, p := range pairs {
		if linked[k] {
			parent[find(p[0])] = find(p[1])
		}
	}

	members := make(map[int][]int)
	for i := range events {
		r := find(i)
		members[r] = append(members[r], i)
	}
	stories := make([]warta.Storyline, 0, len(members))
	for _, idx := range members {
		s := warta.Storyline{}
		var arts []string
		for _, i := range idx {
			s.Events = append(s.Events, events[i])
			arts = append(arts, events[i].Articles...)
		}
		sort.Slice(s.Events, func(a, b int) bool { return eventLess(s.Events[a], s.Events[b]) })
		sort.Strings(arts)
		s.ID = stableID("s", arts[0])
		for k := range s.Events {
			s.Events[k].StorylineID = s.ID
		}
		s.Start, s.End = dateRange(s.Events)
		s.Title = storyTitle(s.Events, byID)
		stories = append(stories, s)
	}
	sort.Slice(stories, func(a, b int) bool {
		if stories[a].Start != stories[b].Start {
			return stories[a].Start < stories[b].Start
		}
		return stories[a].ID < stories[b].ID
	})
	return stories
}

// makeEvents makes one event per report: an article, or all articles of
// one report group together.
func makeEvents(articles []*warta.Article, groups []warta.ReportGroup, byID map[string]*warta.Article) []warta.Event {
	inGroup := make(map[string]int)
	for gi, g := range groups {
		for _, id := range g.Articles {
			if _, ok := byID[id]; ok {
				if _, seen := inGroup[id]; !seen {
					inGroup[id] = gi
				}
			}
		}
	}
	var events []warta.Event
	done := make(map[int]bool)
	for _, a := range articles {
		var ids []string
		if gi, ok := inGroup[a.ID]; ok {
			if done[gi] {
				continue
			}
			done[gi] = true
			for _, id := range groups[gi].Articles {
				if g, ok := inGroup[id]; ok && g == gi {
					ids = append(ids, id)
				}
			}
		} else {
			ids = []string{a.ID}
		}
		sort.Strings(ids)
		ev := warta.Event{ID: stableID("e", ids[0]), Articles: ids}
		lead := byID[ids[0]]
		for _, id := range ids {
			b := byID[id]
			if b.Published != "" && (ev.Date == "" || b.Published < ev.Date) {
				ev.Date = b.Published
				lead = b
			}
		}
		ev.Title = lead.Title
		events = append(events, ev)
	}
	return events
}

// linkedPairs reports for each pair whether link holds, judging the pairs
// on one goroutine per CPU; the result does not depend on their number.
func linkedPairs(pairs [][2]int, link func(i, j int) bool) []bool {
	out := make([]bool, len(pairs))
	workers := runtime.GOMAXPROCS(0)
	chunk := (len(pairs) + workers - 1) / workers
	var wg sync.WaitGroup
	for lo := 0; lo < len(pairs); lo += chunk {
		hi := min(lo+chunk, len(pairs))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := lo; k < hi; k++ {
				out[k] = link(pairs[k][0], pairs[k][1])
			}
		}()
	}
	wg.Wait()
	return out
}

func eventLess(a, b warta.Event) bool {
	if a.Date != b.Date {
		if a.Date == "" || b.Date == "" {
			return b.Date == "" // undated events go last
		}
		return a.Date < b.Date
	}
	return a.ID < b.ID
}

func dateRange(events []warta.Event) (start, end string) {
	for _, e := range events {
		if e.Date == "" {
			continue
		}
		if start == "" || e.Date < start {
			start = e.Date
		}
		if e.Date > end {
			end = e.Date
		}
	}
	return start, end
}

// storyTitle names a storyline by the entities most of its articles
// mention, or by its earliest event's title when they mention none.
func storyTitle(events []warta.Event, byID map[string]*warta.Article) string {
	count := make(map[string]int)
	for _, e := range events {
		for _, id := range e.Articles {
			seen := make(map[string]bool)
			for _, en := range byID[id].Entities {
				c := en.Canonical
				if c == "" {
					c = en.Text
				}
				if !seen[c] {
					seen[c] = true
					count[c]++
				}
			}
		}
	}
	names := make([]string, 0, len(count))
	for n, c := range count {
		if c >= 2 || len(events) == 1 {
			names = append(names, n)
		}
	}
	sort.Slice(names, func(i, j int) bool {
		if count[names[i]] != count[names[j]] {
			return count[names[i]] > count[names[j]]
		}
		return names[i] < names[j]
	})
	if len(names) > 3 {
		names = names[:3]
	}
	if len(names) == 0 && len(events) > 0 {
		return events[0].Title
	}
	return strings.Join(names, ", ")
}

func stableID(prefix, key string) string {
	sum := sha256.Sum256([]byte(key))
	return prefix + "-" + hex.EncodeToString(sum[:5])
}

// nameTokens returns the telling words of an entity name, folded: the
// words that survive translation ("Kawiloka" in "Gunung Kawiloka" and
// "Mount Kawiloka"), without stopwords, generic geographic words and
// short tokens. Names are compared by these words so that one storyline
// told in Indonesian and in English links up.
func nameTokens(name string) []string {
	var toks []string
	for _, sp := range text.Words(name) {
		w := text.Fold(name[sp.Start:sp.End])
		if len([]rune(w)) < 3 || genericNameWords[w] || text.Stopword("id", w) || text.Stopword("en", w) {
			continue
		}
		toks = append(toks, w)
	}
	return toks
}

// genericNameWords are words that name a kind of place or body rather
// than which one, in Indonesian and English.
var genericNameWords = map[string]bool{
	"gunung": true, "mount": true, "kabupaten": true, "regency": true, "kota": true, "city": true,
	"provinsi": true, "province": true, "desa": true, "village": true, "pulau": true, "island": true,
	"kecamatan": true, "district": true, "sungai": true, "river": true, "jalan": true, "street": true,
	"pelabuhan": true, "port": true, "bandara": true, "airport": true, "kementerian": true, "ministry": true,
	"partai": true, "party": true, "universitas": true, "university": true, "presiden": true, "president": true,
	"menteri": true, "minister": true, "utara": true, "selatan": true, "timur": true, "barat": true,
	"north": true, "south": true, "east": true, "west": true, "pemerintah": true, "government": true,
}
