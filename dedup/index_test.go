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

// indexed runs the batches through one Index, as one corpus run does,
// with the given profile budget, and returns the groups of its links.
func indexed(t *testing.T, articles []*warta.Article, batches [][]*warta.Article, budget int64) []warta.ReportGroup {
	t.Helper()
	byID := make(map[string]*warta.Article)
	for _, a := range articles {
		byID[a.ID] = a
	}
	x := NewIndex()
	x.profiles.budget = budget
	var links []warta.ReportLink
	loaded := 0
	load := func(ids []string) ([]*warta.Article, error) {
		var out []*warta.Article
		for _, id := range ids {
			out = append(out, byID[id])
		}
		loaded += len(out)
		return out, nil
	}
	for _, batch := range batches {
		ls, _, err := x.Update(batch, load)
		if err != nil {
			t.Fatal(err)
		}
		links = append(links, ls...)
	}
	if x.profiles.size > max(budget, 0) {
		t.Errorf("budget %d: profiles kept take %d bytes", budget, x.profiles.size)
	}
	t.Logf("budget %d: %d old articles loaded for alignment, %d profiles kept", budget, loaded, len(x.profiles.byID))
	return x.Connect(links)
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
				// One Index over the batches keeps profiles between
				// them; what it keeps, or drops for its budget, must not
				// change a link.
				if n == 1 {
					continue
				}
				for _, budget := range []int64{profileBudget, 256 << 10} {
					got := indexed(t, tc.articles, split(tc.articles, n, uint64(n)), budget)
					if !reflect.DeepEqual(got, want) {
						t.Errorf("%d batches through one Index, profile budget %d: %d groups, want %d as Groups finds", n, budget, len(got), len(want))
						show(t, got, want)
					}
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

func TestProfileCache(t *testing.T) {
	mk := func(id string, features int) *profile {
		return &profile{id: id, sentences: []sentence{{features: make([]feature, features)}}}
	}
	one := mk("x", 10).size()
	c := &profileCache{budget: 3 * one}
	for _, id := range []string{"a", "b", "c"} {
		c.put(mk(id, 10))
	}
	if c.get("a") == nil || c.get("c") == nil {
		t.Fatal("profiles within the budget were dropped")
	}
	c.put(mk("d", 10)) // over budget: the oldest goes
	if c.get("a") != nil || c.get("b") == nil || c.get("d") == nil {
		t.Errorf("after a put over budget: a kept %v, b %v, d %v; want only a dropped", c.get("a") != nil, c.get("b") != nil, c.get("d") != nil)
	}
	// Putting an article again replaces its profile and its size.
	c.put(mk("b", 10))
	if c.size != 3*one || len(c.byID) != 3 {
		t.Errorf("after replacing b: size %d with %d profiles, want %d with 3", c.size, len(c.byID), 3*one)
	}
	// A profile larger than the budget is not kept.
	c.put(mk("huge", 1000))
	if c.get("huge") != nil || c.size > c.budget {
		t.Errorf("a profile over the whole budget: kept %v, size %d", c.get("huge") != nil, c.size)
	}
	var none *profileCache
	none.put(mk("a", 1))
	if none.get("a") != nil {
		t.Error("the nil cache kept a profile")
	}
}
