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
	// the example pair score 0.67 and 0.58); independent reports of one
	// event, and one outlet's two stories that reuse background
	// paragraphs, share a lead, a quote or two and score at most 0.25.
	RewriteCoverage = 0.4
	// RewriteLongerCoverage is the least share of the longer article
	// that the aligned sentences must cover, measured as for Score. A
	// rewrite may add context to its source, but a digest that quotes
	// five reports (a weekly round-up of hoaxes, a "top 3") is a copy of
	// none of them, and would otherwise chain them all into one group.
	RewriteLongerCoverage = 0.2
	// CrossRewriteCoverage replaces RewriteCoverage between articles in
	// two languages, where only names and numbers can align and sentences
	// without them never do. A translation of the test rewrite scores
	// 0.37; independent reports of one event in Indonesian and English
	// (the example articles) score at most 0.16. One written example is
	// thin evidence: treat cross-language rewrites as a first attempt.
	CrossRewriteCoverage = 0.3
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
	// Longer is the share of the longer article covered, as Score is of
	// the shorter.
	Longer float64
	// Anchors is the number of distinct names, numbers and quoted words
	// that the in-order aligned sentences share.
	Anchors int
	// Evidence holds the aligned sentences, in the order of a.
	Evidence []warta.Alignment
}

// Compare decides whether a and b carry the same report, and how: exact
// copies, near copies (estimated shingle Jaccard at least NearThreshold),
// or a rewrite (sentences aligned by content words, names, numbers and
// quotes, between articles of two outlets, or of unknown outlets). Groups
// applies the same tests to the pairs its indexes propose.
func Compare(a, b *warta.Article) Comparison {
	if h := BodyHash(a.Body); h != "" && h == BodyHash(b.Body) {
		return Comparison{Kind: warta.GroupExact, Score: 1, Jaccard: 1}
	}
	j := Sign(a).Similarity(Sign(b))
	if j >= NearThreshold {
		return Comparison{Kind: warta.GroupNear, Score: j, Jaccard: j}
	}
	if !rewriteAllowed(a, b) {
		return Comparison{Jaccard: j}
	}
	c := align(newProfile(a), newProfile(b))
	c.Jaccard = j
	return c
}

// countSentences returns the number of sentences of p that take part in
// alignment: those not marked common.
func (p *profile) countSentences() int {
	n := 0
	for _, s := range p.sentences {
		if !s.common {
			n++
		}
	}
	return n
}

// crossLanguage reports whether two language codes name languages whose
// words cannot match: Indonesian and Malay share theirs, and an unknown
// language ("und") is compared word by word, in hope.
func crossLanguage(a, b string) bool {
	family := func(l string) string {
		if l == "ms" {
			return "id"
		}
		return l
	}
	a, b = family(a), family(b)
	return a != b && a != "und" && b != "und"
}

// posting says that sentence j holds feature id.
type posting struct {
	id uint64
	j  int32
}

// featureIndex returns the features of p's sentences as postings sorted by
// feature, then sentence: an inverted index in one flat slice, built on
// first use.
func (p *profile) featureIndex() []posting {
	p.indexOnce.Do(func() {
		n := 0
		for _, s := range p.sentences {
			n += len(s.features)
		}
		p.index = make([]posting, 0, n)
		for j, s := range p.sentences {
			for _, f := range s.features {
				p.index = append(p.index, posting{f.id, int32(j)})
			}
		}
		sort.Slice(p.index, func(x, y int) bool {
			if p.index[x].id != p.index[y].id {
				return p.index[x].id < p.index[y].id
			}
			return p.index[x].j < p.index[y].j
		})
	})
	return p.index
}

// sentencesWith returns the postings of index for feature id.
func sentencesWith(index []posting, id uint64) []posting {
	k := sort.Search(len(index), func(k int) bool { return index[k].id >= id })
	end := k
	for end < len(index) && index[end].id == id {
		end++
	}
	return index[k:end]
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
	// b's inverted index gives, for each sentence of a, the weight it
	// shares with each sentence of b; only pairs whose shared weight could
	// reach SentenceThreshold are compared in full.
	index := b.featureIndex()
	cross := crossLanguage(a.lang, b.lang)
	shared := make([]float64, len(b.sentences))
	var touched []int32
	var cands []match
	for i := range a.sentences {
		s := &a.sentences[i]
		if s.common {
			continue
		}
		touched = touched[:0]
		for _, f := range s.features {
			if cross && f.kind == kindWord {
				continue
			}
			for _, ps := range sentencesWith(index, f.id) {
				j := ps.j
				if b.sentences[j].common {
					continue
				}
				if shared[j] == 0 {
					touched = append(touched, j)
				}
				shared[j] += float64(f.weight)
			}
		}
		for _, j := range touched {
			t := &b.sentences[j]
			// shared[j] over-counts by taking a's weights, so the bound
			// is loose but safe: Dice with min weights is never higher.
			if cross || 2*shared[j]/(s.weight+t.weight) >= SentenceThreshold {
				if sim, anchors := similarity(s, t, cross); sim >= SentenceThreshold {
					cands = append(cands, match{i: i, j: int(j), sim: sim, anchors: anchors})
				}
			}
			shared[j] = 0
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
	na, nb := a.countSentences(), b.countSentences()
	c.Shorter = min(na, nb)
	longer := max(na, nb)
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
		c.Longer = sum / float64(longer)
	}
	for _, m := range ordered {
		sa, sb := a.sentences[m.i].span, b.sentences[m.j].span
		c.Evidence = append(c.Evidence, warta.Alignment{
			A: a.id, AStart: sa.Start, AEnd: sa.End,
			B: b.id, BStart: sb.Start, BEnd: sb.End,
		})
	}
	need := RewriteCoverage
	if cross {
		need = CrossRewriteCoverage
	}
	if c.InOrder >= 2 && c.Score >= need && c.Longer >= RewriteLongerCoverage && c.Anchors >= RewriteAnchors {
		c.Kind = warta.GroupRewrite
	}
	return c
}

// similarity returns the weighted Dice similarity of two sentences'
// feature sets (twice the weight they share over the weight of both) and
// the anchors they share. Numbers must agree: when both sentences hold
// numbers of two digits or more and share none, they state different facts
// in one template ("emas Rp 1.911.000" against "emas Rp 1.905.000", two
// match results) and their similarity is 0; when they share only some,
// it is scaled by the share. Names are scaled the same way, more gently,
// since a rewrite may name a person by surname alone.
//
// Across languages (cross), content words cannot match, so only names and
// numbers are compared, and a pair must share at least two of them.
func similarity(s, t *sentence, cross bool) (float64, []uint64) {
	ws, wt := s.weight, t.weight
	if cross {
		ws, wt = s.anchorWeight, t.anchorWeight
	}
	if ws == 0 || wt == 0 {
		return 0, nil
	}
	shared := 0.0
	var anchors []uint64
	var numS, numT, numBoth, nameS, nameT, nameBoth int
	x, y := s.features, t.features
	for len(x) > 0 || len(y) > 0 {
		switch {
		case len(y) == 0 || len(x) > 0 && x[0].id < y[0].id:
			countKind(x[0], &numS, &nameS)
			x = x[1:]
		case len(x) == 0 || x[0].id > y[0].id:
			countKind(y[0], &numT, &nameT)
			y = y[1:]
		case cross && x[0].kind == kindWord:
			x = x[1:]
		case cross && y[0].kind == kindWord:
			y = y[1:]
		default:
			shared += float64(min(x[0].weight, y[0].weight))
			if x[0].anchor || y[0].anchor {
				anchors = append(anchors, x[0].id)
			}
			countKind(x[0], &numBoth, &nameBoth)
			x, y = x[1:], y[1:]
		}
	}
	if cross && numBoth+nameBoth < 2 {
		return 0, nil
	}
	sim := 2 * shared / (ws + wt)
	if numS+numBoth > 0 && numT+numBoth > 0 {
		sim *= agreement(numBoth, numS, numT, 1)
	}
	if nameS+nameBoth > 0 && nameT+nameBoth > 0 {
		sim *= agreement(nameBoth, nameS, nameT, 0.8)
	}
	return sim, anchors
}

// countKind counts f in *num when it is an anchor number, in *name when it
// is a name.
func countKind(f feature, num, name *int) {
	switch {
	case f.kind == kindNumber && f.anchor:
		*num++
	case f.kind == kindName:
		*name++
	}
}

// agreement returns the factor that scales a sentence similarity for how
// well two sentences' numbers (or names) agree: both counts hold only
// what one sentence has. It is 1 when the smaller set is all shared, and
// falls to 1-strength when nothing is shared.
func agreement(both, onlyS, onlyT int, strength float64) float64 {
	smaller := min(both+onlyS, both+onlyT)
	share := float64(both) / float64(smaller)
	return 1 - strength*(1-share)
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
