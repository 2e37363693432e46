package cli

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/pipeline"
)

func timelineCommand() *command {
	var story string
	var markdown bool
	return &command{
		name:    "timeline",
		usage:   "[QUERY]",
		summary: "tell one storyline as dated events with their sources (by --story ID, or the best match for QUERY)",
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&story, "story", "", "storyline id (from warta stories)")
			fs.BoolVar(&markdown, "markdown", false, "print the timeline as Markdown")
		},
		run: func(ctx context.Context, m *Main, cfg *Config) int {
			query := strings.Join(cfg.Args, " ")
			return m.withStore(ctx, cfg, "timeline", func(s warta.Store) error {
				tl, err := pipeline.Timeline(ctx, s, story, query)
				if err != nil {
					return err
				}
				switch {
				case cfg.JSON:
					return writeJSON(m.Stdout, tl)
				case markdown:
					printTimelineMarkdown(m, tl)
				default:
					printTimeline(m, tl)
				}
				return nil
			})
		},
	}
}

func printTimeline(m *Main, tl *warta.Timeline) {
	w := m.Stdout
	fmt.Fprintf(w, "%s  %s\n\n", tl.Storyline, tl.Title)
	for _, ev := range tl.Events {
		fmt.Fprintf(w, "%-10s  %-10s  %s\n", orDash(ev.Date), ev.Kind, clip(ev.Title, 90))
		if ev.Summary != "" && !strings.Contains(ev.Summary, strings.TrimSuffix(ev.Title, " …")) {
			fmt.Fprintf(w, "%24s%s\n", "", clip(ev.Summary, 120))
		}
		fmt.Fprintf(w, "%24ssources: %s (%d independent)  articles: %s\n\n", "",
			strings.Join(ev.Sources, ", "), ev.IndependentSources, strings.Join(ev.Articles, ", "))
	}
}

func printTimelineMarkdown(m *Main, tl *warta.Timeline) {
	w := m.Stdout
	fmt.Fprintf(w, "# %s\n\n", tl.Title)
	fmt.Fprintln(w, "| date | kind | what happened | sources | independent |")
	fmt.Fprintln(w, "|---|---|---|---|---|")
	esc := strings.NewReplacer("|", "\\|", "\n", " ")
	for _, ev := range tl.Events {
		what := ev.Title
		if ev.Summary != "" && ev.Summary != ev.Title {
			what += ": " + ev.Summary
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %d |\n", orDash(ev.Date), ev.Kind, esc.Replace(clip(what, 300)),
			esc.Replace(strings.Join(ev.Sources, ", ")), ev.IndependentSources)
	}
}
