package text

import (
	"strings"
	"unicode"
	"unsafe"
)

// StemText returns the stems of the words of s, folded and separated by
// single spaces: the text indexed for full-text search. lang is as for
// Stem.
func StemText(lang, s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var buf []byte
	var memo wordMemo
	eachWord(s, &buf, func(w string, _ bool) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(stemMemo(lang, w, &memo))
	})
	return b.String()
}

// ContentWords returns the stems of the words of s that are not stopwords
// in lang, folded, in text order: the words that similarity and
// near-duplicate detection compare. Stopwords are judged before stemming,
// on the folded word; one-letter words are left out too.
func ContentWords(lang, s string) []string {
	out := make([]string, 0, len(s)/8)
	var buf []byte
	var memo wordMemo
	eachWord(s, &buf, func(w string, transient bool) {
		if len(w) < 2 || Stopword(lang, w) {
			return
		}
		st := stemMemo(lang, w, &memo)
		if transient && unsafe.StringData(st) == unsafe.StringData(w) {
			st = strings.Clone(st) // Stem gave back the word in buf
		}
		out = append(out, st)
	})
	return out
}

// eachWord calls f with each word token of s, folded. A token that holds
// white space once folded (the segmenter can take a space into a token
// after an invalid UTF-8 byte) is passed on in pieces.
//
// A token that is its own fold is passed as a part of s; any other is
// folded into *buf, which eachWord reuses, and then transient is true: f
// must copy what it keeps of such a word.
func eachWord(s string, buf *[]byte, f func(w string, transient bool)) {
	eachToken(s, func(start, end int) {
		w := s[start:end]
		transient := false
		if !isFoldedASCII(w) {
			*buf = appendFold((*buf)[:0], w)
			w = unsafe.String(unsafe.SliceData(*buf), len(*buf))
			transient = true
		}
		if strings.IndexFunc(w, unicode.IsSpace) < 0 {
			f(w, transient)
			return
		}
		for _, part := range strings.Fields(w) {
			f(part, transient)
		}
	})
}
