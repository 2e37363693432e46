package text

import (
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/words"
)

// hyphenJoiner makes the word segmenter keep "negara-negara", "ke-72" and
// "Korea-Rusia" as one token: Indonesian writes reduplication (plurals,
// intensives) with a hyphen, and the stemmer needs the whole word.
var hyphenJoiner = &words.Joiners[string]{Middle: []rune{'-'}}

// Words returns the byte spans of the word tokens of s, in order. Tokens
// follow Unicode word segmentation (UAX #29), with hyphenated words kept
// whole, letters and digits alike ("negara-negara", "ke-72", "COVID-19");
// tokens with no letter or digit (spaces, punctuation, symbols) are left
// out.
func Words(s string) []Span {
	spans := make([]Span, 0, len(s)/6)
	eachToken(s, func(start, end int) {
		spans = append(spans, Span{start, end})
	})
	return spans
}

// eachToken calls f with the span of each word token of s. The segmenter
// joins letters to letters and digits to digits across a hyphen (WB6–WB12
// with "-" as a middle joiner); eachToken also joins a letter run and a
// digit run across one hyphen, which UAX #29 never does.
//
// Between an ASCII space (or tab, or line break) and an ASCII character
// that is none, UAX #29 always breaks, so eachToken cuts s there into
// pieces and segments each alone. A piece of ASCII punctuation around one
// run of ASCII letters and digits ("(Kim", "2024).") is that run and
// marks that are no words, whatever the rules; only other pieces go
// through the segmenter. Text that is not valid UTF-8 goes to the
// segmenter whole. TestEachTokenSegmenter and FuzzEachToken check this
// against the segmenter on the whole text.
func eachToken(s string, f func(start, end int)) {
	if !utf8.ValidString(s) {
		// The segmenter reads a broken sequence at the end of a piece
		// otherwise than inside the text.
		segmentTokens(s, f)
		return
	}
	j := tokenJoiner{s: s, f: f, pending: Span{-1, -1}}
	start := 0
	for i := 1; i < len(s); i++ {
		if cutKind[s[i-1]]*cutKind[s[i]] == 2 { // a space and a character that is none
			j.piece(start, i)
			start = i
		}
	}
	if start < len(s) {
		j.piece(start, len(s))
	}
	j.flush()
}

// segmentTokens calls f with the span of each word token of s as the
// segmenter alone finds it, with eachToken's joins across hyphens.
func segmentTokens(s string, f func(start, end int)) {
	j := tokenJoiner{s: s, f: f, pending: Span{-1, -1}}
	j.segment(0, len(s))
	j.flush()
}

// tokenJoiner passes word tokens on to f, joining a token to the one
// before across a single hyphen.
type tokenJoiner struct {
	s       string
	f       func(start, end int)
	pending Span
}

// piece finds the word tokens of s[start:end], a piece between two cuts.
func (j *tokenJoiner) piece(start, end int) {
	s := j.s
	if cutKind[s[start]] == 1 {
		i := start + 1
		for i < end && isASCIISpace(s[i]) {
			i++
		}
		if i == end {
			return // white space
		}
	}
	a := start // the run of letters and digits is s[a:b]
	for a < end && isASCIIMark(s[a]) {
		a++
	}
	b := a
	for b < end && isASCIIAlnum(s[b]) {
		b++
	}
	c := b
	for c < end && isASCIIMark(s[c]) {
		c++
	}
	switch {
	case c < end:
		j.segment(start, end) // not that simple
	case a < b:
		j.token(a, b)
	}
}

// segment runs the segmenter over s[start:end].
func (j *tokenJoiner) segment(start, end int) {
	it := words.FromString(j.s[start:end])
	it.Joiners(hyphenJoiner)
	for it.Next() {
		if isWordToken(it.Value()) {
			j.token(start+it.Start(), start+it.End())
		}
	}
}

// token takes the word token s[start:end].
func (j *tokenJoiner) token(start, end int) {
	if j.pending.Start >= 0 && j.pending.End+1 == start && j.s[j.pending.End] == '-' {
		j.pending.End = end
		return
	}
	j.flush()
	j.pending = Span{start, end}
}

// flush passes the pending token on.
func (j *tokenJoiner) flush() {
	if j.pending.Start >= 0 {
		j.f(j.pending.Start, j.pending.End)
		j.pending = Span{-1, -1}
	}
}

// cutKind is 1 for an ASCII space, tab or line break, 2 for any other
// ASCII character and 0 for the bytes of other characters: eachToken cuts
// between two bytes whose kinds multiply to 2.
var cutKind = func() (k [256]byte) {
	for c := range utf8.RuneSelf {
		k[c] = 2
		if isASCIISpace(byte(c)) {
			k[c] = 1
		}
	}
	return k
}()

// isASCIISpace reports whether c is an ASCII space, tab or line break.
func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// isASCIIAlnum reports whether c is an ASCII letter or digit.
func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// isASCIIMark reports whether c is ASCII and no space, letter, digit or
// underscore (which UAX #29 joins to words).
func isASCIIMark(c byte) bool {
	return c < utf8.RuneSelf && c != '_' && !isASCIIAlnum(c) && !isASCIISpace(c)
}

// isWordToken reports whether tok has a letter or a digit.
func isWordToken(tok string) bool {
	for i := 0; i < len(tok); {
		c := tok[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(tok[i:])
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			return true
		}
		i += n
	}
	return false
}
