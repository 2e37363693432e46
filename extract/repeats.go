package extract

import (
	"hash/maphash"
	"net/url"
	"strings"
	"sync"
	"unicode"

	"github.com/warta-news/warta"
)

// ReasonRepeated is the reason for a line that the cleaner dropped because
// it repeats across many articles of the same outlet.
const ReasonRepeated = "repeated in outlet"

// Thresholds for cross-article evidence. A short line ("Foto: Istimewa",
// "Ikuti kami di ...") is boilerplate once it recurs in minRepeatShort
// distinct articles of one outlet. A longer line must recur in at least
// minRepeatLong articles and in repeatShare of the outlet's articles: an
// outlet's standing promo or disclaimer is in a large part of what it
// publishes, while a real sentence of a wire report that several follow-up
// stories repeat ("Seperti diberitakan sebelumnya, ...") is in a handful.
const (
	maxShortRepeatWords = 12
	minRepeatShort      = 5
	minRepeatLong       = 20
	repeatShare         = 0.05
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
	if wordCount(line) <= maxShortRepeatWords {
		return true
	}
	return n >= minRepeatLong && float64(n) >= repeatShare*float64(articles)
}

// lineKey hashes a line with its spaces normalised and its letters lower
// case; a line without a letter (a number, a separator) is not counted.
func (r *Repeats) lineKey(raw string) (uint64, bool) {
	t := normalizeSpace(raw)
	if t == "" || !hasLetter(t) {
		return 0, false
	}
	return maphash.String(r.seed, strings.ToLower(t)), true
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
