package extract

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"hash/maphash"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/warta-news/warta/text"
)

// idWordsGz holds Indonesian word counts (see words_gen_test.go): the
// evidence for splitting words that a scraper glued together.
//
//go:embed lexicon/id-words.txt.gz
var idWordsGz []byte

var (
	wordsOnce sync.Once
	words     *wordTable
)

// wordFreq returns how often the lower-cased word w occurs in the word list.
func wordFreq(w string) int {
	wordsOnce.Do(loadWords)
	return words.freq(w)
}

func loadWords() {
	counts := make(map[string]int, 32000)
	defer func() { words = newWordTable(counts) }()
	zr, err := gzip.NewReader(bytes.NewReader(idWordsGz))
	if err != nil {
		return // the list is embedded: a broken one fails the tests
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		w, n, ok := strings.Cut(sc.Text(), "\t")
		if !ok || strings.HasPrefix(w, "#") {
			continue
		}
		if c, err := strconv.Atoi(n); err == nil {
			counts[w] = c
		}
	}
}

// wordTable is a read-only map from word to count, made for the many
// look-ups of glued-word repair: open addressing over one array of slots
// that hold a fingerprint of the word's hash, its count and where it lies
// in one string of all words, so that a look-up reads a slot and the
// word, where a Go map also reads a key header and a control word.
type wordTable struct {
	seed  maphash.Seed
	slots []wordSlot // a power of two, at most half full
	text  string
}

type wordSlot struct {
	off   uint32 // the word is text[off : off+n]
	count uint32 // 0 for an empty slot
	fp    uint16 // the top bits of the word's hash
	n     uint16
}

func newWordTable(counts map[string]int) *wordTable {
	size := 16
	for size < 2*len(counts) {
		size *= 2
	}
	t := &wordTable{seed: maphash.MakeSeed(), slots: make([]wordSlot, size)}
	var text strings.Builder
	for _, w := range slices.Sorted(maps.Keys(counts)) {
		c := counts[w]
		if c <= 0 || len(w) > math.MaxUint16 || c > math.MaxUint32 {
			continue // a count of 0 is no count; the list has no such words
		}
		h := maphash.String(t.seed, w)
		i := int(h) & (size - 1)
		for t.slots[i].count != 0 {
			i = (i + 1) & (size - 1)
		}
		t.slots[i] = wordSlot{off: uint32(text.Len()), count: uint32(c), fp: uint16(h >> 48), n: uint16(len(w))}
		text.WriteString(w)
	}
	t.text = text.String()
	return t
}

// freq returns the count of w, 0 for a word not in the table.
func (t *wordTable) freq(w string) int {
	h := maphash.String(t.seed, w)
	fp := uint16(h >> 48)
	mask := len(t.slots) - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.count == 0 {
			return 0
		}
		if s.fp == fp && int(s.n) == len(w) && t.text[s.off:s.off+uint32(s.n)] == w {
			return int(s.count)
		}
	}
}

// glueWords are the short function words that scrapers most often glue to
// the word before or after a link ("mentalyang", "Frimpongdan",
// "diTesso"). They may be split off an unknown name; other pieces must be
// listed words.
var glueWords = map[string]bool{
	"yang": true, "dan": true, "di": true, "ke": true, "dari": true, "dengan": true,
	"untuk": true, "pada": true, "dalam": true, "oleh": true, "atau": true, "serta": true,
	"bagi": true, "akan": true, "juga": true, "sebagai": true, "adalah": true, "ini": true,
	"itu": true, "karena": true, "tentang": true, "terhadap": true, "melalui": true,
}

// glueWordList holds glueWords as a slice, which gluedAfter ranges over
// for every piece it judges: faster than ranging over the map.
var glueWordList = slices.Sorted(maps.Keys(glueWords))

// Limits of glued-word repair.
const (
	minGluedToken = 6 // shorter tokens are left alone
	minPieceLen   = 3 // a listed piece is this long at least, unless it is a glue word
	minNameLen    = 3 // an unknown capitalised piece (a name) is this long at least
	minLongFreq   = 20
	minLongLen    = 6 // a word of this length and frequency may follow a capitalised word unspaced
	// minNameWordLen is how long a common word glued after an unknown
	// name must be: long enough that it is not the end of the name itself.
	minNameWordLen = 8
	maxGluedPieces = 8
	// maxPieceRunes bounds a piece, and so the work on one token.
	maxPieceRunes = 24
	// minBrandFreq is how common the first word of a capitalised token
	// with one change of case must be for the token to be split.
	minBrandFreq = 20
	// minLowerCutFreq is how common a piece next to a cut between two
	// lower-case letters must be.
	minLowerCutFreq = 5
	minLowerCutLen  = 4
	minShortCutFreq = 100 // a four-letter piece of a lower-case join is this common
	// Scores are log probabilities under a unigram model of the word list:
	// a listed piece scores log(freq/total); an unknown name pays for each
	// of its letters, so that a known word split off it ("Frimpong|dan")
	// wins over the longer unknown name.
	logTotal      = 13.9 // log of the list's total count, about 1.1 million
	namePerLetter = 2.0
)

// clitics are listed as words (a tokenizer split them off) but are never
// a word of their own in running text.
var clitics = map[string]bool{"nya": true, "lah": true, "kah": true, "tah": true, "pun": true, "kan": true, "mu": true, "ku": true}

// brandPrefixes start names that are written glued on purpose
// ("detikNews", "eKTP", "iPhone").
var brandPrefixes = []string{"detik", "e", "i"}

// RepairGlued splits the words of line that a scraper glued together
// where a link or markup was ("DiSinetron Luka Cintaepisode" becomes "Di
// Sinetron Luka Cinta episode"). A token is split only when it is not a
// listed word itself and every piece is clear: a listed word of some
// frequency, a short function word, or a capitalised name bounded by a
// change of case or a function word. Tokens with digits or dots (numbers,
// domains) are left alone.
func RepairGlued(line string) string {
	return repairGlued(line, nil)
}

// repairGlued is RepairGlued, remembering in listed, if not nil, tokens
// found in the word list.
func repairGlued(line string, listed *listedMemo) string {
	// A name that a split leaves whole may split again on its own
	// ("DiGiannantonio" gives "Giannantonio"): repeat until nothing
	// changes, so that repairing repaired text changes nothing.
	for range 4 {
		fixed := repairOnce(line, listed)
		if fixed == line {
			break
		}
		line = fixed
	}
	return line
}

// repairOnce is one pass of RepairGlued over the tokens of line.
func repairOnce(line string, listed *listedMemo) string {
	if !mayBeGlued(line) {
		return line
	}
	// Most lines need nothing: the builder starts at the first change.
	var b strings.Builder
	done := 0 // line[:done] is in b, once b is in use
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		switch {
		case r == '#' || r == '@':
			// A hashtag or a handle is glued on purpose: skip it whole.
			i += size
			for i < len(line) {
				c, n := utf8.DecodeRuneInString(line[i:])
				if !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '_' {
					break
				}
				i += n
			}
		case unicode.IsLetter(r):
			j := i + size
			for j < len(line) {
				c, n := utf8.DecodeRuneInString(line[j:])
				if !unicode.IsLetter(c) {
					break
				}
				j += n
			}
			if fixed, ok := splitToken(line[i:j], listed); ok {
				if done == 0 && b.Len() == 0 {
					b.Grow(len(line) + 8)
				}
				b.WriteString(line[done:i])
				b.WriteString(fixed)
				done = j
			}
			i = j
		default:
			i += size
		}
	}
	if done == 0 {
		return line
	}
	b.WriteString(line[done:])
	return b.String()
}

// mayBeGlued is a cheap test for a letter run long enough to hold two words.
func mayBeGlued(line string) bool {
	run := 0
	for _, r := range line {
		if unicode.IsLetter(r) {
			if run++; run >= minGluedToken {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// splitToken splits one run of letters, or reports false.
func splitToken(tok string, listed *listedMemo) (string, bool) {
	if utf8.RuneCountInString(tok) < minGluedToken {
		return "", false
	}
	var slot *string
	if listed != nil {
		slot = &listed.toks[maphash.String(listed.seed, tok)%uint64(len(listed.toks))]
		if *slot == tok {
			return "", false
		}
	}
	var buf [32]byte
	if wordFreq(string(text.AppendLower(buf[:0], tok))) > 0 {
		if slot != nil {
			*slot = tok
		}
		return "", false
	}
	for _, p := range brandPrefixes {
		if rest, ok := strings.CutPrefix(tok, p); ok && rest != "" {
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
				return "", false
			}
		}
	}
	if v, ok := segmented.get(tok); ok {
		return v.fixed, v.ok
	}
	fixed, ok := segment(tok)
	segmented.put(tok, split{fixed, ok})
	return fixed, ok
}

// A listedMemo remembers tokens of one text that are in the word list:
// a token met again costs a look-up in a few hundred bytes, not in the
// list.
type listedMemo struct {
	seed maphash.Seed
	toks [128]string
}

func newListedMemo() *listedMemo { return &listedMemo{seed: listedSeed} }

// listedSeed seeds the hashes of every listedMemo.
var listedSeed = maphash.MakeSeed()

// segment finds the best split of tok into listed words and names, as
// splitToken returns it.
func segment(tok string) (string, bool) {
	tk := newToken(tok)
	rs := tk.rs
	n := len(rs)
	// best[i] is the best segmentation of rs[:i]: the highest score.
	type cell struct {
		pieces int
		score  float64
		prev   int
		ok     bool
	}
	best := make([]cell, n+1)
	best[0] = cell{ok: true}
	for end := 1; end <= n; end++ {
		for start := 0; start < end; start++ {
			if !best[start].ok || best[start].pieces >= maxGluedPieces {
				continue
			}
			before, after := noCut, noCut
			if start > 0 {
				before = cutAt(rs, start)
			}
			if end < n {
				after = cutAt(rs, end)
			}
			if (start > 0 && before == noCut) || (end < n && after == noCut) || end-start > maxPieceRunes {
				continue
			}
			s, ok := pieceScore(tk, start, end, before, after)
			if !ok {
				continue
			}
			c := cell{pieces: best[start].pieces + 1, score: best[start].score + s, prev: start, ok: true}
			if !best[end].ok || c.score > best[end].score {
				best[end] = c
			}
		}
	}
	if !best[n].ok || best[n].pieces < 2 {
		return "", false
	}
	var cuts []int
	for i := n; i > 0; i = best[i].prev {
		cuts = append(cuts, i)
	}
	if !trustCuts(rs, cuts) {
		return "", false
	}
	var b strings.Builder
	prev := 0
	for k := len(cuts) - 1; k >= 0; k-- {
		if prev > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(string(rs[prev:cuts[k]]))
		prev = cuts[k]
	}
	return b.String(), true
}

// Kinds of cut between two letters of a token.
const (
	noCut    = iota
	caseCut  // "transaksi|Liverpool", "VA|Harga", "QRIS|dan"
	lowerCut // "pasar|online": no change of case vouches for it
)

// cutAt says what kind of cut may go before rs[i], 0 < i < len(rs).
func cutAt(rs []rune, i int) int {
	a, b := rs[i-1], rs[i]
	switch {
	case unicode.IsLower(a) && unicode.IsUpper(b):
		return caseCut
	case unicode.IsUpper(a) && unicode.IsUpper(b) && i+1 < len(rs) && unicode.IsLower(rs[i+1]):
		return caseCut // an acronym, then a capitalised word
	case unicode.IsUpper(a) && unicode.IsLower(b) && i >= 2 && unicode.IsUpper(rs[i-2]):
		return caseCut // an acronym, then a lower-case word
	case unicode.IsLower(a) && unicode.IsLower(b):
		return lowerCut
	}
	return noCut
}

// pieceScore judges rs[start:end] as one piece of a glued token, given
// the kinds of cut before and after it (noCut at the token's ends). A
// cut between two lower-case letters needs common words on both sides; a
// cut at a change of case may border a name.
func pieceScore(tk *token, start, end, before, after int) (float64, bool) {
	rs := tk.rs
	lower := tk.lower(start, end)
	n := end - start
	// Inside a piece, case may change only from a capital to lower case
	// at the start ("Liverpool") or not at all ("QRIS", "dalam").
	for i := start + 1; i < end; i++ {
		if unicode.IsUpper(rs[i]) && !unicode.IsUpper(rs[i-1]) {
			if !(i == start+5 && strings.HasPrefix(lower, "detik")) {
				return 0, false
			}
		}
		if unicode.IsLower(rs[i]) && unicode.IsUpper(rs[i-1]) && i-1 != start {
			return 0, false
		}
	}
	if lower == "detik" && after == caseCut {
		return 0, false // "detikSumbagsel" is one name
	}
	if after, ok := strings.CutPrefix(lower, "detik"); ok && after != "" && unicode.IsUpper(rs[start+5]) {
		return -logTotal - namePerLetter*float64(n), true
	}
	f := wordFreq(lower)
	if f > 0 && !clitics[lower] && (n >= minPieceLen || glueWords[lower]) {
		if before == lowerCut || after == lowerCut {
			// "ke|berlanjut|annya", "tong|kang": affixes and short words
			// are not taken for the pieces of a lower-case join.
			if n < minPieceLen || (n < minLowerCutLen && !glueWords[lower]) || f < minLowerCutFreq ||
				(n == minLowerCutLen && !glueWords[lower] && f < minShortCutFreq) {
				return 0, false
			}
		}
		return math.Log(float64(f)) - logTotal, true
	}
	// An unknown name, capitalised or in capitals, set off by case changes,
	// or by a glue word or a long common word after it.
	if !unicode.IsUpper(rs[start]) || before == lowerCut {
		return 0, false
	}
	nameScore := -logTotal - namePerLetter*float64(n)
	switch {
	case n < 2:
		return 0, false
	case n < minNameLen:
		// "memintaRB": an acronym of two capitals inside a token.
		if isUpperWord(string(rs[start:end])) && before != lowerCut && after != lowerCut && (start > 0 || end < len(rs)) {
			return nameScore, true
		}
		return 0, false
	case after != lowerCut:
		return nameScore, true
	case gluedAfter(rs, end) || longWordAfter(tk, end):
		return nameScore, true
	}
	return 0, false
}

// longWordAfter reports whether a common lower-case word of some length
// starts at rs[i] and ends where the token ends or its case changes:
// "Seskomembantah" is a name and "membantah".
func longWordAfter(tk *token, i int) bool {
	rs := tk.rs
	if i >= len(rs) || !unicode.IsLower(rs[i]) {
		return false
	}
	for j := i + minNameWordLen; j <= len(rs); j++ {
		if j < len(rs) && cutAt(rs, j) != caseCut {
			continue
		}
		if wordFreq(tk.lower(i, j)) >= minLongFreq {
			return true
		}
	}
	return false
}

// gluedAfter reports whether a glue word starts at rs[i] in lower case.
func gluedAfter(rs []rune, i int) bool {
	if i >= len(rs) || !unicode.IsLower(rs[i]) {
		return false
	}
	for _, w := range glueWordList {
		if hasRunePrefix(rs[i:], w) {
			return true
		}
	}
	return false
}

// hasRunePrefix reports whether rs begins with the runes of w.
func hasRunePrefix(rs []rune, w string) bool {
	k := 0
	for _, r := range w {
		if k >= len(rs) || rs[k] != r {
			return false
		}
		k++
	}
	return true
}

// trustCuts vets a segmentation (cuts are the ends of its pieces, last
// first). A capitalised token cut only between lower-case letters is as
// likely a compound name ("Sumberagung", "Karangasem") as a glued pair;
// it is split only when the first piece is a listed word and what follows
// it is a function word or a long common word ("Cinta|episode").
func trustCuts(rs []rune, cuts []int) bool {
	// A lower-case cut after a capitalised piece splits a name more often
	// than it ends one ("Price|water|house"): it needs a function word or a
	// long common word after it ("Frimpong|dan", "Inzaghi|meninggalkan").
	for k := len(cuts) - 2; k >= 0; k-- {
		start, end := cuts[k+1], cuts[k]
		prevStart := 0
		if k+2 < len(cuts) {
			prevStart = cuts[k+2]
		}
		if cutAt(rs, start) != lowerCut || !unicode.IsUpper(rs[prevStart]) {
			continue
		}
		w := strings.ToLower(string(rs[start:end]))
		if !glueWords[w] && (end-start < minLongLen || wordFreq(w) < minLongFreq) {
			return false
		}
	}
	if !unicode.IsUpper(rs[0]) {
		return true
	}
	if len(cuts) == 2 && cutAt(rs, cuts[1]) == caseCut {
		// One change of case in a capitalised token is the shape of a
		// brand ("TikTok", "VinFast", "HarmonyOS") as much as of two
		// glued words ("KotaCirebon"): trust it when the first word is
		// common and the second is no two-letter acronym.
		first, second := string(rs[:cuts[1]]), string(rs[cuts[1]:])
		if wordFreq(strings.ToLower(first)) < minBrandFreq || (len(rs)-cuts[1] <= 2 && isUpperWord(second)) {
			return false
		}
	}
	for _, c := range cuts {
		if c < len(rs) && cutAt(rs, c) != lowerCut {
			return true
		}
	}
	if wordFreq(strings.ToLower(string(rs[:cuts[len(cuts)-1]]))) == 0 {
		return false // "Giann|antonio": an unknown name is not split off a name
	}
	for k := len(cuts) - 2; k >= 0; k-- {
		start, end := cuts[k+1], cuts[k]
		w := string(rs[start:end])
		if !glueWords[w] && (end-start < minLongLen || wordFreq(w) < minLongFreq) {
			return false
		}
	}
	return true
}

// token is a run of letters with its lower-case form, indexed by rune, so
// that looking its pieces up in the word list allocates nothing.
type token struct {
	rs  []rune
	low string
	off []int // off[i] is the byte offset of rune i in low; off[len(rs)] is len(low)
}

func newToken(s string) *token {
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	off := make([]int, len(rs)+1)
	for i, r := range rs {
		off[i] = b.Len()
		b.WriteRune(unicode.ToLower(r))
	}
	off[len(rs)] = b.Len()
	return &token{rs: rs, low: b.String(), off: off}
}

// lower returns runes start to end of the token, lower-cased.
func (t *token) lower(start, end int) string { return t.low[t.off[start]:t.off[end]] }

// indonesianWords are frequent Indonesian function words: a text in which
// they are common is Indonesian enough for the repair, whose word list is
// Indonesian.
var indonesianWords = map[string]bool{
	"yang": true, "dan": true, "di": true, "dengan": true, "untuk": true, "dari": true,
	"ini": true, "itu": true, "dalam": true, "pada": true, "tidak": true, "akan": true,
}

// looksIndonesian reports whether at least minIndonesianShare of the words
// in lines are Indonesian function words (about a tenth in news text, a few
// in a thousand in English).
func looksIndonesian(lines []textLine) bool {
	words, hits := 0, 0
	var buf [32]byte
	for _, l := range lines {
		for w := range strings.FieldsSeq(l.text) {
			words++
			if indonesianWords[string(text.AppendLower(buf[:0], strings.Trim(w, ".,;:!?\"'()")))] {
				hits++
			}
		}
		if words >= 2000 {
			break
		}
	}
	return words > 0 && float64(hits) >= minIndonesianShare*float64(words)
}

// minIndonesianShare is the share of Indonesian function words above which
// a text gets glued-word repair.
const minIndonesianShare = 0.03

// A split is splitToken's verdict on one token.
type split struct {
	fixed string
	ok    bool
}

// segmented remembers the verdicts of segment, which takes microseconds a
// token, on the tokens that reach it: names and inflected words recur
// across a corpus.
var segmented = &splitCache{m: make(map[string]split)}

// splitCacheCap bounds segmented: some 6 MB at most. A full cache is
// emptied, and the frequent tokens come back at once.
const splitCacheCap = 65536

// splitCache is a bounded, concurrency-safe map from token to verdict.
// One lock serves: only tokens missing from the word list get this far.
type splitCache struct {
	mu sync.Mutex
	m  map[string]split
}

func (c *splitCache) get(tok string) (split, bool) {
	c.mu.Lock()
	v, ok := c.m[tok]
	c.mu.Unlock()
	return v, ok
}

func (c *splitCache) put(tok string, v split) {
	c.mu.Lock()
	if len(c.m) >= splitCacheCap {
		clear(c.m)
	}
	// Copy the token: it is a slice of an article's line, which the cache
	// must not keep alive.
	c.m[strings.Clone(tok)] = v
	c.mu.Unlock()
}
