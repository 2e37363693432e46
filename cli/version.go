package cli

import (
	"context"
	"fmt"
	"runtime/debug"
)

func versionCommand() *command {
	return &command{
		name:    "version",
		summary: "print Warta's version",
		run: func(ctx context.Context, m *Main, cfg *Config) int {
			v := "(devel)"
			if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
				v = bi.Main.Version
			}
			fmt.Fprintf(m.Stdout, "warta %s\n", v)
			return ExitOK
		},
	}
}
