package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// asciiPunct returns the ASCII form of typographic punctuation (curly
// quotes, primes, guillemets, dashes, the no-break space), or 0.
func asciiPunct(r rune) byte {
	switch r {
	case '‘', '’', '‚', '‛', '′', '‹', '›':
		return '\''
	case '“', '”', '„', '‟', '″', '«', '»':
		return '"'
	case '‐', '‑', '‒', '–', '—', '―', '−':
		return '-'
	case '\u00a0':
		return ' '
	}
	return 0
}

// Fold returns s lower-cased, with accents and other diacritics removed
// (compatibility decomposition, then combining marks dropped), curly quotes
// mapped to ASCII quotes and dashes to "-": the form in which words are
// matched ("Café" and "cafe", "’" and "'" are the same).
func Fold(s string) string {
	if isFoldedASCII(s) {
		return s
	}
	b := appendFold(make([]byte, 0, len(s)), s)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// appendFold appends the fold of s to b, as Fold returns it.
func appendFold(b []byte, s string) []byte {
	var dec []byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c |= 0x20
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if p := asciiPunct(r); p != 0 {
			b = append(b, p)
			continue
		}
		// Decompose the rune alone: its combining marks, and any that
		// follow it in s, are dropped, so order does not matter.
		one := s[i-n : i]
		if r == utf8.RuneError && n == 1 {
			one = "\uFFFD" // what the invalid byte decodes to
		}
		dec = norm.NFKD.AppendString(dec[:0], one)
		for _, d := range string(dec) {
			if unicode.Is(unicode.Mn, d) {
				continue
			}
			if p := asciiPunct(d); p != 0 {
				b = append(b, p)
				continue
			}
			b = utf8.AppendRune(b, unicode.ToLower(d))
		}
	}
	return b
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

// AppendLower appends s in lower case, as strings.ToLower returns it, to b
// and returns the extended buffer. With a buffer that has room, a word is
// lower-cased for a map look-up (m[string(AppendLower(buf[:0], w))])
// without an allocation.
func AppendLower(b []byte, s string) []byte {
	n := len(b)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return append(b[:n], strings.ToLower(s)...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
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
