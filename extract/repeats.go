package extract

import (
	"hash/maphash"
	"net/url"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/text"
)

// ReasonRepeated is the reason for a line that the cleaner dropped because
// it repeats across many articles of the same outlet.
const ReasonRepeated = "repeated in outlet"

// Thresholds for cross-article evidence. How often a line must recur
// among an outlet's articles before it counts as boilerplate depends on
// its shape, because real text recurs too: a subheading of every match
// report ("Babak kedua"), a line that opens a quoted post ("Berikut isi
// postingannya:"), a sentence of a court ruling that a dozen follow-up
// stories quote.
//
//   - A short line in brackets, a credit or sign-off ("(Arief Setyadi)"),
//     needs minRepeatShort articles.
//   - Any other short line ("Foto: Istimewa", a widget's label) needs
//     minRepeatShort articles and shortShare of the outlet's articles: a
//     site's widget is on most of its pages, a subheading on a few.
//   - A sentence, or a line of more than maxShortRepeatWords words, needs
//     minRepeatLong articles and longShare of them: an outlet's standing
//     promo or disclaimer is in much of what it publishes.
//   - A line that ends in a colon introduces what follows and is never
//     judged by its repeats.
const (
	maxShortRepeatWords = 12
	minRepeatShort      = 5
	shortShare          = 0.2
	minRepeatLong       = 20
	longShare           = 0.05
	// maxRepeatKeys bounds the lines remembered per outlet, so that a huge
	// ingest cannot grow the counts without limit; lines first seen after
	// the bound are not counted.
	maxRepeatKeys = 1 << 21
)

// Repeats counts, per outlet, in how many distinct articles each line
// occurs: the evidence that a line is the outlet's boilerplate rather than
// the article's. Fill it with Add over a batch of articles before cleaning
// them with TextWith or DocumentWith. It is safe for concurrent use.
type Repeats struct {
	seed    maphash.Seed
	mu      sync.RWMutex
	outlets map[string]*outletLines
}

type outletLines struct {
	articles int
	seen     map[uint64]bool  // articles already counted, by key and by text
	lines    map[uint64]int32 // distinct articles a line occurs in
}

// NewRepeats returns empty counts.
func NewRepeats() *Repeats {
	return &Repeats{seed: maphash.MakeSeed(), outlets: make(map[string]*outletLines)}
}

// OutletKey is the outlet a document's lines are counted under: its outlet
// as given, else its URL's host without "www.", else "".
func OutletKey(doc warta.Document) string {
	if o := strings.ToLower(strings.TrimSpace(doc.Outlet)); o != "" {
		return o
	}
	if u, err := url.Parse(strings.TrimSpace(doc.URL)); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	return ""
}

// AddDocument counts the lines of doc's plain text under its OutletKey; a
// document with HTML is skipped, as its lines are found only by parsing.
func (r *Repeats) AddDocument(doc warta.Document) {
	if strings.TrimSpace(doc.HTML) != "" {
		return
	}
	key := doc.URL
	if key == "" {
		key = doc.ID
	}
	r.Add(OutletKey(doc), key, doc.Text)
}

// Add counts the distinct lines of one article's text under outlet. key
// names the article (its URL or id; "" if none): an article whose key or
// text was counted before, such as a re-crawl of the same page, is not
// counted again, or its lines would look repeated.
func (r *Repeats) Add(outlet, key, text string) {
	lines := make(map[uint64]bool)
	for raw := range strings.SplitSeq(text, "\n") {
		if k, ok := r.lineKey(raw); ok {
			lines[k] = true
		}
	}
	if len(lines) == 0 {
		return
	}
	textKey := maphash.String(r.seed, "t\x00"+text)
	r.mu.Lock()
	defer r.mu.Unlock()
	o := r.outlets[outlet]
	if o == nil {
		o = &outletLines{seen: make(map[uint64]bool), lines: make(map[uint64]int32)}
		r.outlets[outlet] = o
	}
	if o.seen[textKey] {
		return
	}
	o.seen[textKey] = true
	if key != "" {
		k := maphash.String(r.seed, "k\x00"+key)
		if o.seen[k] {
			return
		}
		o.seen[k] = true
	}
	o.articles++
	for k := range lines {
		if n, ok := o.lines[k]; ok || len(o.lines) < maxRepeatKeys {
			o.lines[k] = n + 1
		}
	}
}

// Count returns in how many distinct articles of outlet line occurs, and
// how many articles of outlet were counted.
func (r *Repeats) Count(outlet, line string) (n, articles int) {
	if r == nil {
		return 0, 0
	}
	k, ok := r.lineKey(line)
	if !ok {
		return 0, 0
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	o := r.outlets[outlet]
	if o == nil {
		return 0, 0
	}
	return int(o.lines[k]), o.articles
}

// Repeated reports whether line recurs in enough articles of outlet to be
// taken for boilerplate (see the thresholds above).
func (r *Repeats) Repeated(outlet, line string) bool {
	n, articles := r.Count(outlet, line)
	if n < minRepeatShort {
		return false
	}
	line = strings.TrimSpace(line)
	last, _ := utf8.DecodeLastRuneInString(line)
	words := wordCount(line)
	switch {
	case last == ':':
		return false
	case (line[0] == '(' || line[0] == '[') && words <= 6:
		return true
	case words > maxShortRepeatWords || (words >= 5 && strings.ContainsRune(".!?\"”’'", last)):
		return n >= minRepeatLong && float64(n) >= longShare*float64(articles)
	}
	return float64(n) >= shortShare*float64(articles)
}

// lineKey hashes a line with its spaces normalised and its letters lower
// case; a line without a letter (a number, a separator) is not counted.
func (r *Repeats) lineKey(raw string) (uint64, bool) {
	t := normalizeSpace(raw)
	if t == "" || !hasLetter(t) {
		return 0, false
	}
	// The hash of the line in lower case, as maphash.String of
	// strings.ToLower(t) gives it, lower-cased a piece at a time.
	var h maphash.Hash
	h.SetSeed(r.seed)
	var buf [128]byte
	for len(t) > 0 {
		n := min(len(t), 64)
		for n < len(t) && !utf8.RuneStart(t[n]) {
			n++ // a piece ends between runes
		}
		h.Write(text.AppendLower(buf[:0], t[:n]))
		t = t[n:]
	}
	return h.Sum64(), true
}

// hasLetter reports whether s holds a letter.
func hasLetter(s string) bool {
	for _, c := range s {
		if unicode.IsLetter(c) {
			return true
		}
	}
	return false
}
