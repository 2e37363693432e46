package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/extract"
	"github.com/warta-news/warta/ingest"
	"github.com/warta-news/warta/pipeline"
)

func analyzeCommand() *command {
	var removed, noEvidence bool
	return &command{
		name:    "analyze",
		usage:   "PATH...",
		summary: "analyse articles without a database and print each one (JSON Lines with --json)",
		flags: func(fs *flag.FlagSet) {
			fs.BoolVar(&removed, "removed", false, "also show the lines the cleaner removed, with the reason")
			fs.BoolVar(&noEvidence, "no-line-evidence", false, "judge each article alone: do not count lines repeated across the inputs' articles of one outlet")
		},
		run: func(ctx context.Context, m *Main, cfg *Config) int {
			if len(cfg.Args) == 0 {
				fmt.Fprintln(m.Stderr, "warta analyze: no inputs: give files, directories or - for stdin")
				return ExitUsage
			}
			an := pipeline.NewAnalyzer(m.Now)
			rd := &ingest.Reader{Stdin: m.Stdin}
			files, errs := ingest.Expand(cfg.Args)
			failed := len(errs)
			for _, err := range errs {
				fmt.Fprintf(m.Stderr, "warta analyze: %v\n", err)
			}
			var rep *extract.Repeats
			if !noEvidence {
				var err error
				if rep, err = pipeline.CountLines(ctx, rd, files); err != nil {
					fmt.Fprintf(m.Stderr, "warta analyze: %v\n", err)
					return ExitPartial
				}
			}
			origins := make(map[string]string) // id -> origin, to keep ids unique
			enc := json.NewEncoder(m.Stdout)
			enc.SetEscapeHTML(false)
			for _, f := range files {
				emit := func(doc warta.Document) error {
					a, err := an.AnalyzeWith(doc, rep)
					if err != nil {
						failed++
						fmt.Fprintf(m.Stderr, "warta analyze: %s: %v\n", doc.Origin, err)
						return nil
					}
					if o, ok := origins[a.ID]; ok && o != a.Origin {
						a.ID = pipeline.SuffixedID(a.ID, a.Origin)
					}
					origins[a.ID] = a.Origin
					if !removed {
						a.Removed = nil
					}
					if cfg.JSON {
						return enc.Encode(a)
					}
					printArticle(m, a)
					return nil
				}
				fail := func(err error) {
					failed++
					fmt.Fprintf(m.Stderr, "warta analyze: %v\n", err)
				}
				if err := rd.Read(ctx, f, emit, fail); err != nil {
					if ctx.Err() != nil {
						fmt.Fprintf(m.Stderr, "warta analyze: %v\n", ctx.Err())
						return ExitPartial
					}
					fail(err)
				}
			}
			if failed > 0 {
				return ExitPartial
			}
			return ExitOK
		},
	}
}

// printArticle prints an analysed article for a person to read.
func printArticle(m *Main, a *warta.Article) {
	w := m.Stdout
	fmt.Fprintf(w, "== %s\n", a.ID)
	fmt.Fprintf(w, "title:     %s\n", a.Title)
	fmt.Fprintf(w, "outlet:    %s\n", orDash(a.Outlet))
	fmt.Fprintf(w, "published: %s (%s)\n", orDash(a.Published), a.PublishedSource)
	fmt.Fprintf(w, "language:  %s\n", a.Language)
	if a.Dateline != "" {
		fmt.Fprintf(w, "dateline:  %s\n", a.Dateline)
	}
	if a.Author != "" {
		fmt.Fprintf(w, "author:    %s\n", a.Author)
	}
	fmt.Fprintf(w, "body:      %s\n", clip(a.Body, 160))
	if len(a.Timexes) > 0 {
		fmt.Fprintln(w, "dates:")
		for _, t := range a.Timexes {
			flag := ""
			if t.Flag != "" {
				flag = "  [" + t.Flag + "]"
			}
			fmt.Fprintf(w, "  %-28s %s %s%s\n", clip(t.Text, 28), t.Type, t.Value, flag)
		}
	}
	if len(a.Entities) > 0 {
		fmt.Fprintln(w, "entities:")
		seen := make(map[string]bool)
		for _, e := range a.Entities {
			if seen[e.Canonical+e.Type] {
				continue
			}
			seen[e.Canonical+e.Type] = true
			fmt.Fprintf(w, "  %-7s %s\n", e.Type, e.Canonical)
		}
	}
	if len(a.Quotes) > 0 {
		fmt.Fprintln(w, "quotes:")
		for _, q := range a.Quotes {
			fmt.Fprintf(w, "  %s (%s, %s): %s\n", orDash(q.Speaker), q.Cue, q.Kind, clip(q.Text, 100))
		}
	}
	if len(a.Removed) > 0 {
		fmt.Fprintln(w, "removed:")
		for _, r := range a.Removed {
			fmt.Fprintf(w, "  [%s] %s\n", r.Reason, clip(r.Text, 100))
		}
	}
	fmt.Fprintln(w)
}
