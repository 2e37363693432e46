package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/warta-news/warta"
)

func storiesCommand() *command {
	return &command{
		name:    "stories",
		summary: "list storylines and their events",
		run: func(ctx context.Context, m *Main, cfg *Config) int {
			return m.withStore(ctx, cfg, "stories", func(s warta.Store) error {
				stories, err := s.Storylines(ctx)
				if err != nil {
					return err
				}
				if stories == nil {
					stories = []warta.Storyline{}
				}
				if cfg.JSON {
					return writeJSON(m.Stdout, struct {
						Storylines []warta.Storyline `json:"storylines"`
					}{stories})
				}
				if len(stories) == 0 {
					fmt.Fprintln(m.Stdout, "no storylines yet: ingest some articles first")
					return nil
				}
				for _, st := range stories {
					fmt.Fprintf(m.Stdout, "%s  %s  (%s … %s, %d events)\n", st.ID, st.Title, orDash(st.Start), orDash(st.End), len(st.Events))
					for _, ev := range st.Events {
						fmt.Fprintf(m.Stdout, "    %-10s  %s  [%s]\n", orDash(ev.Date), clip(ev.Title, 70), strings.Join(ev.Articles, ", "))
					}
				}
				return nil
			})
		},
	}
}
