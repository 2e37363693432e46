package lang

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkDetect runs Detect on the seed articles in turn and reports
// articles per second.
func BenchmarkDetect(b *testing.B) {
	files, _ := filepath.Glob("../../shared/seeds/*.txt")
	if len(files) == 0 {
		b.Skip("no seeds under ../../shared/seeds")
	}
	var docs []string
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, string(text))
	}
	d := New()
	d.Detect(docs[0]) // load the models outside the timing
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		d.Detect(docs[i%len(docs)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkReadEvidence measures the lexicon alone on one seed article.
func BenchmarkReadEvidence(b *testing.B) {
	text, err := os.ReadFile("../../shared/seeds/000_3c7df9a3ab7e3405.txt")
	if err != nil {
		b.Skip("no seeds under ../../shared/seeds")
	}
	s := prefix(string(text), lexiconBytes)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		readEvidence(s)
	}
}
