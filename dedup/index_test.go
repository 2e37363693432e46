package dedup

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"sort"
	"testing"

	"github.com/warta-news/warta"
)

// incremental runs Update over articles in batches, as successive corpus
// runs do, keeping features and links as a store would, and returns the
// groups that Connect makes of them.
func incremental(t *testing.T, articles []*warta.Article, batches [][]*warta.Article) []warta.ReportGroup {
	t.Helper()
	byID := make(map[string]*warta.Article)
	for _, a := range articles {
		byID[a.ID] = a
	}
	var known []warta.DedupFeatures
	var links []warta.ReportLink
	loaded := 0
	for _, batch := range batches {
		load := func(ids []string) ([]*warta.Article, error) {
			var out []*warta.Article
			for _, id := range ids {
				a := byID[id]
				if a == nil {
					return nil, fmt.Errorf("no article %s", id)
				}
				out = append(out, a)
			}
			loaded += len(out)
			return out, nil
		}
		ls, fs, err := Update(known, batch, load)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range ls {
			if l.A >= l.B {
				t.Errorf("Update link %s %s: want A < B", l.A, l.B)
			}
		}
		links = append(links, ls...)
		known = append(known, fs...)
		sort.Slice(known, func(i, j int) bool { return known[i].Article < known[j].Article })
	}
	t.Logf("%d articles in %d batches: %d links, %d old articles loaded for alignment", len(articles), len(batches), len(links), loaded)
	return Connect(known, links)
}

// split deals articles into n batches at random (a fixed seed), keeping
// each batch in id order as a store returns it.
func split(articles []*warta.Article, n int, seed uint64) [][]*warta.Article {
	r := rand.New(rand.NewPCG(seed, 1))
	batches := make([][]*warta.Article, n)
	for _, a := range articles {
		k := r.IntN(n)
		batches[k] = append(batches[k], a)
	}
	return batches
}

func sortedByID(articles []*warta.Article) []*warta.Article {
	out := append([]*warta.Article(nil), articles...)
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func TestUpdateEqualsGroups(t *testing.T) {
	examples := sortedByID(readCorpus(t, examplesDir))
	rss := readCorpus(t, rssDir)
	// A sample of the RSS corpus: every fifth article keeps copies and
	// rewrites of one story together often enough to test them.
	var sample []*warta.Article
	for i, a := range sortedByID(rss) {
		if i%5 == 0 {
			sample = append(sample, a)
		}
	}
	for _, tc := range []struct {
		name     string
		articles []*warta.Article
	}{
		{"examples", examples},
		{"rss sample", sample},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := Groups(tc.articles)
			if len(want) == 0 {
				t.Fatalf("Groups(%s) found no groups: the test would prove nothing", tc.name)
			}
			for _, n := range []int{1, 2, 5} {
				got := incremental(t, tc.articles, split(tc.articles, n, uint64(n)))
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%d batches: %d groups, want %d as Groups finds", n, len(got), len(want))
					show(t, got, want)
				}
			}
		})
	}
}

// show logs the groups only one side has.
func show(t *testing.T, got, want []warta.ReportGroup) {
	t.Helper()
	key := func(g warta.ReportGroup) string { return fmt.Sprintf("%s %v %.3f", g.Kind, g.Articles, g.Score) }
	in := make(map[string]bool)
	for _, g := range want {
		in[key(g)] = true
	}
	for _, g := range got {
		if !in[key(g)] {
			t.Logf("only incremental: %s", key(g))
		}
		delete(in, key(g))
	}
	for k := range in {
		t.Logf("only batch: %s", k)
	}
}
