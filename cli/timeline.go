package cli

import (
	"context"
	"flag"
	"fmt"
	"slices"
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
	const indent = 24
	for _, ev := range tl.Events {
		kind := ev.Kind
		if isNew(ev) {
			kind += " *"
		}
		fmt.Fprintf(w, "%-10s  %-10s  %s\n", orDash(ev.Date), kind, clip(ev.Title, 90))
		if ev.Summary != "" && !strings.Contains(ev.Summary, strings.TrimSuffix(ev.Title, " …")) {
			fmt.Fprintf(w, "%*s%s\n", indent, "", clip(ev.Summary, 120))
		}
		fmt.Fprintf(w, "%*ssources: %s (%d independent)\n", indent, "", strings.Join(ev.Sources, ", "), ev.IndependentSources)
		if chains := originChains(ev); chains != "" {
			fmt.Fprintf(w, "%*sorigins: %s\n", indent, "", chains)
		}
		extra := ""
		if n := len(ev.Quotes); n > 0 {
			extra += fmt.Sprintf("  quotes: %d", n)
		}
		if n := len(ev.Claims); n > 0 {
			extra += fmt.Sprintf("  claims: %d", n)
		}
		fmt.Fprintf(w, "%*sarticles: %s%s\n\n", indent, "", strings.Join(ev.Articles, ", "), extra)
	}
	if len(tl.Events) > 0 {
		fmt.Fprintln(w, "* carries content that no earlier article of the storyline had")
	}
}

// isNew reports whether any of an entry's evidence is new content.
func isNew(ev warta.TimelineEvent) bool {
	for _, e := range ev.Evidence {
		if e.New {
			return true
		}
	}
	return false
}

// originChains shows an entry's attribution chains: "Detik ← Yonhap ← KCNA".
func originChains(ev warta.TimelineEvent) string {
	var chains []string
	for _, o := range ev.Origins {
		c := o.Outlet + " ← " + strings.Join(o.Via, " ← ")
		if !slices.Contains(chains, c) {
			chains = append(chains, c)
		}
	}
	return strings.Join(chains, "; ")
}

func printTimelineMarkdown(m *Main, tl *warta.Timeline) {
	w := m.Stdout
	fmt.Fprintf(w, "# %s\n\n", tl.Title)
	fmt.Fprintln(w, "| date | kind | what happened | sources | independent | origins |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|")
	esc := strings.NewReplacer("|", "\\|", "\n", " ")
	for _, ev := range tl.Events {
		what := ev.Title
		if ev.Summary != "" && ev.Summary != ev.Title && !strings.Contains(ev.Summary, strings.TrimSuffix(ev.Title, " …")) {
			what += ": " + ev.Summary
		} else if ev.Summary != "" {
			what = ev.Summary
		}
		if isNew(ev) {
			what += " (new)"
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %d | %s |\n", orDash(ev.Date), ev.Kind, esc.Replace(clip(what, 300)),
			esc.Replace(strings.Join(ev.Sources, ", ")), ev.IndependentSources, esc.Replace(originChains(ev)))
	}
	var news []string
	for _, nc := range tl.New {
		if len(nc.Spans) == 0 {
			continue
		}
		var words []string
		for _, sp := range nc.Spans {
			for _, word := range sp.Words {
				if !slices.Contains(words, word) {
					words = append(words, word)
				}
			}
		}
		if len(words) > 12 {
			words = words[:12]
		}
		news = append(news, fmt.Sprintf("- %s %s (%s): %d new sentences: %s", orDash(nc.Published), nc.Article,
			orDash(nc.Outlet), len(nc.Spans), esc.Replace(strings.Join(words, ", "))))
	}
	if len(news) > 0 {
		fmt.Fprintf(w, "\n## What each article added\n\n%s\n", strings.Join(news, "\n"))
	}
}
