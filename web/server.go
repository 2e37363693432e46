package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/warta-news/warta"
)

// DefaultAddr is the address ListenAndServe binds when it is given none:
// the loopback interface only, since the UI has no authentication.
const DefaultAddr = "127.0.0.1:8080"

// Limits that keep one client from tying up the server.
const (
	maxHeaderBytes  = 64 << 10 // request line and headers
	maxBodyBytes    = 1 << 20  // request bodies; every route is a GET, so this is generous
	shutdownTimeout = 10 * time.Second
)

// Server serves the web UI and the JSON API over a store.
type Server struct {
	// Store holds what the server shows. The server only reads from it,
	// but for the corrections it stores through Corrector.
	Store warta.Store
	// Query turns what a user typed into a search query (the caller stems it). Nil: Text only, no stems.
	Query func(text string) warta.SearchQuery
	// Timeline builds the timeline of one storyline, by id, or the best match for query when id is "".
	// Nil: a plain timeline is read from the stored storyline's events.
	Timeline func(ctx context.Context, storyID, query string) (*warta.Timeline, error)
	// Corrector records analysts' corrections (POST and DELETE
	// /api/corrections). Nil: the server is read-only.
	Corrector Corrector
	// Logger receives internal errors and, at debug level, one line per
	// request. Nil: nothing is logged.
	Logger *slog.Logger

	parseOnce sync.Once
	pages     *pageSet
}

// Handler returns the server's routes, with the security headers, request
// limits and panic recovery that every route shares.
func (s *Server) Handler() http.Handler {
	s.parseOnce.Do(func() { s.pages = mustParsePages() })
	mux := http.NewServeMux()

	// JSON API. Every route is read-only but the corrections.
	mux.HandleFunc("GET /api/stats", s.apiStats)
	mux.HandleFunc("GET /api/stories", s.apiStories)
	mux.HandleFunc("GET /api/timeline", s.apiTimeline)
	mux.HandleFunc("GET /api/search", s.apiSearch)
	mux.HandleFunc("GET /api/articles", s.apiArticles)
	mux.HandleFunc("GET /api/articles/{id}", s.apiArticle)
	mux.HandleFunc("GET /api/dups", s.apiDups)
	mux.HandleFunc("GET /api/entities", s.apiEntities)
	mux.HandleFunc("GET /api/quotes", s.apiQuotes)
	mux.HandleFunc("GET /api/claims", s.apiClaims)
	mux.HandleFunc("GET /api/explain", s.apiExplain)
	mux.HandleFunc("GET /api/corrections", s.apiCorrections)
	mux.HandleFunc("POST /api/corrections", s.apiAddCorrection)
	mux.HandleFunc("DELETE /api/corrections/{id}", s.apiDeleteCorrection)
	mux.HandleFunc("/api/", s.apiNoRoute)

	// Web UI.
	mux.HandleFunc("GET /{$}", s.pageHome)
	mux.HandleFunc("GET /stories/{id}", s.pageStory)
	mux.HandleFunc("GET /articles/{id}", s.pageArticle)
	mux.HandleFunc("GET /search", s.pageSearch)
	mux.HandleFunc("GET /entities", s.pageEntities)
	mux.HandleFunc("GET /static/", s.static)
	mux.HandleFunc("/", s.pageNoRoute)

	return s.guard(mux)
}

// ListenAndServe serves on addr (default "127.0.0.1:8080"; ":0" picks a port) until ctx ends, calling
// ready with the bound address once listening; it shuts down gracefully.
func (s *Server) ListenAndServe(ctx context.Context, addr string, ready func(addr string)) error {
	if addr == "" {
		addr = DefaultAddr
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return fmt.Errorf("serve %s: %w", addr, err)
	}
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(s.logger().Handler(), slog.LevelWarn),
		// Requests outlive ctx by the shutdown grace period, not less.
		BaseContext: func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	bound := ln.Addr().String()
	s.logger().Info("serving", "addr", bound)
	if ready != nil {
		ready(bound)
	}

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	select {
	case err := <-served:
		return fmt.Errorf("serve %s: %w", bound, err)
	case <-ctx.Done():
	}
	shutCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil {
		srv.Close()
		return fmt.Errorf("shut down %s: %w", bound, err)
	}
	if err := <-served; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve %s: %w", bound, err)
	}
	return nil
}

// logger returns the server's logger, or one that discards everything.
func (s *Server) logger() *slog.Logger {
	if s.Logger != nil {
		return s.Logger
	}
	return slog.New(slog.DiscardHandler)
}
