package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/warta-news/warta"
)

func statsCommand() *command {
	return &command{
		name:    "stats",
		summary: "count articles, report groups, events and storylines",
		run: func(ctx context.Context, m *Main, cfg *Config) int {
			return m.withStore(ctx, cfg, "stats", func(s warta.Store) error {
				st, err := s.Stats(ctx)
				if err != nil {
					return err
				}
				if cfg.JSON {
					return writeJSON(m.Stdout, st)
				}
				fmt.Fprintf(m.Stdout, "articles       %d\nreport groups  %d\nevents         %d\nstorylines     %d\n",
					st.Articles, st.ReportGroups, st.Events, st.Storylines)
				return nil
			})
		},
	}
}

// dupGroup is a report group in the contract's shape for dups.
type dupGroup struct {
	Kind     string   `json:"kind"`
	Articles []string `json:"articles"`
	Score    float64  `json:"score,omitempty"`
}

func dupsCommand() *command {
	return &command{
		name:    "dups",
		summary: "list groups of articles that carry the same report (exact copies, near copies, rewrites)",
		run: func(ctx context.Context, m *Main, cfg *Config) int {
			return m.withStore(ctx, cfg, "dups", func(s warta.Store) error {
				groups, err := s.ReportGroups(ctx)
				if err != nil {
					return err
				}
				out := struct {
					Groups []dupGroup `json:"groups"`
				}{Groups: []dupGroup{}}
				for _, g := range groups {
					out.Groups = append(out.Groups, dupGroup{Kind: g.Kind, Articles: g.Articles, Score: g.Score})
				}
				if cfg.JSON {
					return writeJSON(m.Stdout, out)
				}
				if len(groups) == 0 {
					fmt.Fprintln(m.Stdout, "no articles carry the same report")
					return nil
				}
				for _, g := range out.Groups {
					fmt.Fprintf(m.Stdout, "%-8s %s\n", g.Kind, strings.Join(g.Articles, "  "))
				}
				return nil
			})
		},
	}
}
