package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// asciiPunct maps typographic punctuation to its ASCII form.
var asciiPunct = map[rune]string{
	'‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '‹': "'", '›': "'",
	'“': `"`, '”': `"`, '„': `"`, '‟': `"`, '″': `"`, '«': `"`, '»': `"`,
	'‐': "-", '‑': "-", '‒': "-", '–': "-", '—': "-", '―': "-", '−': "-",
	'\u00a0': " ",
}

// Fold returns s lower-cased, with accents and other diacritics removed
// (compatibility decomposition, then combining marks dropped), curly quotes
// mapped to ASCII quotes and dashes to "-": the form in which words are
// matched ("Café" and "cafe", "’" and "'" are the same).
func Fold(s string) string {
	if isFoldedASCII(s) {
		return s
	}
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// a combining mark: the accent of a decomposed letter
		case asciiPunct[r] != "":
			b.WriteString(asciiPunct[r])
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// Normalize returns s folded, with every rune that is not a letter or a
// digit turned into a space and white space collapsed to single spaces:
// the form hashed to find exact copies, so that quote styles, dashes,
// spacing and case do not tell copies apart.
func Normalize(s string) string {
	f := Fold(s)
	var b strings.Builder
	b.Grow(len(f))
	space := false
	for _, r := range f {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		} else {
			space = true
		}
	}
	return b.String()
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isFoldedASCII reports whether s is ASCII with no upper-case letter, and
// so its own fold.
func isFoldedASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}
