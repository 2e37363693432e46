package text

import (
	"hash/maphash"
	"strings"
	"sync"

	sastrawi "github.com/RadhiFadlillah/go-sastrawi"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
	"github.com/blevesearch/snowballstem/spanish"
)

// indonesianStemmer is Sastrawi with its root dictionary, built on first
// use: the dictionary of ~29,000 root words takes a few milliseconds to load
// into a map.
type indonesianStemmer struct {
	sastrawi.Stemmer
	roots sastrawi.Dictionary
}

var sastrawiStemmer = sync.OnceValue(func() indonesianStemmer {
	roots := sastrawi.DefaultDictionary()
	// Roots that the dictionary writes as two words.
	roots.Add("tandatangan", "kerjasama", "belasungkawa", "beasiswa")
	return indonesianStemmer{sastrawi.NewStemmer(roots), roots}
})

// prefixRetries are the prefixes that stemID strips itself when Sastrawi
// finds no root, each with the initial sounds the prefix may have replaced
// ("mengembangkan" is meng- + kembang-kan). go-sastrawi misses these cases:
// ter- before a consonant and "e" ("terdekat", "terbesar"), and meng-
// before "e" when the root begins with k ("mengembangkan").
var prefixRetries = []struct {
	prefix   string
	recoding []string
}{
	{"memper", []string{""}}, {"diper", []string{""}},
	{"meng", []string{"", "k"}}, {"peng", []string{"", "k"}},
	{"meny", []string{"s"}}, {"peny", []string{"s"}},
	{"men", []string{"", "t"}}, {"pen", []string{"", "t"}},
	{"mem", []string{"", "p"}}, {"pem", []string{"", "p"}},
	{"ter", []string{""}}, {"ber", []string{""}}, {"per", []string{""}},
	{"di", []string{""}}, {"ke", []string{""}}, {"se", []string{""}},
}

// Stem caches, one per stemmer. An Indonesian stem costs a few
// microseconds (Sastrawi tries affix removals with regular expressions and
// dictionary look-ups), a cached one some tens of nanoseconds, and news
// repeats its words; see BenchmarkStemText.
var (
	stemCacheID = newStemCache()
	stemCacheEN = newStemCache()
	stemCacheES = newStemCache()
)

// maxStemWord bounds the words that are stemmed; longer tokens (URLs,
// hashes, glued scraper output) are returned as they are.
const maxStemWord = 40

// Stem returns the stem of word, a lower-case word of language lang: "id"
// and "ms" use the Sastrawi Indonesian stemmer, "en" the Snowball English
// stemmer, "es" the Snowball Spanish stemmer, and any other language
// returns word unchanged. Words with
// digits, and words longer than 40 bytes, are returned unchanged.
//
// A hyphenated word is reduplication when its parts share a stem
// ("negara-negara", "berlari-lari", "kemerah-merahan") or one part ends
// with the other's stem, and then stems to that stem; any other hyphenated
// word ("korea-rusia", "sayur-mayur") stems part by part.
func Stem(lang, word string) string {
	return stemMemo(lang, word, nil)
}

// stemMemo is Stem, remembering in memo, if not nil, the stems of the
// words of one text: a word met again is found in a few bytes already in
// the processor's cache, where the shared cache costs a few memory reads.
func stemMemo(lang, word string, memo *wordMemo) string {
	if word == "" || len(word) > maxStemWord || hasDigit(word) {
		return word
	}
	var cache *stemCache
	var stem func(string) string
	switch lang {
	case "id", "ms":
		cache, stem = stemCacheID, stemID
	case "en":
		cache, stem = stemCacheEN, stemEN
	case "es":
		cache, stem = stemCacheES, stemES
	default:
		return word
	}
	h := maphash.String(stemSeed, word)
	var m *memoSlot
	if memo != nil {
		m = &memo[h%uint64(len(memo))]
		if m.e != nil && m.hash == h && m.e.word == word {
			return m.e.stem
		}
	}
	e := cache.get(h, word)
	if e == nil {
		var s string
		if strings.IndexByte(word, '-') >= 0 {
			s = stemHyphenated(word, stem)
		} else {
			s = stem(word)
		}
		e = cache.put(h, word, s)
	}
	if m != nil {
		*m = memoSlot{h, e}
	}
	return e.stem
}

// A wordMemo remembers the stems of recent words of one text, by hash.
type wordMemo [256]memoSlot

type memoSlot struct {
	hash uint64
	e    *stemEntry
}

// stemHyphenated stems a hyphenated word: to one stem when its parts share
// it (reduplication), otherwise part by part.
func stemHyphenated(word string, stem func(string) string) string {
	parts := strings.Split(word, "-")
	stems := make([]string, 0, len(parts))
	for _, p := range parts {
		if p != "" {
			stems = append(stems, stem(p))
		}
	}
	if len(stems) == 0 {
		return word
	}
	if len(stems) == 2 && stems[0] == stems[1] {
		return stems[0]
	}
	if len(stems) == 2 && (strings.HasSuffix(parts[0], stems[1]) || strings.HasPrefix(parts[1], stems[0])) {
		// Affixes around the reduplication that the stemmer did not strip
		// from one part: the shorter stem is the root.
		if len(stems[1]) <= len(stems[0]) {
			return stems[1]
		}
		return stems[0]
	}
	return strings.Join(stems, "-")
}

// stemID stems one Indonesian or Malay word without hyphens.
func stemID(word string) string {
	if len(word) < 3 {
		return word
	}
	st := sastrawiStemmer()
	if st.roots.Contains(word) {
		return word
	}
	// men-/pen- before a vowel stand for a root that began with t or n
	// (menambah: tambah, menilai: nilai), mem-/pem- before a vowel for one
	// that began with m or p (memakan: makan, memakai: pakai); a root that
	// begins with a vowel takes meng-/peng- (mengambil: ambil). Sastrawi
	// tries the bare vowel too, and its dictionary holds rare roots such as
	// "ambah" and "akan" that then shadow the right one. So when Sastrawi
	// answers with a root that begins with a vowel, try the consonants,
	// and keep the longer root found, the first on a tie.
	if initials := nasalInitials(word); initials != nil {
		if raw := st.Stem(word); isVowel(raw[0]) {
			best := ""
			for _, initial := range initials {
				stem := st.Stem(initial + word[3:])
				if stem[0] == initial[0] && len(stem) > len(best) && st.roots.Contains(stem) {
					best = stem
				}
			}
			if best != "" {
				return best
			}
		}
	}
	stem := st.Stem(word)
	if stem != word || st.roots.Contains(word) {
		return stem
	}
	// No root found: strip one prefix ourselves and let Sastrawi stem the
	// rest; keep the answer only if it is a known root.
	for _, r := range prefixRetries {
		rest, ok := strings.CutPrefix(word, r.prefix)
		if !ok || len(rest) < 4 {
			continue
		}
		for _, initial := range r.recoding {
			cand := initial + rest
			if len(cand) >= 4 && st.roots.Contains(cand) {
				return cand
			}
			if stem := st.Stem(cand); len(stem) >= 4 && st.roots.Contains(stem) {
				return stem
			}
		}
	}
	return word
}

// stemEN stems one English word without hyphens. The Snowball stemmer
// keeps the apostrophe rules of English ("president's" -> "presid").
func stemEN(word string) string {
	env := snowballstem.NewEnv(word)
	english.Stem(env)
	return env.Current()
}

// stemES stems one Spanish word without hyphens. Words reach it folded,
// without accents ("informacion"); the Snowball Spanish stemmer strips the
// same suffixes from them, and from accented forms it removes the accents
// last, so both spellings meet at one stem.
//
// The suffixes that Snowball writes with an accent and that a folded word
// lacks in the singular ("informacion" but "informaciones") get their
// accent back first, so that singular and plural meet.
func stemES(word string) string {
	for _, r := range reaccentES {
		if strings.HasSuffix(word, r[0]) {
			word = word[:len(word)-len(r[0])] + r[1]
			break
		}
	}
	env := snowballstem.NewEnv(word)
	spanish.Stem(env)
	return env.Current()
}

// reaccentES maps folded Spanish suffixes to the accented form the
// Spanish Snowball stemmer knows.
var reaccentES = [][2]string{
	{"acion", "ación"}, {"ucion", "ución"}, {"logia", "logía"}, {"logias", "logías"},
}

// nasalInitials returns the root initials that the nasal prefix of word
// may stand for when a vowel follows it, or nil.
func nasalInitials(word string) []string {
	if len(word) < 5 || !isVowel(word[3]) {
		return nil
	}
	switch word[:3] {
	case "men", "pen":
		return []string{"t", "n"}
	case "mem", "pem":
		return []string{"m", "p"}
	}
	return nil
}

// isVowel reports whether c is an ASCII vowel.
func isVowel(c byte) bool {
	return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o'
}

// hasDigit reports whether s has an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// stemCache is a bounded, concurrency-safe map from word to stem, split
// into shards to keep lock contention low. A shard that fills up is
// emptied: crude, but it bounds memory without bookkeeping, and the
// frequent words come back at once. (A lock-free table of slot pairs was
// tried and lost more stems to collisions than it saved on locks.)
type stemCache struct {
	shards [stemCacheShards]stemShard
}

const (
	stemCacheShards   = 16
	stemCacheShardCap = 8192 // 131,072 words in all: some 10 MB at most
)

// stemSeed seeds the hashes of every stem cache.
var stemSeed = maphash.MakeSeed()

// A stemEntry is a cached word and its stem; entries do not change.
type stemEntry struct{ word, stem string }

type stemShard struct {
	mu sync.RWMutex
	m  map[string]*stemEntry
}

func newStemCache() *stemCache {
	c := &stemCache{}
	for i := range c.shards {
		c.shards[i].m = make(map[string]*stemEntry)
	}
	return c
}

// get returns the entry of word, whose hash is h, or nil.
func (c *stemCache) get(h uint64, word string) *stemEntry {
	sh := &c.shards[h%stemCacheShards]
	sh.mu.RLock()
	e := sh.m[word]
	sh.mu.RUnlock()
	return e
}

// put caches stem as the stem of word, whose hash is h, and returns the
// entry.
func (c *stemCache) put(h uint64, word, stem string) *stemEntry {
	// Copy the word: it may be a slice of a large article body, or of a
	// buffer reused for the next word, which the cache must not hold.
	w := strings.Clone(word)
	if stem == word {
		stem = w
	} else {
		stem = strings.Clone(stem)
	}
	e := &stemEntry{w, stem}
	sh := &c.shards[h%stemCacheShards]
	sh.mu.Lock()
	if len(sh.m) >= stemCacheShardCap {
		clear(sh.m)
	}
	sh.m[w] = e
	sh.mu.Unlock()
	return e
}
