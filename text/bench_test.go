package text

import (
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
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
	var buf []byte
	eachWord(s, &buf, func(w string, _ bool) { words = append(words, strings.Clone(w)) })
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

// BenchmarkStemTextCorpus stems real articles one after another, from a
// cold cache, as a pipeline does: the cost per article includes the words
// each new article brings. It reads id-news-rss-2025 at run time.
func BenchmarkStemTextCorpus(b *testing.B) {
	docs := rssBodies(b, 2000)
	var bytes int64
	for _, d := range docs {
		bytes += int64(len(d))
	}
	stemCacheID = newStemCache()
	b.ResetTimer()
	n := 0
	for i := 0; b.Loop(); i++ {
		StemText("id", docs[i%len(docs)])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(bytes)/float64(len(docs)), "bytes/article")
}

// rssBodies returns up to max article bodies from id-news-rss-2025.
func rssBodies(b *testing.B, max int) []string {
	files, _ := filepath.Glob("../../shared/data/id-news-rss-2025/*.csv")
	if len(files) == 0 {
		b.Skip("no id-news-rss-2025 under ../../shared/data")
	}
	var docs []string
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			b.Fatal(err)
		}
		r := csv.NewReader(fh)
		r.FieldsPerRecord = -1
		r.LazyQuotes = true
		for len(docs) < max {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil || len(rec) < 6 || len(rec[5]) < 200 {
				continue
			}
			docs = append(docs, rec[5])
		}
		fh.Close()
	}
	return docs
}

// BenchmarkEachToken and BenchmarkSegmentTokens find the word tokens of
// the seed text with and without cutting it at spaces first.
func BenchmarkEachToken(b *testing.B) {
	s := seedText(b)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		eachToken(s, func(int, int) {})
	}
}

func BenchmarkSegmentTokens(b *testing.B) {
	s := seedText(b)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		segmentTokens(s, func(int, int) {})
	}
}
