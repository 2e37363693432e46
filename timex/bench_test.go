package timex

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	dateparser "github.com/markusmobius/go-dateparser"
)

// benchCorpus is real Indonesian news read at run time: the seeds and the
// first articles of the id-news-rss-2025 dump.
var benchCorpus = sync.OnceValues(func() ([]string, error) {
	var bodies []string
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seeds", "*.txt"))
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err != nil {
			return nil, err
		}
		bodies = append(bodies, string(b))
	}
	f, err := os.Open(filepath.Join("..", "..", "shared", "data", "id-news-rss-2025", "scrapping_news_2025-06-18.csv"))
	if err != nil {
		return bodies, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	if _, err := r.Read(); err != nil {
		return bodies, err
	}
	for len(bodies) < 305 {
		rec, err := r.Read()
		if err != nil {
			break
		}
		if len(rec) >= 6 {
			bodies = append(bodies, rec[5])
		}
	}
	return bodies, nil
})

var benchAnchor = time.Date(2025, 6, 18, 0, 0, 0, 0, time.UTC)

func corpus(b *testing.B) []string {
	bodies, err := benchCorpus()
	if err != nil || len(bodies) < 100 {
		b.Skipf("benchmark corpus under ../../shared absent (%v): skipping", err)
	}
	return bodies
}

// spans are the texts of the expressions the tagger finds in the corpus,
// so that both parsers get the same strings.
func spans(bodies []string) []string {
	var tg Tagger
	var out []string
	for _, body := range bodies {
		for _, x := range tg.Tag(body, "id", benchAnchor) {
			out = append(out, x.Text)
		}
	}
	return out
}

// BenchmarkTag tags whole articles: finding and normalising.
func BenchmarkTag(b *testing.B) {
	bodies := corpus(b)
	var size int64
	for _, s := range bodies {
		size += int64(len(s))
	}
	b.SetBytes(size)
	var tg Tagger
	n := 0
	b.ResetTimer()
	for b.Loop() {
		for _, body := range bodies {
			n += len(tg.Tag(body, "id", benchAnchor))
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "expr/s")
}

// BenchmarkTagSpans normalises the expressions one span at a time.
func BenchmarkTagSpans(b *testing.B) {
	ss := spans(corpus(b))
	var tg Tagger
	b.ResetTimer()
	for b.Loop() {
		for _, s := range ss {
			tg.Tag(s, "id", benchAnchor)
		}
	}
	b.ReportMetric(float64(len(ss)*b.N)/b.Elapsed().Seconds(), "expr/s")
}

// BenchmarkDateparserSpans runs github.com/markusmobius/go-dateparser, a
// general date parser, on the same spans, for comparison only.
func BenchmarkDateparserSpans(b *testing.B) {
	ss := spans(corpus(b))
	cfg := &dateparser.Configuration{Languages: []string{"id", "en"}, CurrentTime: benchAnchor}
	parsed := 0
	b.ResetTimer()
	for b.Loop() {
		parsed = 0
		for _, s := range ss {
			if d, err := dateparser.Parse(cfg, s); err == nil && !d.Time.IsZero() {
				parsed++
			}
		}
	}
	b.ReportMetric(float64(len(ss)*b.N)/b.Elapsed().Seconds(), "expr/s")
	b.ReportMetric(float64(parsed)/float64(len(ss)), "parsed")
}

// BenchmarkTagSpanish tags the first 100 Spanish ML-Crisis articles (in
// path order) with the Spanish rules.
func BenchmarkTagSpanish(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(mlCrisisDir, "*", "*", "*.txt"))
	if len(files) < 100 {
		b.Skip("ML-Crisis Spanish articles absent: skipping")
	}
	sort.Strings(files)
	var bodies []string
	var size int64
	for _, f := range files[:100] {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		bodies = append(bodies, string(raw))
		size += int64(len(raw))
	}
	b.SetBytes(size)
	var tg Tagger
	anchor := time.Date(2011, 3, 15, 0, 0, 0, 0, time.UTC)
	n := 0
	b.ResetTimer()
	for b.Loop() {
		for _, body := range bodies {
			n += len(tg.Tag(body, "es", anchor))
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "expr/s")
}

// BenchmarkTagCorpus tags, once each, the bodies of the JSON-lines corpus
// WARTA_TIMEX_CORPUS names (as cmd/gencorpus writes it), with their
// published dates, as ingest does: one op is the whole corpus.
func BenchmarkTagCorpus(b *testing.B) {
	p := os.Getenv("WARTA_TIMEX_CORPUS")
	if p == "" {
		b.Skip("WARTA_TIMEX_CORPUS names no corpus: skipping")
	}
	raw, err := os.ReadFile(p)
	if err != nil {
		b.Fatal(err)
	}
	type article struct {
		Body      string
		Published string
	}
	var arts []article
	var size int64
	for _, line := range bytes.Split(raw, []byte("\n")) {
		var a article
		if len(line) == 0 || json.Unmarshal(line, &a) != nil {
			continue
		}
		arts = append(arts, a)
		size += int64(len(a.Body))
	}
	b.SetBytes(size)
	var tg Tagger
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			anchor, _ := time.Parse("2006-01-02", a.Published)
			tg.Tag(a.Body, "id", anchor)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(arts))/1e6, "ms/article")
}
