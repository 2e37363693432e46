package cli

import (
	"context"
	"flag"
	"fmt"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/pipeline"
)

// correctionOut is what merge and split print with --json.
type correctionOut struct {
	Correction warta.Correction `json:"correction"`
}

func mergeCommand() *command {
	return &command{
		name:    "merge",
		usage:   "ID ID",
		summary: "merge two events or two storylines (by the ids stories shows); survives re-clustering",
		run: func(ctx context.Context, m *Main, cfg *Config) int {
			if len(cfg.Args) != 2 {
				fmt.Fprintln(m.Stderr, "warta merge: give two event ids or two storyline ids")
				return ExitUsage
			}
			return m.correct(ctx, cfg, "merge", pipeline.CorrectionRequest{Op: warta.CorrectionMerge, IDs: cfg.Args})
		},
	}
}

func splitCommand() *command {
	var story bool
	return &command{
		name:    "split",
		usage:   "ARTICLE | --story EVENT",
		summary: "take an article out of its event, or with --story an event out of its storyline; survives re-clustering",
		flags: func(fs *flag.FlagSet) {
			fs.BoolVar(&story, "story", false, "split an event (by id) out of its storyline")
		},
		run: func(ctx context.Context, m *Main, cfg *Config) int {
			if len(cfg.Args) != 1 {
				fmt.Fprintln(m.Stderr, "warta split: give one article id, or --story and one event id")
				return ExitUsage
			}
			return m.correct(ctx, cfg, "split", pipeline.CorrectionRequest{Op: warta.CorrectionSplit, IDs: cfg.Args, Story: story})
		},
	}
}

// correct stores one correction and re-runs the corpus stages.
func (m *Main) correct(ctx context.Context, cfg *Config, name string, req pipeline.CorrectionRequest) int {
	return m.withStore(ctx, cfg, name, func(s warta.Store) error {
		c, err := pipeline.Correct(ctx, s, pipeline.NewAnalyzer(m.Now), req)
		if err != nil {
			return err
		}
		if cfg.JSON {
			return writeJSON(m.Stdout, correctionOut{c})
		}
		fmt.Fprintf(m.Stdout, "correction %d: %s\n", c.ID, describeCorrection(c))
		return nil
	})
}

func correctionsCommand() *command {
	var undo int64
	return &command{
		name:    "corrections",
		usage:   "[--undo N]",
		summary: "list the analysts' merges and splits, or undo one",
		flags: func(fs *flag.FlagSet) {
			fs.Int64Var(&undo, "undo", 0, "delete correction `N` and re-cluster without it")
		},
		run: func(ctx context.Context, m *Main, cfg *Config) int {
			if len(cfg.Args) > 0 {
				fmt.Fprintln(m.Stderr, "warta corrections: takes no arguments")
				return ExitUsage
			}
			return m.withStore(ctx, cfg, "corrections", func(s warta.Store) error {
				if undo != 0 {
					if err := pipeline.Undo(ctx, s, pipeline.NewAnalyzer(m.Now), undo); err != nil {
						return err
					}
					if !cfg.JSON {
						fmt.Fprintf(m.Stdout, "correction %d undone\n", undo)
						return nil
					}
				}
				cs, err := s.Corrections(ctx)
				if err != nil {
					return err
				}
				if cfg.JSON {
					return writeJSON(m.Stdout, struct {
						Corrections []warta.Correction `json:"corrections"`
					}{cs})
				}
				if len(cs) == 0 {
					fmt.Fprintln(m.Stdout, "no corrections")
				}
				for _, c := range cs {
					fmt.Fprintf(m.Stdout, "%4d  %s  %s\n", c.ID, c.CreatedAt.Format("2006-01-02 15:04"), describeCorrection(c))
				}
				return nil
			})
		},
	}
}

// describeCorrection says what c does, in terms of the articles it names.
func describeCorrection(c warta.Correction) string {
	switch {
	case c.Op == warta.CorrectionMerge:
		return fmt.Sprintf("merge the %ss of %s and %s", c.Level, c.Subject, c.Object)
	case c.Level == warta.LevelEvent:
		return fmt.Sprintf("split %s into an event of its own", c.Subject)
	default:
		return fmt.Sprintf("split the event of %s into a storyline of its own", c.Subject)
	}
}
