package cli

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/ingest"
	"github.com/warta-news/warta/pipeline"
)

func ingestCommand() *command {
	var workers int
	return &command{
		name:    "ingest",
		usage:   "PATH...",
		summary: "read articles (files, directories, - for stdin) into the database and update report groups and storylines",
		flags: func(fs *flag.FlagSet) {
			fs.IntVar(&workers, "workers", 0, "articles analysed at once (default: one per CPU)")
		},
		run: func(ctx context.Context, m *Main, cfg *Config) int {
			if len(cfg.Args) == 0 {
				fmt.Fprintln(m.Stderr, "warta ingest: no inputs: give files, directories or - for stdin")
				return ExitUsage
			}
			store, err := openStore(ctx, cfg.DB)
			if err != nil {
				fmt.Fprintf(m.Stderr, "warta ingest: %v\n", err)
				return ExitPartial
			}
			defer store.Close()

			sum, runErr := m.ingest(ctx, store, cfg.Args, workers, "ingest")
			if cfg.JSON {
				if err := writeJSON(m.Stdout, sum); err != nil {
					fmt.Fprintf(m.Stderr, "warta ingest: %v\n", err)
					return ExitPartial
				}
			}
			if runErr != nil {
				fmt.Fprintf(m.Stderr, "warta ingest: %v\n", runErr)
				return ExitPartial
			}
			if len(sum.Failed) > 0 {
				return ExitPartial
			}
			return ExitOK
		},
	}
}

// ingest reads paths into store with every per-article stage, then runs the
// corpus stages when anything changed. It names each failed input on stderr
// and ends with a one-line summary there (and a progress bar before it on a
// terminal). cmd names the command in messages.
func (m *Main) ingest(ctx context.Context, store warta.Store, paths []string, workers int, cmd string) (pipeline.Summary, error) {
	start := m.Now()
	bar := newProgress(m)
	ing := &pipeline.Ingester{
		Store:    store,
		Analyzer: pipeline.NewAnalyzer(m.Now),
		Reader:   &ingest.Reader{Stdin: m.Stdin},
		Workers:  workers,
		Progress: bar.update,
	}
	sum, err := ing.Run(ctx, paths)
	bar.finish()
	if err == nil && sum.Added+sum.Updated > 0 {
		err = pipeline.Corpus(ctx, store, ing.Analyzer)
	}
	for _, f := range sum.Failed {
		fmt.Fprintf(m.Stderr, "warta %s: %s: %s\n", cmd, f.Path, f.Error)
	}
	fmt.Fprintln(m.Stderr, summaryLine(sum, m.Now().Sub(start)))
	return sum, err
}

// summaryLine is the one-line account of an ingest run.
func summaryLine(s pipeline.Summary, elapsed time.Duration) string {
	n := s.Added + s.Updated + s.Unchanged
	rate := ""
	if secs := elapsed.Seconds(); secs > 0 && n > 0 {
		rate = fmt.Sprintf(", %.0f articles/s", float64(n)/secs)
	}
	return fmt.Sprintf("ingested %d articles: %d added, %d updated, %d unchanged, %d failed (%s%s)",
		n, s.Added, s.Updated, s.Unchanged, len(s.Failed), elapsed.Round(time.Millisecond), rate)
}
