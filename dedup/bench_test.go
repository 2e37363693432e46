package dedup

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/text"
)

var (
	rssOnce   sync.Once
	rssBodies []*warta.Article
)

// rssArticles returns the distinct articles of id-news-rss-2025, read once.
func rssArticles(b *testing.B) []*warta.Article {
	rssOnce.Do(func() {
		seen := make(map[string]bool)
		for _, a := range readCorpus(b, rssDir) {
			if h := BodyHash(a.Body); h != "" && !seen[h] {
				seen[h] = true
				rssBodies = append(rssBodies, a)
			}
		}
	})
	if len(rssBodies) == 0 {
		b.Skipf("corpus %s not available", rssDir)
	}
	return rssBodies
}

// perturb returns a variant of body: some sentences dropped, two swapped,
// and words edited here and there, as an outlet's copy editor might.
func perturb(r *rand.Rand, body string) string {
	spans := text.Sentences(body)
	var sents []string
	for _, sp := range spans {
		if r.IntN(8) == 0 {
			continue // dropped
		}
		words := strings.Fields(sp.Text(body))
		for i := range words {
			if r.IntN(25) == 0 {
				words[i] = strings.ToUpper(words[i]) + "x"
			}
		}
		sents = append(sents, strings.Join(words, " "))
	}
	if len(sents) > 2 {
		i := r.IntN(len(sents) - 1)
		sents[i], sents[i+1] = sents[i+1], sents[i]
	}
	return strings.Join(sents, "\n")
}

// corpusOf returns n articles: the real articles first, then perturbed
// copies of them, so that about a third of the corpus has a near copy.
func corpusOf(b *testing.B, n int) []*warta.Article {
	base := rssArticles(b)
	r := rand.New(rand.NewPCG(1, 2))
	out := make([]*warta.Article, n)
	for i := range out {
		src := base[i%len(base)]
		a := *src
		a.ID = fmt.Sprintf("a%06d", i)
		if i >= len(base) {
			a.Body = perturb(r, src.Body)
		}
		out[i] = &a
	}
	return out
}

func BenchmarkGroups(b *testing.B) {
	for _, n := range []int{1000, 10000, 30000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			articles := corpusOf(b, n)
			b.ResetTimer()
			groups := 0
			for b.Loop() {
				groups = len(Groups(articles))
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
			b.ReportMetric(float64(groups), "groups")
		})
	}
}

func BenchmarkSign(b *testing.B) {
	articles := rssArticles(b)
	i := 0
	for b.Loop() {
		Sign(articles[i%len(articles)])
		i++
	}
}

func BenchmarkCompare(b *testing.B) {
	articles := rssArticles(b)
	r := rand.New(rand.NewPCG(3, 4))
	i := 0
	for b.Loop() {
		a := articles[i%len(articles)]
		c := *a
		c.Body = perturb(r, a.Body)
		align(newProfile(a), newProfile(&c))
		i++
	}
}

// BenchmarkUpdate measures one incremental run: a batch of 1,000 new
// articles compared with the stored features of the rest of a corpus of
// n, loading old bodies only for rewrite candidates.
func BenchmarkUpdate(b *testing.B) {
	for _, n := range []int{10000, 30000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			articles := corpusOf(b, n)
			r := rand.New(rand.NewPCG(5, 6))
			r.Shuffle(len(articles), func(i, j int) { articles[i], articles[j] = articles[j], articles[i] })
			old, batch := articles[:n-1000], articles[n-1000:]
			byID := make(map[string]*warta.Article, n)
			known := make([]warta.DedupFeatures, len(old))
			parallel(len(old), func(i int) { known[i] = Features(old[i]) })
			for _, a := range old {
				byID[a.ID] = a
			}
			sort.Slice(known, func(i, j int) bool { return known[i].Article < known[j].Article })
			loaded := 0
			load := func(ids []string) ([]*warta.Article, error) {
				out := make([]*warta.Article, len(ids))
				for i, id := range ids {
					out[i] = byID[id]
				}
				loaded += len(ids)
				return out, nil
			}
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				loaded = 0
				if _, _, err := Update(known, batch, load); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(batch))*float64(b.N)/b.Elapsed().Seconds(), "new-articles/s")
			b.ReportMetric(float64(loaded), "bodies-loaded")
		})
	}
}
