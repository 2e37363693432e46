package eval

import (
	"math"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/warta-news/warta/text"
)

// TLS is a timeline as timeline summarisation scores it: dated summaries,
// each a list of sentences. Dates are calendar days.
type TLS map[time.Time][]string

// dates returns the timeline's dates in order.
func (tl TLS) dates() []time.Time {
	ds := make([]time.Time, 0, len(tl))
	for d := range tl {
		ds = append(ds, d)
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i].Before(ds[j]) })
	return ds
}

// DateF1 scores the dates of a predicted timeline against a reference:
// precision, recall and F1 of the sets of dates (news-tls, Ghalandari and
// Ifrim 2020).
func DateF1(pred, ref TLS) (p, r, f float64) {
	shared := 0
	for d := range pred {
		if _, ok := ref[d]; ok {
			shared++
		}
	}
	if len(pred) > 0 {
		p = float64(shared) / float64(len(pred))
	}
	if len(ref) > 0 {
		r = float64(shared) / float64(len(ref))
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// rougeTokens turns sentences into ROUGE-1 unit counts: lower-cased runs
// of letters and digits, stopwords of lang left out and the rest stemmed
// when Warta has a list and a stemmer for lang (id, en; none for others,
// as ROUGE-1.5.5's English stopwords and Porter stemmer leave Spanish
// alone).
func rougeTokens(lang string, sents []string) map[string]int {
	counts := map[string]int{}
	for _, s := range sents {
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}) {
			if text.Stopword(lang, w) {
				continue
			}
			counts[text.Stem(lang, w)]++
		}
	}
	return counts
}

// rougeCounts returns ROUGE-1's hit count (clipped unigram matches) and the
// sizes of the predicted and the reference summaries.
func rougeCounts(pred, ref map[string]int) (hits, predN, refN int) {
	for w, n := range pred {
		predN += n
		hits += min(n, ref[w])
	}
	for _, n := range ref {
		refN += n
	}
	return hits, predN, refN
}

// rougeApprox is ROUGE-1 F1 on the same units, the content part of the
// alignment cost.
func rougeApprox(pred, ref map[string]int) float64 {
	hits, pn, rn := rougeCounts(pred, ref)
	if hits == 0 {
		return 0
	}
	p, r := float64(hits)/float64(pn), float64(hits)/float64(rn)
	return 2 * p * r / (p + r)
}

// dayDistance is the number of days between a and b.
func dayDistance(a, b time.Time) float64 {
	return math.Abs(math.Round(a.Sub(b).Hours() / 24))
}

// AlignedROUGE1 scores a predicted timeline against a reference with the
// many-to-one alignment ROUGE of Martschat and Markert (2017), "align+
// m:1", which news-tls reports as AR1-F: each predicted date is aligned
// to the reference date of least cost (for precision), each reference
// date to the predicted date of least cost (for recall); the cost of a
// pair is (1 − 1/(days apart + 1)) · (1 − ROUGE-1 F1 of their
// summaries), and an aligned pair's ROUGE-1 hits count 1/(days apart + 1).
// lang selects the stopwords and stemmer.
func AlignedROUGE1(pred, ref TLS, lang string) (p, r, f float64) {
	pd, rd := pred.dates(), ref.dates()
	if len(pd) == 0 || len(rd) == 0 {
		return 0, 0, 0
	}
	pt := make([]map[string]int, len(pd))
	for i, d := range pd {
		pt[i] = rougeTokens(lang, pred[d])
	}
	rt := make([]map[string]int, len(rd))
	for j, d := range rd {
		rt[j] = rougeTokens(lang, ref[d])
	}
	cost := func(i, j int) float64 {
		return (1 - 1/(dayDistance(pd[i], rd[j])+1)) * (1 - rougeApprox(pt[i], rt[j]))
	}
	var pNum, pDen, rNum, rDen float64
	for i := range pd {
		best := 0
		for j := 1; j < len(rd); j++ {
			if cost(i, j) < cost(i, best) {
				best = j
			}
		}
		hits, pn, _ := rougeCounts(pt[i], rt[best])
		pNum += float64(hits) / (dayDistance(pd[i], rd[best]) + 1)
		pDen += float64(pn)
	}
	for j := range rd {
		best := 0
		for i := 1; i < len(pd); i++ {
			if cost(i, j) < cost(best, j) {
				best = i
			}
		}
		hits, _, rn := rougeCounts(pt[best], rt[j])
		rNum += float64(hits) / (dayDistance(pd[best], rd[j]) + 1)
		rDen += float64(rn)
	}
	if pDen > 0 {
		p = pNum / pDen
	}
	if rDen > 0 {
		r = rNum / rDen
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}
