package cli

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"sync"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/pipeline"
	"github.com/warta-news/warta/web"
)

func serveCommand() *command {
	var addr string
	return &command{
		name:    "serve",
		summary: "serve the web UI and the JSON API (127.0.0.1:8080 by default)",
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on; :0 picks a free port")
		},
		run: func(ctx context.Context, m *Main, cfg *Config) int {
			return m.withStore(ctx, cfg, "serve", func(s warta.Store) error {
				srv := &web.Server{
					Store: s,
					Query: func(text string) warta.SearchQuery { return pipeline.Query(text, 50) },
					Timeline: func(ctx context.Context, storyID, query string) (*warta.Timeline, error) {
						return pipeline.Timeline(ctx, s, storyID, query)
					},
					Logger:    slog.New(slog.NewTextHandler(m.Stderr, nil)),
					Corrector: &corrector{store: s, an: pipeline.NewAnalyzer(m.Now)},
				}
				return srv.ListenAndServe(ctx, addr, func(bound string) {
					fmt.Fprintf(m.Stderr, "warta: serving %s on http://%s/\n", cfg.DB, bound)
					if m.Ready != nil {
						m.Ready(bound)
					}
				})
			})
		},
	}
}

// corrector wires the web server's corrections to the pipeline, one at a
// time, since each re-runs the corpus stages.
type corrector struct {
	mu    sync.Mutex
	store warta.Store
	an    *pipeline.Analyzer
}

func (c *corrector) Correct(ctx context.Context, req web.CorrectionRequest) (warta.Correction, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return pipeline.Correct(ctx, c.store, c.an, pipeline.CorrectionRequest(req))
}

func (c *corrector) Undo(ctx context.Context, id int64) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return pipeline.Undo(ctx, c.store, c.an, id)
}
