package cli

import (
	"context"
	"flag"
	"fmt"
	"time"

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

			start := m.Now()
			bar := newProgress(m)
			ing := &pipeline.Ingester{
				Store:    store,
				Analyzer: pipeline.NewAnalyzer(m.Now),
				Reader:   &ingest.Reader{Stdin: m.Stdin},
				Workers:  workers,
				Progress: bar.update,
			}
			sum, runErr := ing.Run(ctx, cfg.Args)
			bar.finish()
			if runErr == nil && sum.Added+sum.Updated > 0 {
				runErr = pipeline.Corpus(ctx, store, ing.Analyzer)
			}
			elapsed := m.Now().Sub(start)

			for _, f := range sum.Failed {
				fmt.Fprintf(m.Stderr, "warta ingest: %s: %s\n", f.Path, f.Error)
			}
			if cfg.JSON {
				if err := writeJSON(m.Stdout, sum); err != nil {
					fmt.Fprintf(m.Stderr, "warta ingest: %v\n", err)
					return ExitPartial
				}
			}
			fmt.Fprintln(m.Stderr, summaryLine(sum, elapsed))
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
