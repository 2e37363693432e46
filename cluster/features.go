package cluster

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/text"
)

// vector is a sparse unit-length TF-IDF vector: term ids in increasing
// order with their weights. Sorted slices make the cosine a merge, which
// is many times cheaper than map lookups.
type vector struct {
	terms   []int32
	weights []float32
}

// idSet is a sorted set of term ids.
type idSet []int32

// features returns each event's TF-IDF vector over the stems of its
// articles (stopwords dropped) and the set of telling words of its entity
// names. Terms are interned to ids shared by both.
func features(events []warta.Event, byID map[string]*warta.Article) ([]vector, []idSet) {
	ids := make(map[string]int32)
	intern := func(w string) int32 {
		id, ok := ids[w]
		if !ok {
			id = int32(len(ids))
			ids[w] = id
		}
		return id
	}
	counts := make([]map[int32]float64, len(events))
	ents := make([]idSet, len(events))
	for i, ev := range events {
		c := make(map[int32]float64)
		var names idSet
		for _, id := range ev.Articles {
			a := byID[id]
			for _, w := range strings.Fields(a.Stems) {
				if len(w) < 2 || text.Stopword(a.Language, w) || isNumber(w) {
					continue
				}
				c[intern("t:"+w)]++
			}
			for _, e := range a.Entities {
				name := e.Canonical
				if name == "" {
					name = e.Text
				}
				for _, tok := range nameTokens(name) {
					names = append(names, intern("e:"+tok))
				}
			}
		}
		counts[i] = c
		slices.Sort(names)
		ents[i] = slices.Compact(names)
	}

	df := make(map[int32]int)
	for _, c := range counts {
		for t := range c {
			df[t]++
		}
	}
	n := float64(len(events))
	vecs := make([]vector, len(events))
	for i, c := range counts {
		v := vector{terms: make([]int32, 0, len(c)), weights: make([]float32, 0, len(c))}
		for t := range c {
			v.terms = append(v.terms, t)
		}
		slices.Sort(v.terms)
		var norm float64
		w64 := make([]float64, len(v.terms))
		for k, t := range v.terms {
			w := (1 + math.Log(c[t])) * math.Log(1+n/float64(df[t]))
			w64[k] = w
			norm += w * w
		}
		norm = math.Sqrt(norm)
		for _, w := range w64 {
			if norm > 0 {
				w /= norm
			}
			v.weights = append(v.weights, float32(w))
		}
		vecs[i] = v
	}
	return vecs, ents
}

func isNumber(w string) bool {
	for _, r := range w {
		if (r < '0' || r > '9') && r != '.' && r != ',' {
			return false
		}
	}
	return true
}

// cosine returns the cosine of two unit vectors.
func (a vector) cosine(b vector) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a.terms) && j < len(b.terms) {
		switch {
		case a.terms[i] < b.terms[j]:
			i++
		case a.terms[i] > b.terms[j]:
			j++
		default:
			s += float64(a.weights[i]) * float64(b.weights[j])
			i++
			j++
		}
	}
	return s
}

// top returns the ids of the k highest-weighted terms of v.
func (a vector) top(k int) []int32 {
	idx := make([]int, len(a.terms))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(x, y int) bool {
		if a.weights[idx[x]] != a.weights[idx[y]] {
			return a.weights[idx[x]] > a.weights[idx[y]]
		}
		return a.terms[idx[x]] < a.terms[idx[y]]
	})
	if len(idx) > k {
		idx = idx[:k]
	}
	out := make([]int32, len(idx))
	for i, x := range idx {
		out[i] = a.terms[x]
	}
	return out
}

// jaccard returns |a∩b| / |a∪b| of two sorted sets.
func (a idSet) jaccard(b idSet) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			inter++
			i++
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// candidatePairs returns the pairs of events that share one of their top
// terms or an entity word, each pair once, in a stable order. Keys shared
// by many events say little and would make the pairs quadratic, so keys
// held by more than maxPosting events are skipped.
func candidatePairs(vecs []vector, ents []idSet, top, n int) [][2]int {
	postings := make(map[int32][]int)
	for i, v := range vecs {
		for _, t := range v.top(top) {
			postings[t] = append(postings[t], i)
		}
		for _, e := range ents[i] {
			postings[e] = append(postings[e], i)
		}
	}
	maxPosting := 64
	if m := n / 200; m > maxPosting {
		maxPosting = m
	}
	var pairs [][2]int
	for _, list := range postings {
		if len(list) > maxPosting || len(list) < 2 {
			continue
		}
		for x := 0; x < len(list); x++ {
			for y := x + 1; y < len(list); y++ {
				pairs = append(pairs, [2]int{list[x], list[y]})
			}
		}
	}
	slices.SortFunc(pairs, func(p, q [2]int) int {
		if p[0] != q[0] {
			return p[0] - q[0]
		}
		return p[1] - q[1]
	})
	return slices.Compact(pairs)
}
