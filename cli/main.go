package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/postgres"
	"github.com/warta-news/warta/sqlite"
)

// Exit statuses, as the contract defines them.
const (
	ExitOK      = 0 // success
	ExitPartial = 1 // some inputs failed (or the command failed)
	ExitUsage   = 2 // bad usage
)

// Main runs Warta's commands. Its fields are the process's environment, so
// tests can run commands in-process with their own streams and clock.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Getenv reads environment variables; nil means os.Getenv.
	Getenv func(string) string
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// IsTerminal reports whether stderr is a terminal, for progress bars;
	// nil means it is not.
	IsTerminal func() bool
	// Ready, if set, is called with the bound address once serve listens.
	Ready func(addr string)
}

// New returns a Main on the given streams, reading the process environment.
func New(stdin io.Reader, stdout, stderr io.Writer) *Main {
	m := &Main{Stdin: stdin, Stdout: stdout, Stderr: stderr, Getenv: os.Getenv}
	if f, ok := stderr.(*os.File); ok {
		m.IsTerminal = func() bool { return isTerminal(f) }
	}
	return m
}

// Config is what the flags of one command say.
type Config struct {
	DB   string // SQLite path or postgres:// URL
	JSON bool
	Args []string // positional arguments
}

// command is one subcommand: its flags and what it does.
type command struct {
	name    string
	usage   string // arguments, for help
	summary string
	flags   func(fs *flag.FlagSet)
	run     func(ctx context.Context, m *Main, cfg *Config) int
}

// usageError is bad usage: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func (m *Main) commands() []*command {
	return []*command{
		ingestCommand(), analyzeCommand(), statsCommand(), searchCommand(), dupsCommand(),
		storiesCommand(), timelineCommand(), entitiesCommand(), quotesCommand(), claimsCommand(),
		evalCommand(), serveCommand(), showCommand(), reportCommand(), benchCommand(), versionCommand(),
		mergeCommand(), splitCommand(), correctionsCommand(),
	}
}

// Run runs the command args names and returns the exit status.
func (m *Main) Run(ctx context.Context, args []string) int {
	if m.Getenv == nil {
		m.Getenv = os.Getenv
	}
	if m.Now == nil {
		m.Now = time.Now
	}
	// Global flags may come before the command name.
	global := flag.NewFlagSet("warta", flag.ContinueOnError)
	global.SetOutput(io.Discard)
	db := global.String("db", "", "")
	if err := global.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			m.usage(m.Stdout)
			return ExitOK
		}
		fmt.Fprintf(m.Stderr, "warta: %v\n", err)
		m.usage(m.Stderr)
		return ExitUsage
	}
	rest := global.Args()
	if len(rest) == 0 {
		m.usage(m.Stderr)
		return ExitUsage
	}
	name := rest[0]
	if name == "help" || name == "-h" {
		if len(rest) > 1 {
			if c := m.find(rest[1]); c != nil {
				m.commandUsage(m.Stdout, c)
				return ExitOK
			}
		}
		m.usage(m.Stdout)
		return ExitOK
	}
	c := m.find(name)
	if c == nil {
		fmt.Fprintf(m.Stderr, "warta: unknown command %q\n", name)
		m.usage(m.Stderr)
		return ExitUsage
	}
	cfg := &Config{DB: *db}
	fs := flag.NewFlagSet("warta "+c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&cfg.DB, "db", cfg.DB, "database: a SQLite file path or a postgres:// URL (env WARTA_DB; default ./warta.db)")
	fs.BoolVar(&cfg.JSON, "json", false, "print one JSON document on stdout")
	if c.flags != nil {
		c.flags(fs)
	}
	positional, err := parseInterleaved(fs, rest[1:])
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			m.commandUsage(m.Stdout, c)
			return ExitOK
		}
		fmt.Fprintf(m.Stderr, "warta %s: %v\n", c.name, err)
		m.commandUsage(m.Stderr, c)
		return ExitUsage
	}
	cfg.Args = positional
	if cfg.DB == "" {
		cfg.DB = m.Getenv("WARTA_DB")
	}
	if cfg.DB == "" {
		cfg.DB = "warta.db"
	}
	return c.run(ctx, m, cfg)
}

// parseInterleaved parses flags that may appear before, between or after
// positional arguments; "--" ends flags.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return positional, nil
		}
		if args[0] == "--" {
			return append(positional, args[1:]...), nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

func (m *Main) find(name string) *command {
	for _, c := range m.commands() {
		if c.name == name {
			return c
		}
	}
	return nil
}

func (m *Main) usage(w io.Writer) {
	fmt.Fprintf(w, "Warta follows news stories across outlets: it cleans articles, finds copies\nand rewrites, groups events into storylines and dates them.\n\nUsage: warta [--db DSN] COMMAND [--json] [ARGS]\n\nCommands:\n")
	cmds := m.commands()
	sort.Slice(cmds, func(i, j int) bool { return cmds[i].name < cmds[j].name })
	for _, c := range cmds {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\nThe database is ./warta.db unless --db or WARTA_DB names another SQLite file\nor a postgres:// URL. Run \"warta help COMMAND\" for a command's flags.\n")
}

func (m *Main) commandUsage(w io.Writer, c *command) {
	fmt.Fprintf(w, "Usage: warta %s [flags] %s\n\n%s\n\nFlags:\n", c.name, c.usage, c.summary)
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.String("db", "", "database: a SQLite file path or a postgres:// URL (env WARTA_DB; default ./warta.db)")
	fs.Bool("json", false, "print one JSON document on stdout")
	if c.flags != nil {
		c.flags(fs)
	}
	fs.SetOutput(w)
	fs.PrintDefaults()
}

// openStore opens the store a DSN names: a postgres:// URL or a SQLite path.
func openStore(ctx context.Context, dsn string) (warta.Store, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		s, err := postgres.Open(ctx, dsn)
		if err != nil {
			return nil, fmt.Errorf("open postgres store: %w", err)
		}
		return s, nil
	}
	s, err := sqlite.Open(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("open sqlite store %s: %w", dsn, err)
	}
	return s, nil
}

// withStore runs fn with the configured store open, and reports its error.
func (m *Main) withStore(ctx context.Context, cfg *Config, name string, fn func(warta.Store) error) int {
	store, err := openStore(ctx, cfg.DB)
	if err != nil {
		fmt.Fprintf(m.Stderr, "warta %s: %v\n", name, err)
		return ExitPartial
	}
	defer store.Close()
	if err := fn(store); err != nil {
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(m.Stderr, "warta %s: %v\n", name, err)
			return ExitUsage
		}
		fmt.Fprintf(m.Stderr, "warta %s: %v\n", name, err)
		return ExitPartial
	}
	return ExitOK
}
