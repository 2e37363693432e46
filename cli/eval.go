package cli

import (
	"context"
	"flag"
	"fmt"
	"sort"
	"strings"

	"github.com/warta-news/warta/eval"
)

// evalTasks are the evaluations warta eval runs, by task name.
var evalTasks = map[string]func(data, split string) (eval.Report, error){
	"timex":    eval.Timex,
	"extract":  eval.Extract,
	"clean":    eval.Clean,
	"glued":    eval.Glued,
	"cluster":  eval.Cluster,
	"timeline": eval.Timeline,
	"dates":    func(data, _ string) (eval.Report, error) { return eval.DateStrings(data) },
}

func evalCommand() *command {
	var data, split string
	return &command{
		name:    "eval",
		usage:   "TASK --data PATH",
		summary: "score a stage on a labelled data set (tasks: " + strings.Join(taskNames(), ", ") + ")",
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&data, "data", "", "the data set's directory (from ../shared/data)")
			fs.StringVar(&split, "split", "test", "which split to score")
		},
		run: func(ctx context.Context, m *Main, cfg *Config) int {
			if len(cfg.Args) != 1 {
				fmt.Fprintf(m.Stderr, "warta eval: give one task: %s\n", strings.Join(taskNames(), ", "))
				return ExitUsage
			}
			task := cfg.Args[0]
			run, ok := evalTasks[task]
			if !ok {
				fmt.Fprintf(m.Stderr, "warta eval: unknown task %q: have %s\n", task, strings.Join(taskNames(), ", "))
				return ExitUsage
			}
			if data == "" {
				fmt.Fprintln(m.Stderr, "warta eval: --data names the data set's directory")
				return ExitUsage
			}
			rep, err := run(data, split)
			if err != nil {
				fmt.Fprintf(m.Stderr, "warta eval %s: %v\n", task, err)
				return ExitPartial
			}
			if cfg.JSON {
				if err := writeJSON(m.Stdout, rep); err != nil {
					fmt.Fprintf(m.Stderr, "warta eval: %v\n", err)
					return ExitPartial
				}
				return ExitOK
			}
			printReport(m, rep, "")
			return ExitOK
		},
	}
}

func printReport(m *Main, r eval.Report, indent string) {
	fmt.Fprintf(m.Stdout, "%s%s on %s (n=%d)\n", indent, r.Task, r.Data, r.N)
	keys := make([]string, 0, len(r.Metrics))
	for k := range r.Metrics {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(m.Stdout, "%s  %-22s %.4f\n", indent, k, r.Metrics[k])
	}
	if r.Notes != "" {
		fmt.Fprintf(m.Stdout, "%s  %s\n", indent, r.Notes)
	}
	for _, p := range r.Parts {
		printReport(m, p, indent+"  ")
	}
}

func taskNames() []string {
	names := make([]string, 0, len(evalTasks))
	for n := range evalTasks {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
