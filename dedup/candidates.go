package dedup

import (
	"cmp"
	"slices"
	"sort"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/text"
)

// Bounds of rewrite candidate generation. Each article looks up at most
// candidateAnchors of its rarest anchors, skips anchors held by more than
// maxPosting articles (a name in every story of the week proposes
// nothing), and keeps at most maxPartners partners, so that the work is
// linear in the number of articles.
const (
	candidateAnchors = 48
	maxPosting       = 100
	maxPartners      = 12
	minSharedAnchors = 3
)

// anchorSet returns the distinct anchors of a body for candidate
// generation: numbers of two digits or more, capitalised words that are not
// stopwords, and long words that are not stopwords, each folded and
// hashed. No stemming here: it is the cheap, recall-minded pass, and the
// alignment that follows judges.
func anchorSet(a *warta.Article) []uint64 {
	lang := a.Language
	if lang == "" {
		lang = "id"
	}
	body := a.Body
	var ids []uint64
	for _, w := range text.Words(body) {
		word := body[w.Start:w.End]
		if num, ok := numberKey(word); ok {
			if len(num) >= 2 {
				ids = append(ids, featureID(kindNumber, num))
			}
			continue
		}
		folded := text.Fold(word)
		if len(folded) < 3 || text.Stopword(lang, folded) {
			continue
		}
		switch {
		case capitalised(word):
			ids = append(ids, featureID(kindName, folded))
		case len(folded) >= 7:
			ids = append(ids, featureID(kindWord, folded))
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	out := ids[:0]
	for i, id := range ids {
		if i == 0 || id != ids[i-1] {
			out = append(out, id)
		}
	}
	return out
}

// rewriteCandidates returns pairs (i < j) of documents, given as anchor
// sets, that share at least minSharedAnchors of their rarer anchors: an
// inverted index from anchor to documents, read only for anchors that
// few documents hold.
func rewriteCandidates(anchors [][]uint64) [][2]int {
	df := make(map[uint64]int32)
	for _, as := range anchors {
		for _, id := range as {
			df[id]++
		}
	}
	postings := make(map[uint64][]int32)
	for d, as := range anchors {
		for _, id := range as {
			if n := df[id]; n >= 2 && n <= maxPosting {
				postings[id] = append(postings[id], int32(d))
			}
		}
	}
	return anchorPairs(anchors, df, postings, nil)
}

// anchorPairs returns the pairs rewriteCandidates proposes, searching
// from the documents d with search[d] (all when search is nil); df and
// postings must be complete for the anchors of those documents.
func anchorPairs(anchors [][]uint64, df map[uint64]int32, postings map[uint64][]int32, search []bool) [][2]int {
	counts := make([]int32, len(anchors))
	seen := make(map[[2]int]bool)
	var pairs [][2]int
	type rareAnchor struct {
		df int32
		id uint64
	}
	var rare []rareAnchor
	var touched, partners []int32
	for d, as := range anchors {
		if search != nil && !search[d] {
			continue
		}
		rare = rare[:0]
		for _, id := range as {
			if n := df[id]; n >= 2 && n <= maxPosting {
				rare = append(rare, rareAnchor{n, id})
			}
		}
		slices.SortFunc(rare, func(x, y rareAnchor) int {
			if c := cmp.Compare(x.df, y.df); c != 0 {
				return c
			}
			return cmp.Compare(x.id, y.id)
		})
		if len(rare) > candidateAnchors {
			rare = rare[:candidateAnchors]
		}
		touched = touched[:0]
		for _, r := range rare {
			for _, e := range postings[r.id] {
				if int(e) == d {
					continue
				}
				if counts[e] == 0 {
					touched = append(touched, e)
				}
				counts[e]++
			}
		}
		partners = partners[:0]
		for _, e := range touched {
			if counts[e] >= minSharedAnchors {
				partners = append(partners, e)
			}
		}
		slices.SortFunc(partners, func(x, y int32) int {
			if c := cmp.Compare(counts[y], counts[x]); c != 0 {
				return c
			}
			return cmp.Compare(x, y)
		})
		if len(partners) > maxPartners {
			partners = partners[:maxPartners]
		}
		for _, e := range partners {
			p := [2]int{min(d, int(e)), max(d, int(e))}
			if !seen[p] {
				seen[p] = true
				pairs = append(pairs, p)
			}
		}
		for _, e := range touched {
			counts[e] = 0
		}
	}
	return pairs
}

// nearCandidates returns pairs (i < j) of signatures that agree on all
// rows of at least one LSH band. A bucket larger than maxPosting is read
// only against its first member, which keeps a flood of one text linear.
// Buckets are runs of a sorted array of (band key, document) rather than
// a map: 12 bytes per band and document, a fraction of a map's overhead
// with a million documents.
func nearCandidates(sigs []Signature) [][2]int {
	entries := make([]keyDoc, 0, len(sigs)*lshBands)
	for d, s := range sigs {
		for _, k := range s.bandKeys() {
			entries = append(entries, keyDoc{k, int32(d)})
		}
	}
	return bucketPairs(entries)
}

// keyDoc is one band key of one document.
type keyDoc struct {
	key uint64
	doc int32
}

// bucketPairs returns the pairs nearCandidates proposes from entries.
func bucketPairs(entries []keyDoc) [][2]int {
	slices.SortFunc(entries, func(x, y keyDoc) int {
		if c := cmp.Compare(x.key, y.key); c != 0 {
			return c
		}
		return cmp.Compare(x.doc, y.doc)
	})
	seen := make(map[[2]int]bool)
	var pairs [][2]int
	add := func(a, b int) {
		p := [2]int{min(a, b), max(a, b)}
		if !seen[p] {
			seen[p] = true
			pairs = append(pairs, p)
		}
	}
	for lo := 0; lo < len(entries); {
		hi := lo + 1
		for hi < len(entries) && entries[hi].key == entries[lo].key {
			hi++
		}
		ds := entries[lo:hi]
		lo = hi
		for x := range ds {
			if len(ds) > maxPosting {
				if x > 0 {
					add(int(ds[0].doc), int(ds[x].doc))
				}
				continue
			}
			for y := x + 1; y < len(ds); y++ {
				add(int(ds[x].doc), int(ds[y].doc))
			}
		}
	}
	return pairs
}

// nearCandidatesFor returns the pairs of nearCandidates(sigs) that hold
// a wanted document (and perhaps others), reading only the buckets that
// hold a wanted document, so that a small batch compared with a large
// index costs a scan of the index's band keys, not a sort of them.
func nearCandidatesFor(sigs []Signature, wanted []bool) [][2]int {
	if mostlyWanted(wanted) {
		return nearCandidates(sigs)
	}
	keys := make(map[uint64]bool)
	for d, s := range sigs {
		if wanted[d] {
			for _, k := range s.bandKeys() {
				keys[k] = true
			}
		}
	}
	var entries []keyDoc
	for d, s := range sigs {
		for _, k := range s.bandKeys() {
			if keys[k] {
				entries = append(entries, keyDoc{k, int32(d)})
			}
		}
	}
	return bucketPairs(entries)
}

// mostlyWanted reports whether half or more of the documents are wanted,
// when restricting the candidate search to them saves nothing.
func mostlyWanted(wanted []bool) bool {
	n := 0
	for _, w := range wanted {
		if w {
			n++
		}
	}
	return 2*n >= len(wanted)
}

// rewriteCandidatesFor returns the pairs of rewriteCandidates(anchors)
// that hold a wanted document (and perhaps others). Only the documents
// that can pair with a wanted one are searched: the wanted ones and
// those sharing an anchor with them that is rare enough to be looked up;
// only their anchors are counted and posted.
func rewriteCandidatesFor(anchors [][]uint64, wanted []bool) [][2]int {
	if mostlyWanted(wanted) {
		return rewriteCandidates(anchors)
	}
	// Document frequencies of the wanted documents' anchors.
	df := make(map[uint64]int32)
	for d, as := range anchors {
		if wanted[d] {
			for _, id := range as {
				df[id] = 0
			}
		}
	}
	for _, as := range anchors {
		for _, id := range as {
			if n, ok := df[id]; ok {
				df[id] = n + 1
			}
		}
	}
	// The documents that can pair with a wanted one: a pair needs a
	// shared anchor that one side looks up, so a rare one.
	search := slices.Clone(wanted)
	for d, as := range anchors {
		if search[d] {
			continue
		}
		for _, id := range as {
			if n, ok := df[id]; ok && n >= 2 && n <= maxPosting {
				search[d] = true
				break
			}
		}
	}
	// Every anchor of those documents, counted and posted over all.
	for d, as := range anchors {
		if search[d] && !wanted[d] {
			for _, id := range as {
				if _, ok := df[id]; !ok {
					df[id] = 0
				}
			}
		}
	}
	for id := range df {
		df[id] = 0
	}
	postings := make(map[uint64][]int32)
	for d, as := range anchors {
		for _, id := range as {
			n, ok := df[id]
			if !ok {
				continue
			}
			df[id] = n + 1
			if n < maxPosting {
				postings[id] = append(postings[id], int32(d))
			}
		}
	}
	for id, n := range df {
		if n < 2 || n > maxPosting {
			delete(postings, id)
		}
	}
	return anchorPairs(anchors, df, postings, search)
}
