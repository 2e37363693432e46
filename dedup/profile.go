package dedup

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/cespare/xxhash/v2"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/text"
)

// Feature kinds of a sentence. A content word is any word that is not a
// stopword, by its stem; a number is a digit run with separators and
// prefixes dropped ("12.418", "12,418" and "ke-12418" alike); a name is a
// capitalised word, folded but not stemmed. A word inside quotation marks
// weighs more: a rewrite keeps quotes word for word far more often than it
// keeps the reporter's own sentences.
const (
	kindWord = iota
	kindNumber
	kindName
)

// Feature weights. Numbers and names are what a rewrite must keep and what
// an independent report states in its own words around them; short numbers
// (days, months, counts under ten) are weak because every article has them.
const (
	weightWord        = 1.0
	weightName        = 2.0
	weightNumber      = 2.5
	weightShortNumber = 0.5
	quoteBoost        = 1.5
)

// feature is one weighted feature of a sentence. id hashes the kind and the
// key together.
type feature struct {
	id     uint64
	weight float32
	kind   byte
	anchor bool // a number of two digits or more, a name, or a quoted word
}

// sentence is one sentence of a body: its byte span and its features,
// sorted by id with no repeats.
type sentence struct {
	span         text.Span
	features     []feature
	weight       float64 // sum of the feature weights
	anchorWeight float64 // sum of the weights of names and numbers
	// key hashes the sentence's normalised text. Groups marks a sentence
	// common when its key recurs in several texts: an outlet's disclaimer,
	// the background paragraph it pastes under every story of a trial.
	key    uint64
	common bool
}

// profile is what rewrite detection knows of one article.
type profile struct {
	id        string
	lang      string
	sentences []sentence

	indexOnce sync.Once
	index     []posting // feature to sentences; see featureIndex
}

// maxSentences bounds the sentences of one body that take part in
// alignment, so that one pathological body (a log, a table of ten
// thousand lines) cannot make a pair cost millions of sentence pairs. News
// articles have far fewer; a longer body is aligned on its beginning.
const maxSentences = 400

// minSentenceWeight leaves out sentences too small to align on their own:
// a datum line, a "(ant)" sign-off, a two-word caption.
const minSentenceWeight = 3

// newProfile splits a's body into sentences and computes their features.
func newProfile(a *warta.Article) *profile {
	lang := a.Language
	if lang == "" {
		lang = "id"
	}
	body := a.Body
	quotes := quoteSpans(body)
	p := &profile{id: a.ID, lang: lang}
	// The sentences' features are gathered in buf, each sentence's run
	// at ends[i], and copied at the end into one slice of the exact size
	// that the sentences share: a profile may be kept across batches, and
	// per-sentence slices grown by append would hold twice the memory.
	var buf []feature
	var ends []int
	for _, sp := range text.Sentences(body) {
		if len(p.sentences) == maxSentences {
			break
		}
		s := sentence{span: sp}
		start := len(buf)
		words := text.Words(body[sp.Start:sp.End])
		for i, w := range words {
			word := body[sp.Start+w.Start : sp.Start+w.End]
			boost := 1.0
			if inSpans(quotes, sp.Start+w.Start) {
				boost = quoteBoost
			}
			next := ""
			if i+1 < len(words) {
				next = body[sp.Start+words[i+1].Start : sp.Start+words[i+1].End]
			}
			buf = appendWordFeatures(buf, lang, word, i == 0, next, boost)
		}
		buf = buf[:start+len(mergeFeatures(buf[start:]))]
		for _, f := range buf[start:] {
			s.weight += float64(f.weight)
			if f.kind != kindWord {
				s.anchorWeight += float64(f.weight)
			}
		}
		if s.weight < minSentenceWeight {
			buf = buf[:start]
			continue
		}
		s.key = xxhash.Sum64String(text.Normalize(body[sp.Start:sp.End]))
		p.sentences = append(p.sentences, s)
		ends = append(ends, len(buf))
	}
	all := slices.Clone(buf)
	start := 0
	for i := range p.sentences {
		p.sentences[i].features = all[start:ends[i]:ends[i]]
		start = ends[i]
	}
	p.sentences = slices.Clip(p.sentences)
	return p
}

// appendWordFeatures appends the features of one word. first says the word
// opens its sentence, where a capital letter says nothing about a name
// unless the next word is capitalised too.
func appendWordFeatures(fs []feature, lang, word string, first bool, next string, boost float64) []feature {
	if num, ok := numberKey(word); ok {
		if num == "" {
			return fs
		}
		w, anchor := weightNumber, true
		if len(num) < 2 {
			w, anchor = weightShortNumber, false
		}
		return append(fs, feature{id: featureID(kindNumber, num), weight: float32(w * boost), kind: kindNumber, anchor: anchor})
	}
	folded := text.Fold(word)
	if len(folded) < 2 || text.Stopword(lang, folded) {
		return fs
	}
	fs = append(fs, feature{id: featureID(kindWord, text.Stem(lang, folded)), weight: float32(weightWord * boost), kind: kindWord, anchor: boost > 1})
	if capitalised(word) && (!first || capitalised(next) || allCaps(word)) {
		fs = append(fs, feature{id: featureID(kindName, folded), weight: float32(weightName * boost), kind: kindName, anchor: true})
	}
	return fs
}

// numberKey returns the digits of a word that holds any ("ke-72" is "72",
// "12.418" is "12418"), with leading zeros dropped, and whether it held
// any. Words mixing letters and digits ("COVID-19", "5G") keep only their
// digits too: the letters carry no number.
func numberKey(word string) (string, bool) {
	var b strings.Builder
	has := false
	for i := 0; i < len(word); i++ {
		c := word[i]
		if '0' <= c && c <= '9' {
			has = true
			if c == '0' && b.Len() == 0 {
				continue
			}
			b.WriteByte(c)
		}
	}
	if !has {
		return "", false
	}
	if b.Len() == 0 {
		return "0", true
	}
	return b.String(), true
}

// capitalised reports whether word starts with an upper-case letter.
func capitalised(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(r)
}

// allCaps reports whether word has two or more letters, all upper case,
// as acronyms do ("BPBD", "KCNA").
func allCaps(word string) bool {
	n := 0
	for _, r := range word {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// featureID hashes a feature kind and key.
func featureID(kind byte, key string) uint64 {
	var d xxhash.Digest
	d.Reset()
	d.Write([]byte{kind, 0})
	d.WriteString(key)
	return d.Sum64()
}

// mergeFeatures sorts fs by id and keeps one feature per id, the heaviest:
// a sentence is compared as a set, so that repeating a word says nothing.
func mergeFeatures(fs []feature) []feature {
	sort.Slice(fs, func(i, j int) bool { return fs[i].id < fs[j].id })
	out := fs[:0]
	for _, f := range fs {
		if n := len(out); n > 0 && out[n-1].id == f.id {
			if f.weight > out[n-1].weight {
				out[n-1] = f
			}
			continue
		}
		out = append(out, f)
	}
	return out
}

// quoteSpans returns the byte spans of body between paired quotation
// marks: “…”, «…», and straight double quotes taken two by two. A quote
// that is not closed before the end of its paragraph is not a quote.
func quoteSpans(body string) []text.Span {
	var spans []text.Span
	open := -1
	var closer rune
	for i, r := range body {
		switch {
		case open < 0 && (r == '“' || r == '«' || r == '"'):
			open = i + utf8.RuneLen(r)
			switch r {
			case '“':
				closer = '”'
			case '«':
				closer = '»'
			default:
				closer = '"'
			}
		case open >= 0 && r == closer:
			spans = append(spans, text.Span{Start: open, End: i})
			open = -1
		case open >= 0 && r == '\n':
			open = -1
		}
	}
	return spans
}

// inSpans reports whether offset i lies in one of spans, which are sorted
// and do not overlap.
func inSpans(spans []text.Span, i int) bool {
	k := sort.Search(len(spans), func(k int) bool { return spans[k].End > i })
	return k < len(spans) && spans[k].Start <= i
}

// profileCache keeps profiles by article id, the oldest dropped first once
// their estimated size passes budget. The nil cache keeps nothing.
type profileCache struct {
	budget int64
	size   int64
	byID   map[string]*profile
	order  []*profile // in the order they were put, from head on
	head   int
}

// get returns the kept profile of the article id, or nil.
func (c *profileCache) get(id string) *profile {
	if c == nil {
		return nil
	}
	return c.byID[id]
}

// put keeps p, in place of any profile kept for its article, and drops the
// oldest profiles while the cache is over its budget.
func (c *profileCache) put(p *profile) {
	if c == nil || c.budget <= 0 {
		return
	}
	if c.byID == nil {
		c.byID = make(map[string]*profile)
	}
	if old := c.byID[p.id]; old != nil {
		c.size -= old.size()
	}
	c.byID[p.id] = p
	c.order = append(c.order, p)
	c.size += p.size()
	for c.size > c.budget && c.head < len(c.order) {
		q := c.order[c.head]
		c.order[c.head] = nil
		c.head++
		if c.byID[q.id] == q {
			delete(c.byID, q.id)
			c.size -= q.size()
		}
	}
	if c.head > len(c.order)/2 {
		c.order = append(c.order[:0], c.order[c.head:]...)
		c.head = 0
	}
}

// size estimates the bytes p holds, with its feature index built.
func (p *profile) size() int64 {
	n := int64(unsafe.Sizeof(*p)) + int64(len(p.id)) + int64(cap(p.sentences))*int64(unsafe.Sizeof(sentence{}))
	for _, s := range p.sentences {
		n += int64(cap(s.features)) * int64(unsafe.Sizeof(feature{})+unsafe.Sizeof(posting{}))
	}
	return n
}
