package cli

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"github.com/warta-news/warta"
)

func entitiesCommand() *command {
	return &command{
		name:    "entities",
		summary: "list people, organisations and places with their aliases",
		run: func(ctx context.Context, m *Main, cfg *Config) int {
			return m.withStore(ctx, cfg, "entities", func(s warta.Store) error {
				ents, err := s.Entities(ctx)
				if err != nil {
					return err
				}
				if ents == nil {
					ents = []warta.EntitySummary{}
				}
				if cfg.JSON {
					return writeJSON(m.Stdout, struct {
						Entities []warta.EntitySummary `json:"entities"`
					}{ents})
				}
				for _, e := range ents {
					aliases := ""
					if len(e.Aliases) > 1 || (len(e.Aliases) == 1 && e.Aliases[0] != e.Canonical) {
						aliases = "  (" + strings.Join(e.Aliases, ", ") + ")"
					}
					fmt.Fprintf(m.Stdout, "%4d  %-7s %s%s\n", e.Articles, e.Type, e.Canonical, aliases)
				}
				return nil
			})
		},
	}
}

func quotesCommand() *command {
	var speaker string
	return &command{
		name:    "quotes",
		summary: "list quotes with their speakers",
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&speaker, "speaker", "", "only quotes of this speaker")
		},
		run: func(ctx context.Context, m *Main, cfg *Config) int {
			return m.withStore(ctx, cfg, "quotes", func(s warta.Store) error {
				qs, err := s.Quotes(ctx, speaker)
				if err != nil {
					return err
				}
				if qs == nil {
					qs = []warta.QuoteRecord{}
				}
				if cfg.JSON {
					return writeJSON(m.Stdout, struct {
						Quotes []warta.QuoteRecord `json:"quotes"`
					}{qs})
				}
				for _, q := range qs {
					fmt.Fprintf(m.Stdout, "%s  %s (%s): %s\n", q.Article, orDash(q.Speaker), q.Kind, clip(q.Text, 110))
				}
				return nil
			})
		},
	}
}

func claimsCommand() *command {
	return &command{
		name:    "claims",
		summary: "list claims, accusations and denials with who made them",
		run: func(ctx context.Context, m *Main, cfg *Config) int {
			return m.withStore(ctx, cfg, "claims", func(s warta.Store) error {
				cs, err := s.Claims(ctx)
				if err != nil {
					return err
				}
				if cs == nil {
					cs = []warta.ClaimRecord{}
				}
				if cfg.JSON {
					return writeJSON(m.Stdout, struct {
						Claims []warta.ClaimRecord `json:"claims"`
					}{cs})
				}
				for _, c := range cs {
					fmt.Fprintf(m.Stdout, "%s  %-7s %s → %s: %s\n", c.Article, c.Stance, orDash(c.Holder), orDash(c.About), clip(c.Text, 100))
				}
				return nil
			})
		},
	}
}
