package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/extract"
	"github.com/warta-news/warta/ingest"
)

// benchDocuments reads the documents of the inputs named by
// WARTA_ANALYZE_CORPUS (a list of paths separated by the OS's list
// separator), or else of the shared IndoSum and RSS samples, with their
// line counts. It skips the benchmark when none is there.
func benchDocuments(b *testing.B) ([]warta.Document, *extract.Repeats) {
	b.Helper()
	paths := filepath.SplitList(os.Getenv("WARTA_ANALYZE_CORPUS"))
	if len(paths) == 0 {
		paths = []string{
			"../../shared/data/indosum-dev/indosum/dev.01.jsonl",
			"../../shared/data/id-news-rss-2025/scrapping_news_2025-06-18.csv",
		}
	}
	var have []string
	for _, p := range paths {
		if _, err := os.Stat(p); err == nil {
			have = append(have, p)
		}
	}
	if len(have) == 0 {
		b.Skipf("none of %s is there: skipping", strings.Join(paths, ", "))
	}
	files, errs := ingest.Expand(have)
	if len(errs) > 0 {
		b.Fatal(errs[0])
	}
	ctx := context.Background()
	var rd ingest.Reader
	rep, err := CountLines(ctx, &rd, files)
	if err != nil {
		b.Fatal(err)
	}
	var docs []warta.Document
	for _, f := range files {
		emit := func(d warta.Document) error { docs = append(docs, d); return nil }
		if err := rd.Read(ctx, f, emit, nil); err != nil {
			b.Fatal(err)
		}
	}
	return docs, rep
}

// BenchmarkAnalyze analyses a corpus of real articles on one goroutine,
// as one ingest worker does, after one pass that warms the caches. cpu-ns/article is the process's CPU time
// (garbage collection included) per article: on a busy machine it varies
// less than the wall time.
func BenchmarkAnalyze(b *testing.B) {
	docs, rep := benchDocuments(b)
	an := NewAnalyzer(func() time.Time { return time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC) })
	var size int64
	for _, d := range docs {
		size += int64(len(d.Text) + len(d.HTML))
	}
	b.SetBytes(size)
	// One pass first fills the caches (stems, split tokens, language
	// models), as in a long ingest.
	for _, d := range docs {
		an.AnalyzeWith(d, rep)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime(b)
	for b.Loop() {
		for _, d := range docs {
			an.AnalyzeWith(d, rep)
		}
	}
	b.ReportMetric(float64((cpuTime(b)-cpu0).Nanoseconds())/float64(b.N*len(docs)), "cpu-ns/article")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(docs)), "ns/article")
}

// cpuTime returns the user and system CPU time the process has used.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
