package search

import (
	"strings"
	"unicode/utf8"
)

// DefaultWidth is the snippet width, in characters, that Snippet uses when
// asked for a width of zero or less.
const DefaultWidth = 200

// Snippet returns about width characters of body around the first word that
// matches one of terms, whitespace collapsed, cut at word boundaries where it
// can, with "…" marking text left out at either end. terms are stems or
// words; they are folded and split as Terms does. A body word matches a term
// when, lower-cased, it equals the term or starts with it (terms of three
// letters or more), or contains it, possibly nasalised by an Indonesian
// prefix as in mengirim for kirim (terms of four letters or more); a word
// that equals or starts with a term is preferred over an earlier one that
// only contains one. When nothing matches, the snippet is the start of body.
func Snippet(body string, terms []string, width int) string {
	if width <= 0 {
		width = DefaultWidth
	}
	body = strings.ToValidUTF8(body, "\uFFFD")
	start, end := match(body, Terms(terms...))
	lo, hi := window(body, start, end, width)
	text := strings.Join(strings.Fields(body[lo:hi]), " ")
	if text == "" {
		return ""
	}
	if lo > 0 {
		text = "…" + text
	}
	if hi < len(body) && strings.TrimSpace(body[hi:]) != "" {
		text += "…"
	}
	return text
}

// match returns the byte span of the first body word that matches terms
// best, or an empty span at 0 when none does.
func match(body string, terms []string) (start, end int) {
	if len(terms) == 0 {
		return 0, 0
	}
	weakStart, weakEnd := -1, -1
	for i := 0; i < len(body); {
		r, n := utf8.DecodeRuneInString(body[i:])
		if isSeparator(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(body) {
			r, n := utf8.DecodeRuneInString(body[j:])
			if isSeparator(r) {
				break
			}
			j += n
		}
		switch strength(fold(body[i:j]), terms) {
		case strong:
			return i, j
		case weak:
			if weakStart < 0 {
				weakStart, weakEnd = i, j
			}
		}
		i = j
	}
	if weakStart >= 0 {
		return weakStart, weakEnd
	}
	return 0, 0
}

// How well a word matches a term.
const (
	none = iota
	weak
	strong
)

// strength returns how well the folded word matches the best of terms.
func strength(word string, terms []string) int {
	best := none
	for _, t := range terms {
		n := utf8.RuneCountInString(t)
		switch {
		case word == t, n >= 3 && strings.HasPrefix(word, t):
			return strong
		case n >= 4 && (strings.Contains(word, t) || strings.Contains(word, nasalised(t))):
			best = weak
		}
	}
	return best
}

// nasalised returns stem as the Indonesian prefixes me- and pe- reshape it
// when it starts with k, p, t or s (kirim: mengirim, pukul: memukul, tulis:
// menulis, sapu: menyapu), so that containment still finds it; for other
// stems it returns stem unchanged.
func nasalised(stem string) string {
	switch stem[0] {
	case 'k':
		return "ng" + stem[1:]
	case 'p':
		return "m" + stem[1:]
	case 't':
		return "n" + stem[1:]
	case 's':
		return "ny" + stem[1:]
	}
	return stem
}

// window returns the byte span of at most width characters of body that
// holds [start, end) about a third of the way in, widened or narrowed to
// whitespace where that keeps the match inside.
func window(body string, start, end, width int) (lo, hi int) {
	lo = start
	for lead := width / 3; lead > 0 && lo > 0; lead-- {
		_, n := utf8.DecodeLastRuneInString(body[:lo])
		lo -= n
	}
	hi = lo
	for w := 0; w < width && hi < len(body); w++ {
		_, n := utf8.DecodeRuneInString(body[hi:])
		hi += n
	}
	// Not enough text after the match: give the unused width to the text before it.
	for w := utf8.RuneCountInString(body[lo:hi]); w < width && lo > 0; w++ {
		_, n := utf8.DecodeLastRuneInString(body[:lo])
		lo -= n
	}
	if lo > 0 && !isSpace(body[lo-1]) {
		if k := strings.IndexAny(body[lo:start], " \t\n\r"); k >= 0 {
			lo += k + 1
		}
	}
	if hi < len(body) && !isSpace(body[hi]) && hi > end {
		if k := strings.LastIndexAny(body[end:hi], " \t\n\r"); k >= 0 {
			hi = end + k
		}
	}
	return lo, hi
}

func isSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r'
}
