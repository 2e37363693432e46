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
func eachToken(s string, f func(start, end int)) {
	it := words.FromString(s)
	it.Joiners(hyphenJoiner)
	pending := Span{-1, -1}
	for it.Next() {
		if !isWordToken(it.Value()) {
			continue
		}
		start, end := it.Start(), it.End()
		if pending.Start >= 0 && pending.End+1 == start && s[pending.End] == '-' {
			pending.End = end
			continue
		}
		if pending.Start >= 0 {
			f(pending.Start, pending.End)
		}
		pending = Span{start, end}
	}
	if pending.Start >= 0 {
		f(pending.Start, pending.End)
	}
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
