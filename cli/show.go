package cli

import (
	"context"
	"fmt"

	"github.com/warta-news/warta"
)

func showCommand() *command {
	return &command{
		name:    "show",
		usage:   "ID",
		summary: "print one stored article with its annotations",
		run: func(ctx context.Context, m *Main, cfg *Config) int {
			if len(cfg.Args) != 1 {
				fmt.Fprintln(m.Stderr, "warta show: give one article id")
				return ExitUsage
			}
			return m.withStore(ctx, cfg, "show", func(s warta.Store) error {
				a, err := s.Article(ctx, cfg.Args[0])
				if err != nil {
					return err
				}
				if cfg.JSON {
					return writeJSON(m.Stdout, a)
				}
				printArticle(m, a)
				return nil
			})
		},
	}
}
