package lang

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/pemistahl/lingua-go"
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

// BenchmarkLingua measures lingua alone on the first n bytes of a seed
// article, in low-accuracy mode (what Detect uses) and high-accuracy mode,
// to keep the cost that shaped Detect measured. High-accuracy mode loads
// ~45 MB of models on first use.
func BenchmarkLingua(b *testing.B) {
	text, err := os.ReadFile("../../shared/seeds/000_3c7df9a3ab7e3405.txt")
	if err != nil {
		b.Skip("no seeds under ../../shared/seeds")
	}
	modes := []struct {
		name string
		low  bool
	}{{"low", true}, {"high", false}}
	for _, mode := range modes {
		builder := lingua.NewLanguageDetectorBuilder().
			FromLanguages(lingua.Indonesian, lingua.Malay, lingua.English, lingua.Tagalog)
		if mode.low {
			builder = builder.WithLowAccuracyMode()
		}
		d := builder.Build()
		for _, n := range []int{linguaBytes, 1024, 3000} {
			s := prefix(string(text), n)
			d.DetectLanguageOf(s)
			b.Run(fmt.Sprintf("%s/%d", mode.name, n), func(b *testing.B) {
				b.SetBytes(int64(len(s)))
				for b.Loop() {
					d.DetectLanguageOf(s)
				}
			})
		}
	}
}
