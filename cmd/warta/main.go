// Command warta is a news story intelligence engine: it ingests articles,
// finds copies and rewrites of one report, groups articles into events and
// storylines, and tells each storyline as a dated timeline.
//
// Run "warta help" for the commands.
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/warta-news/warta/cli"
)

func main() {
	if limit := cli.MemoryLimit(os.Getenv); limit > 0 {
		debug.SetMemoryLimit(limit)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.New(os.Stdin, os.Stdout, os.Stderr).Run(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}
