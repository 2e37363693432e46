package cli

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/pipeline"
)

func searchCommand() *command {
	var limit int
	return &command{
		name:    "search",
		usage:   "QUERY",
		summary: "full-text search over titles and bodies (stemmed, Indonesian and English)",
		flags: func(fs *flag.FlagSet) {
			fs.IntVar(&limit, "limit", 20, "most results to show")
		},
		run: func(ctx context.Context, m *Main, cfg *Config) int {
			q := strings.TrimSpace(strings.Join(cfg.Args, " "))
			if q == "" {
				fmt.Fprintln(m.Stderr, "warta search: no query")
				return ExitUsage
			}
			return m.withStore(ctx, cfg, "search", func(s warta.Store) error {
				results, err := s.Search(ctx, pipeline.Query(q, limit))
				if err != nil {
					return err
				}
				if results == nil {
					results = []warta.SearchResult{}
				}
				if cfg.JSON {
					return writeJSON(m.Stdout, struct {
						Results []warta.SearchResult `json:"results"`
					}{results})
				}
				if len(results) == 0 {
					fmt.Fprintf(m.Stdout, "nothing matches %q\n", q)
					return nil
				}
				for _, r := range results {
					fmt.Fprintf(m.Stdout, "%6.2f  %s  %s\n        %s\n", r.Score, r.ID, clip(r.Title, 80), clip(r.Snippet, 120))
				}
				return nil
			})
		},
	}
}
