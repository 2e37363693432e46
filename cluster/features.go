package cluster

import (
	"math"
	"slices"
	"strings"

	"github.com/warta-news/warta/text"
)

// vocab interns words to ids and counts in how many documents each occurs,
// for inverse document frequencies that follow the stream.
type vocab struct {
	ids   map[string]int32
	words []string // id → word
	df    []int32
	docs  int
	seen  []int32 // by id: the number of the last document observed holding it
}

func newVocab() *vocab { return &vocab{ids: make(map[string]int32)} }

func (v *vocab) id(w string) int32 {
	id, ok := v.ids[w]
	if !ok {
		// A copy: w may be cut from a larger string (Doc.UnmarshalBinary)
		// that the vocabulary should not keep.
		w = strings.Clone(w)
		id = int32(len(v.df))
		v.ids[w] = id
		v.words = append(v.words, w)
		v.df = append(v.df, 0)
	}
	return id
}

// observe counts one document holding words (each counted once).
func (v *vocab) observe(words []string) {
	v.observeIDs(v.idsOf(words))
}

// idsOf returns the ids of words, interning the new ones.
func (v *vocab) idsOf(words []string) []int32 {
	ids := make([]int32, len(words))
	for i, w := range words {
		ids[i] = v.id(w)
	}
	return ids
}

// observeIDs is observe for words given by id.
func (v *vocab) observeIDs(ids []int32) {
	v.docs++
	// A word counts once per document: seen marks the words of this one
	// by its number.
	if n := len(v.seen); n < len(v.df) {
		v.seen = slices.Grow(v.seen, len(v.df)-n)[:len(v.df)] // zero past n: seen never shrinks
	}
	for _, id := range ids {
		if v.seen[id] != int32(v.docs) {
			v.seen[id] = int32(v.docs)
			v.df[id]++
		}
	}
}

// idf is the smoothed inverse document frequency of term id.
func (v *vocab) idf(id int32) float64 {
	var df float64
	if int(id) < len(v.df) {
		df = float64(v.df[id])
	}
	return math.Log(float64(v.docs+1)/(df+1)) + 1
}

// vector is a sparse unit-length vector: ids in increasing order with
// their weights.
type vector struct {
	ids     []int32
	weights []float32
}

// vectorize returns the unit TF-IDF vector of words: (1 + ln tf) · idf.
func (v *vocab) vectorize(words []string) vector {
	return v.vectorizeIDs(v.idsOf(words))
}

// vectorizeIDs is vectorize for words given by id; the vector keeps ids
// (reordered).
func (v *vocab) vectorizeIDs(ids []int32) vector {
	slices.Sort(ids)
	// ids becomes the distinct ids, tf their counts.
	tf := make([]float64, 0, len(ids))
	n := 0
	for i, id := range ids {
		if i > 0 && id == ids[n-1] {
			tf[n-1]++
			continue
		}
		ids[n] = id
		tf = append(tf, 1)
		n++
	}
	out := vector{ids: slices.Clip(ids[:n]), weights: make([]float32, n)}
	var norm float64
	for k, id := range out.ids {
		w := (1 + math.Log(tf[k])) * v.idf(id)
		tf[k] = w
		norm += w * w
	}
	norm = math.Sqrt(norm)
	for k, w := range tf {
		if norm > 0 {
			w /= norm
		}
		out.weights[k] = float32(w)
	}
	return out
}

// truncate returns v cut to its k highest-weighted entries, unit length
// again: the few telling terms of an article carry its cosine, and a short
// vector keeps the cost per article small.
func (a vector) truncate(k int) vector {
	if len(a.ids) <= k {
		return a
	}
	keep := a.top(k)
	slices.Sort(keep)
	out := vector{ids: keep, weights: make([]float32, len(keep))}
	var norm float64
	j := 0
	for i, id := range a.ids {
		if j < len(keep) && keep[j] == id {
			out.weights[j] = a.weights[i]
			norm += float64(a.weights[i]) * float64(a.weights[i])
			j++
		}
	}
	norm = math.Sqrt(norm)
	for i := range out.weights {
		out.weights[i] = float32(float64(out.weights[i]) / norm)
	}
	return out
}

// top returns the ids of the k highest-weighted entries of v, heaviest
// first, the smaller id first on a tie.
func (a vector) top(k int) []int32 {
	pos := a.topPositions(k)
	for i, p := range pos {
		pos[i] = a.ids[p]
	}
	return pos
}

// topPositions returns the positions in v of its k highest-weighted
// entries, in the order top returns their ids.
func (a vector) topPositions(k int) []int32 {
	// Weights are positive, so the bits of a float32 order as its value
	// does: one integer key per entry sorts by weight (descending), then
	// by position, which is the order of ids.
	keys := make([]uint64, len(a.ids))
	for i, w := range a.weights {
		keys[i] = uint64(^math.Float32bits(w))<<32 | uint64(i)
	}
	slices.Sort(keys)
	out := make([]int32, min(k, len(keys)))
	for i := range out {
		out[i] = int32(uint32(keys[i]))
	}
	return out
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

// nameTokenIDs returns the ids of nameTokens(name): those remembered
// when x observed name, or else interned now.
func (x *Index) nameTokenIDs(name string) []int32 {
	if ids, ok := x.nameIDs[name]; ok {
		return ids
	}
	return x.names.idsOf(nameTokens(name))
}

// nameWordIDs returns the ids of the telling words of all of names, in a
// new slice. The ids of a name's words are remembered when x observes it
// (learn), as a name recurs in thousands of articles; without learn, a
// name not observed yet is split again, and its new words interned.
func (x *Index) nameWordIDs(names []string, learn bool) []int32 {
	var out []int32
	for _, n := range names {
		ids, ok := x.nameIDs[n]
		if !ok {
			ids = x.names.idsOf(nameTokens(n))
			if learn {
				x.nameIDs[n] = ids
			}
		}
		out = append(out, ids...)
	}
	return out
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
	"pos": true, "post": true, "pengamatan": true, "level": true, "status": true, "badan": true, "agency": true,
	"pusat": true, "center": true, "centre": true, "dinas": true, "kantor": true, "office": true, "api": true,
}
