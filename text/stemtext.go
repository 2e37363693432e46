package text

import (
	"strings"
	"unicode"
)

// StemText returns the stems of the words of s, folded and separated by
// single spaces: the text indexed for full-text search. lang is as for
// Stem.
func StemText(lang, s string) string {
	var b strings.Builder
	b.Grow(len(s))
	eachWord(s, func(w string) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(Stem(lang, w))
	})
	return b.String()
}

// ContentWords returns the stems of the words of s that are not stopwords
// in lang, folded, in text order: the words that similarity and
// near-duplicate detection compare. Stopwords are judged before stemming,
// on the folded word; one-letter words are left out too.
func ContentWords(lang, s string) []string {
	out := make([]string, 0, len(s)/8)
	eachWord(s, func(w string) {
		if len(w) < 2 || Stopword(lang, w) {
			return
		}
		out = append(out, Stem(lang, w))
	})
	return out
}

// eachWord calls f with each word token of s, folded. A token that holds
// white space once folded (the segmenter can take a space into a token
// after an invalid UTF-8 byte) is passed on in pieces.
func eachWord(s string, f func(string)) {
	eachToken(s, func(start, end int) {
		w := Fold(s[start:end])
		if strings.IndexFunc(w, unicode.IsSpace) < 0 {
			f(w)
			return
		}
		for _, part := range strings.Fields(w) {
			f(part)
		}
	})
}
