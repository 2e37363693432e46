package cli

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"github.com/warta-news/warta/ingest"
	"github.com/warta-news/warta/pipeline"
)

// benchResult is what warta bench measured.
type benchResult struct {
	Inputs            []string `json:"inputs"`
	Articles          int      `json:"articles"`
	Failed            int      `json:"failed"`
	Workers           int      `json:"workers"`
	IngestSeconds     float64  `json:"ingest_seconds"`
	ArticlesPerSecond float64  `json:"articles_per_second"`
	CorpusSeconds     float64  `json:"corpus_seconds"`
	PeakRSSMB         float64  `json:"peak_rss_mb"`
	PeakHeapMB        float64  `json:"peak_heap_mb"`
	// With --add: the second ingest into the same store, and its corpus
	// run, which compares and clusters only what is new.
	Added              []string `json:"added,omitempty"`
	AddedArticles      int      `json:"added_articles,omitempty"`
	AddedIngestSeconds float64  `json:"added_ingest_seconds,omitempty"`
	AddedCorpusSeconds float64  `json:"added_corpus_seconds,omitempty"`
}

// benchCommand measures ingest speed and memory on real inputs, into a
// fresh temporary database, so that runs are comparable.
func benchCommand() *command {
	var workers int
	var cpuProfile, memProfile, add, keep string
	var noCorpus bool
	return &command{
		name:    "bench",
		usage:   "PATH...",
		summary: "measure ingest speed (articles/s) and peak memory on PATHs, into a fresh temporary database",
		flags: func(fs *flag.FlagSet) {
			fs.IntVar(&workers, "workers", 0, "articles analysed at once (default: one per CPU)")
			fs.StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the run to this file")
			fs.StringVar(&memProfile, "memprofile", "", "write a heap profile to this file whenever the live heap reaches a new peak (5% over the last one written)")
			fs.StringVar(&add, "add", "", "then ingest this `PATH` into the same store and time that second run on its own (incremental corpus stages)")
			fs.StringVar(&keep, "store", "", "use and keep this SQLite `FILE` instead of a fresh temporary database; with no PATH, time the corpus stages alone on it")
			fs.BoolVar(&noCorpus, "no-corpus", false, "ingest only: leave the corpus stages for a later run (see --store)")
		},
		run: func(ctx context.Context, m *Main, cfg *Config) int {
			if len(cfg.Args) == 0 && keep == "" {
				fmt.Fprintln(m.Stderr, "warta bench: no inputs")
				return ExitUsage
			}
			if cpuProfile != "" {
				f, err := os.Create(cpuProfile)
				if err != nil {
					fmt.Fprintf(m.Stderr, "warta bench: %v\n", err)
					return ExitPartial
				}
				defer f.Close()
				if err := pprof.StartCPUProfile(f); err != nil {
					fmt.Fprintf(m.Stderr, "warta bench: cpu profile: %v\n", err)
					return ExitPartial
				}
				defer pprof.StopCPUProfile()
			}
			path := keep
			if path == "" {
				dir, err := os.MkdirTemp("", "warta-bench-")
				if err != nil {
					fmt.Fprintf(m.Stderr, "warta bench: %v\n", err)
					return ExitPartial
				}
				defer os.RemoveAll(dir)
				path = filepath.Join(dir, "bench.db")
			}
			store, err := openStore(ctx, path)
			if err != nil {
				fmt.Fprintf(m.Stderr, "warta bench: %v\n", err)
				return ExitPartial
			}
			defer store.Close()

			if workers <= 0 {
				workers = runtime.GOMAXPROCS(0)
			}
			var peakHeap uint64
			stop := sampleHeap(&peakHeap, memProfile)
			ing := &pipeline.Ingester{
				Store:    store,
				Analyzer: pipeline.NewAnalyzer(m.Now),
				Reader:   &ingest.Reader{Stdin: m.Stdin},
				Workers:  workers,
			}
			var sum pipeline.Summary
			var ingestTime, corpusTime time.Duration
			if len(cfg.Args) > 0 {
				start := time.Now()
				sum, err = ing.Run(ctx, cfg.Args)
				ingestTime = time.Since(start)
				if err != nil {
					stop()
					fmt.Fprintf(m.Stderr, "warta bench: %v\n", err)
					return ExitPartial
				}
			}
			if !noCorpus {
				start := time.Now()
				if err := pipeline.Corpus(ctx, store, ing.Analyzer); err != nil {
					stop()
					fmt.Fprintf(m.Stderr, "warta bench: %v\n", err)
					return ExitPartial
				}
				corpusTime = time.Since(start)
			}
			var addSum pipeline.Summary
			var addIngest, addCorpus time.Duration
			if add != "" {
				start := time.Now()
				addSum, err = ing.Run(ctx, []string{add})
				addIngest = time.Since(start)
				if err == nil {
					start = time.Now()
					err = pipeline.Corpus(ctx, store, ing.Analyzer)
					addCorpus = time.Since(start)
				}
				if err != nil {
					stop()
					fmt.Fprintf(m.Stderr, "warta bench: --add %s: %v\n", add, err)
					return ExitPartial
				}
			}
			stop()

			n := sum.Added + sum.Updated + sum.Unchanged
			res := benchResult{
				Inputs:        cfg.Args,
				Articles:      n,
				Failed:        len(sum.Failed),
				Workers:       workers,
				IngestSeconds: ingestTime.Seconds(),
				CorpusSeconds: corpusTime.Seconds(),
				PeakRSSMB:     peakRSSMB(),
				PeakHeapMB:    float64(peakHeap) / (1 << 20),
			}
			if ingestTime > 0 {
				res.ArticlesPerSecond = float64(n) / ingestTime.Seconds()
			}
			if add != "" {
				res.Added = []string{add}
				res.AddedArticles = addSum.Added + addSum.Updated + addSum.Unchanged
				res.AddedIngestSeconds = addIngest.Seconds()
				res.AddedCorpusSeconds = addCorpus.Seconds()
			}
			if cfg.JSON {
				if err := writeJSON(m.Stdout, res); err != nil {
					fmt.Fprintf(m.Stderr, "warta bench: %v\n", err)
					return ExitPartial
				}
				return ExitOK
			}
			fmt.Fprintf(m.Stdout, "articles          %d (%d failed)\nworkers           %d\ningest            %.2f s, %.0f articles/s\ncorpus stages     %.2f s\npeak RSS          %.0f MB\npeak heap         %.0f MB\n",
				res.Articles, res.Failed, res.Workers, res.IngestSeconds, res.ArticlesPerSecond, res.CorpusSeconds, res.PeakRSSMB, res.PeakHeapMB)
			if add != "" {
				fmt.Fprintf(m.Stdout, "then --add        %d articles: ingest %.2f s, corpus stages %.2f s\n", res.AddedArticles, res.AddedIngestSeconds, res.AddedCorpusSeconds)
			}
			return ExitOK
		},
	}
}

// sampleHeap records the largest live heap seen, every 50 ms, until the
// returned stop function is called. When profile names a file, a heap
// profile is written there each time the live heap passes the last
// profiled peak by 5%, so that the file ends up showing what filled the
// heap at (nearly) its peak.
func sampleHeap(peak *uint64, profile string) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		var ms runtime.MemStats
		var profiled uint64
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > *peak {
				*peak = ms.HeapAlloc
			}
			if profile != "" && ms.HeapAlloc > profiled+profiled/20 {
				profiled = ms.HeapAlloc
				writeHeapProfile(profile)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() { close(done); <-finished }
}

// writeHeapProfile writes the heap profile to path, through a temporary
// file so that path always holds a whole profile; failures are ignored
// (the profile is a diagnostic, not the benchmark's result).
func writeHeapProfile(path string) {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return
	}
	err = pprof.WriteHeapProfile(f)
	if cerr := f.Close(); err == nil && cerr == nil {
		os.Rename(tmp, path)
	}
}

// peakRSSMB reads the process's peak resident set size from /proc (Linux);
// elsewhere it returns 0.
func peakRSSMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			if err == nil {
				return kb / 1024
			}
		}
	}
	return 0
}
