package cli

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/cluster"
)

func storiesCommand() *command {
	var why bool
	return &command{
		name:    "stories",
		usage:   "[--why ID1 ID2]",
		summary: "list storylines and their events, or say why two articles are (not) together",
		flags: func(fs *flag.FlagSet) {
			fs.BoolVar(&why, "why", false, "explain two articles: shared terms, names and dates, date gap, similarity against the thresholds")
		},
		run: func(ctx context.Context, m *Main, cfg *Config) int {
			if why {
				if len(cfg.Args) != 2 {
					fmt.Fprintln(m.Stderr, "warta stories: --why takes two article ids")
					return ExitUsage
				}
				return m.withStore(ctx, cfg, "stories", func(s warta.Store) error {
					ex, err := explainStored(ctx, s, cfg.Args[0], cfg.Args[1])
					if err != nil {
						return err
					}
					if cfg.JSON {
						return writeJSON(m.Stdout, ex)
					}
					printExplanation(m, ex)
					return nil
				})
			}
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

// explainStored loads what cluster.ExplainStored needs from s.
func explainStored(ctx context.Context, s warta.Store, a, b string) (cluster.Explanation, error) {
	articles, err := s.Articles(ctx)
	if err != nil {
		return cluster.Explanation{}, fmt.Errorf("load articles: %w", err)
	}
	groups, err := s.ReportGroups(ctx)
	if err != nil {
		return cluster.Explanation{}, fmt.Errorf("load report groups: %w", err)
	}
	stories, err := s.Storylines(ctx)
	if err != nil {
		return cluster.Explanation{}, fmt.Errorf("load storylines: %w", err)
	}
	return cluster.ExplainStored(a, b, articles, groups, stories, cluster.Options{})
}

func printExplanation(m *Main, ex cluster.Explanation) {
	w := m.Stdout
	fmt.Fprintf(w, "%s and %s: %s", ex.A, ex.B, ex.Verdict)
	switch ex.Together {
	case "event":
		fmt.Fprintf(w, "; they are in one event (%s)\n", ex.EventA)
	case "storyline":
		fmt.Fprintf(w, "; they are in one storyline (%s), events %s and %s\n", ex.StorylineA, ex.EventA, ex.EventB)
	case "no":
		fmt.Fprintf(w, "; they are in storylines %s and %s\n", ex.StorylineA, ex.StorylineB)
	default:
		fmt.Fprintln(w)
	}
	if ex.SameGroup {
		fmt.Fprintln(w, "  same report group: copies or rewrites of one report always share an event")
	}
	if ex.DaysApart != nil {
		fmt.Fprintf(w, "  published %d days apart\n", *ex.DaysApart)
	} else {
		fmt.Fprintln(w, "  publication dates: at least one is unknown, so no time decay")
	}
	fmt.Fprintf(w, "  event similarity      %.3f (threshold %.3f)\n", ex.EventSim, ex.EventThresh)
	fmt.Fprintf(w, "  storyline similarity  %.3f (threshold %.3f)\n", ex.StorySim, ex.StoryThresh)
	fmt.Fprintf(w, "  terms  cosine %.3f:", ex.TermSim)
	for _, t := range ex.SharedTerms {
		fmt.Fprintf(w, " %s", t.Term)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "  names  cosine %.3f: %s\n", ex.NameSim, orDash(strings.Join(ex.SharedNames, "; ")))
	fmt.Fprintf(w, "  dates both mention: %s\n", orDash(strings.Join(ex.SharedDates, ", ")))
	if ex.Note != "" {
		fmt.Fprintf(w, "  (%s)\n", ex.Note)
	}
}
