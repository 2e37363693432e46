package cli

import (
	"context"
	"flag"
	"fmt"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/pipeline"
)

// reportCommand is Warta's main job in one command: ingest what is given,
// then tell every storyline as a timeline.
func reportCommand() *command {
	var markdown bool
	var minArticles int
	return &command{
		name:    "report",
		usage:   "[PATH...]",
		summary: "ingest PATHs (if any), then print the timeline of every storyline",
		flags: func(fs *flag.FlagSet) {
			fs.BoolVar(&markdown, "markdown", false, "print the timelines as Markdown")
			fs.IntVar(&minArticles, "min-articles", 2, "leave out storylines with fewer articles")
		},
		run: func(ctx context.Context, m *Main, cfg *Config) int {
			store, err := openStore(ctx, cfg.DB)
			if err != nil {
				fmt.Fprintf(m.Stderr, "warta report: %v\n", err)
				return ExitPartial
			}
			defer store.Close()
			code := ExitOK
			if len(cfg.Args) > 0 {
				sum, err := m.ingest(ctx, store, cfg.Args, 0, "report")
				if err != nil {
					fmt.Fprintf(m.Stderr, "warta report: %v\n", err)
					return ExitPartial
				}
				if len(sum.Failed) > 0 {
					code = ExitPartial
				}
			}
			stories, err := store.Storylines(ctx)
			if err != nil {
				fmt.Fprintf(m.Stderr, "warta report: %v\n", err)
				return ExitPartial
			}
			groups, err := store.ReportGroups(ctx)
			if err != nil {
				fmt.Fprintf(m.Stderr, "warta report: %v\n", err)
				return ExitPartial
			}
			timelines := []*warta.Timeline{}
			for _, s := range stories {
				if s.ArticleCount() < minArticles {
					continue
				}
				tl, err := pipeline.StoryTimeline(ctx, store, s, groups)
				if err != nil {
					fmt.Fprintf(m.Stderr, "warta report: %v\n", err)
					return ExitPartial
				}
				timelines = append(timelines, tl)
			}
			switch {
			case cfg.JSON:
				if err := writeJSON(m.Stdout, struct {
					Timelines []*warta.Timeline `json:"timelines"`
				}{timelines}); err != nil {
					fmt.Fprintf(m.Stderr, "warta report: %v\n", err)
					return ExitPartial
				}
			case len(timelines) == 0:
				fmt.Fprintf(m.Stdout, "no storyline has %d or more articles yet\n", minArticles)
			default:
				for _, tl := range timelines {
					if markdown {
						printTimelineMarkdown(m, tl)
					} else {
						printTimeline(m, tl)
					}
					fmt.Fprintln(m.Stdout)
				}
			}
			return code
		},
	}
}
