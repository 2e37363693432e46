package dedup

import (
	"sort"

	"github.com/warta-news/warta"
)

// Rewrite decision thresholds, tuned on the seed pair (000/002), the
// example pair (a02/a03) and the hard negatives in the tests: reports of
// one event by different reporters, and reports cut from one template.
const (
	// SentenceThreshold is the weighted Dice similarity above which two
	// sentences count as one sentence reworded. A reworded sentence keeps
	// its names, numbers and half of its content stems; two reporters'
	// sentences about one fact share the names and a few stems.
	SentenceThreshold = 0.45
	// RewriteCoverage is the least Score of a rewrite: the similarities of
	// the sentences aligned in order, summed, over the number of sentences
	// of the shorter article. A rewrite keeps most of its source's facts,
	// in its source's order and close to its wording (the seed pair and
	// the example pair score 0.68 and 0.58); independent reports of one
	// event, and one outlet's two stories that reuse background
	// paragraphs, share a lead, a quote or two and score at most 0.25.
	RewriteCoverage = 0.4
	// RewriteAnchors is how many distinct anchors (names, numbers of two
	// digits or more, quoted words) the aligned sentences must share, so
	// that generic sentences ("the situation is under control") never
	// make a rewrite on their own.
	RewriteAnchors = 4
)

// Comparison is the verdict on one pair of articles.
type Comparison struct {
	// Kind is warta.GroupExact, warta.GroupNear or warta.GroupRewrite,
	// or "" when the two do not carry the same report.
	Kind string
	// Score is the strength of the evidence, 0..1: 1 for exact copies,
	// the estimated Jaccard similarity for near copies, and for rewrites
	// the similarity-weighted fraction of the shorter article's
	// sentences aligned in order.
	Score float64
	// Jaccard is the estimated Jaccard similarity of the word shingles.
	Jaccard float64
	// Aligned is the number of sentences aligned one to one, InOrder the
	// size of the largest set of them that keeps both articles' order,
	// and Shorter the number of sentences of the shorter article.
	Aligned, InOrder, Shorter int
	// Anchors is the number of distinct names, numbers and quoted words
	// that the in-order aligned sentences share.
	Anchors int
	// Evidence holds the aligned sentences, in the order of a.
	Evidence []warta.Alignment
}

// Compare decides whether a and b carry the same report, and how: exact
// copies, near copies (estimated shingle Jaccard at least NearThreshold),
// or a rewrite (sentences aligned by content words, names, numbers and
// quotes). Groups applies the same tests to the pairs its indexes propose.
func Compare(a, b *warta.Article) Comparison {
	if h := BodyHash(a.Body); h != "" && h == BodyHash(b.Body) {
		return Comparison{Kind: warta.GroupExact, Score: 1, Jaccard: 1}
	}
	j := Sign(a).Similarity(Sign(b))
	if j >= NearThreshold {
		return Comparison{Kind: warta.GroupNear, Score: j, Jaccard: j}
	}
	c := align(newProfile(a), newProfile(b))
	c.Jaccard = j
	return c
}

// match is a pair of aligned sentences, by index.
type match struct {
	i, j    int
	sim     float64
	anchors []uint64
}

// align aligns the sentences of a and b and decides whether b rewrites a
// (or a rewrites b). Sentences are matched one to one, the most similar
// first; the matches that keep both orders (a longest increasing
// subsequence) are the evidence, so that a rewrite that moves a paragraph
// or two still counts and a shuffle of shared facts does not.
func align(a, b *profile) Comparison {
	var cands []match
	for i := range a.sentences {
		for j := range b.sentences {
			sim, anchors := similarity(&a.sentences[i], &b.sentences[j])
			if sim >= SentenceThreshold {
				cands = append(cands, match{i: i, j: j, sim: sim, anchors: anchors})
			}
		}
	}
	sort.Slice(cands, func(x, y int) bool {
		if cands[x].sim != cands[y].sim {
			return cands[x].sim > cands[y].sim
		}
		if cands[x].i != cands[y].i {
			return cands[x].i < cands[y].i
		}
		return cands[x].j < cands[y].j
	})
	usedA := make([]bool, len(a.sentences))
	usedB := make([]bool, len(b.sentences))
	var ms []match
	for _, m := range cands {
		if usedA[m.i] || usedB[m.j] {
			continue
		}
		usedA[m.i], usedB[m.j] = true, true
		ms = append(ms, m)
	}
	sort.Slice(ms, func(x, y int) bool { return ms[x].i < ms[y].i })
	ordered := increasing(ms)

	c := Comparison{Aligned: len(ms), InOrder: len(ordered)}
	c.Shorter = min(len(a.sentences), len(b.sentences))
	seen := make(map[uint64]bool)
	for _, m := range ordered {
		for _, id := range m.anchors {
			seen[id] = true
		}
	}
	c.Anchors = len(seen)
	if c.Shorter > 0 {
		sum := 0.0
		for _, m := range ordered {
			sum += m.sim
		}
		c.Score = sum / float64(c.Shorter)
	}
	for _, m := range ordered {
		sa, sb := a.sentences[m.i].span, b.sentences[m.j].span
		c.Evidence = append(c.Evidence, warta.Alignment{
			A: a.id, AStart: sa.Start, AEnd: sa.End,
			B: b.id, BStart: sb.Start, BEnd: sb.End,
		})
	}
	if c.InOrder >= 2 && c.Score >= RewriteCoverage && c.Anchors >= RewriteAnchors {
		c.Kind = warta.GroupRewrite
	}
	return c
}

// similarity returns the weighted Dice similarity of two sentences'
// feature sets (twice the weight they share over the weight of both) and
// the anchors they share.
func similarity(s, t *sentence) (float64, []uint64) {
	if s.weight == 0 || t.weight == 0 {
		return 0, nil
	}
	shared := 0.0
	var anchors []uint64
	x, y := s.features, t.features
	for len(x) > 0 && len(y) > 0 {
		switch {
		case x[0].id < y[0].id:
			x = x[1:]
		case x[0].id > y[0].id:
			y = y[1:]
		default:
			shared += min(x[0].weight, y[0].weight)
			if x[0].anchor || y[0].anchor {
				anchors = append(anchors, x[0].id)
			}
			x, y = x[1:], y[1:]
		}
	}
	return 2 * shared / (s.weight + t.weight), anchors
}

// increasing returns the longest subsequence of ms (sorted by i) whose j
// increase too, the earliest such on ties, in O(n log n).
func increasing(ms []match) []match {
	if len(ms) == 0 {
		return nil
	}
	tails := []int{} // tails[k]: index in ms of the smallest tail of a run of length k+1
	prev := make([]int, len(ms))
	for x, m := range ms {
		k := sort.Search(len(tails), func(k int) bool { return ms[tails[k]].j >= m.j })
		if k > 0 {
			prev[x] = tails[k-1]
		} else {
			prev[x] = -1
		}
		if k == len(tails) {
			tails = append(tails, x)
		} else {
			tails[k] = x
		}
	}
	out := make([]match, len(tails))
	for x, k := tails[len(tails)-1], len(tails)-1; k >= 0; x, k = prev[x], k-1 {
		out[k] = ms[x]
	}
	return out
}
