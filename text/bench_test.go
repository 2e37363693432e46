package text

import (
	"strings"
	"testing"
)

// benchArticle returns about 4 KB of seed text, the size of a news article.
func benchArticle(b *testing.B) string {
	s := seedText(b)
	return s[:prefixLen(s, 4096)]
}

// prefixLen returns n cut back to a space in s, or len(s) if shorter.
func prefixLen(s string, n int) int {
	if len(s) <= n {
		return len(s)
	}
	if i := strings.LastIndexByte(s[:n], ' '); i > 0 {
		return i
	}
	return n
}

func BenchmarkSentences(b *testing.B) {
	s := seedText(b)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Sentences(s)
	}
}

func BenchmarkWords(b *testing.B) {
	s := seedText(b)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Words(s)
	}
}

func BenchmarkNormalize(b *testing.B) {
	s := seedText(b)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Normalize(s)
	}
}

// BenchmarkStemText stems a 4 KB article with a warm cache, as in a
// pipeline that has seen some articles.
func BenchmarkStemText(b *testing.B) {
	s := benchArticle(b)
	StemText("id", s)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		StemText("id", s)
	}
}

// BenchmarkStemTextUncached stems the same article without the cache, to
// show what the cache saves.
func BenchmarkStemTextUncached(b *testing.B) {
	s := benchArticle(b)
	var words []string
	eachWord(s, func(w string) { words = append(words, w) })
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		for _, w := range words {
			if strings.IndexByte(w, '-') >= 0 {
				stemHyphenated(w, stemID)
			} else if !hasDigit(w) {
				stemID(w)
			}
		}
	}
}

func BenchmarkContentWords(b *testing.B) {
	s := benchArticle(b)
	ContentWords("id", s)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		ContentWords("id", s)
	}
}
