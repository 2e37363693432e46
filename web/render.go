package web

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"strings"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// pageSet holds one template per page, each the layout plus the page's own
// definitions of its blocks.
type pageSet struct {
	byName map[string]*template.Template
}

// page is what every page template gets: the common layout fields and the
// page's own data in Body.
type page struct {
	Title string // the <title> and heading
	Query string // what the search box shows
	Body  any
}

var templateFuncs = template.FuncMap{
	"join": strings.Join,
	// dateRange shows a span of ISO dates compactly.
	"dateRange": func(start, end string) string {
		switch {
		case start == "" && end == "":
			return "undated"
		case start == "" || start == end:
			return end
		case end == "":
			return start
		}
		return start + " – " + end
	},
	"articleURL": func(id string) template.URL { return template.URL("/articles/" + url.PathEscape(id)) },
	"storyURL":   func(id string) template.URL { return template.URL("/stories/" + url.PathEscape(id)) },
	"or": func(s, fallback string) string {
		if s == "" {
			return fallback
		}
		return s
	},
}

// mustParsePages parses the embedded templates. They are part of the
// binary, so a failure is a programming error and panics.
func mustParsePages() *pageSet {
	layout := template.Must(template.New("layout.html").Funcs(templateFuncs).ParseFS(templateFS, "templates/layout.html"))
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		panic(err)
	}
	ps := &pageSet{byName: map[string]*template.Template{}}
	for _, path := range names {
		name := strings.TrimSuffix(strings.TrimPrefix(path, "templates/"), ".html")
		if name == "layout" {
			continue
		}
		t := template.Must(layout.Clone())
		ps.byName[name] = template.Must(t.ParseFS(templateFS, path))
	}
	return ps
}

// render writes the named page with status. It renders into a buffer first,
// so that a template failure still yields a clean error page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, p page) {
	t, ok := s.pages.byName[name]
	if !ok {
		s.fail(w, r, fmt.Errorf("render: no template %q", name))
		return
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", p); err != nil {
		s.logger().Error("render", "page", name, "err", err)
		if name != "error" {
			s.renderError(w, r, http.StatusInternalServerError, internalMessage)
			return
		}
		http.Error(w, internalMessage, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// errorPage is the data of the error page.
type errorPage struct {
	Status     int
	StatusText string
	Message    string
}

// renderError writes the error page. The page words the status; msg,
// when not empty, says what went wrong.
func (s *Server) renderError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	s.render(w, r, status, "error", page{
		Query: r.URL.Query().Get("q"),
		Body:  errorPage{Status: status, StatusText: http.StatusText(status), Message: msg},
	})
}

// static serves the embedded stylesheet and other assets under /static/,
// without directory listings.
func (s *Server) static(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/")
	if fi, err := fs.Stat(staticFS, name); err != nil || fi.IsDir() {
		s.renderError(w, r, http.StatusNotFound, "no such file")
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=3600")
	http.ServeFileFS(w, r, staticFS, name)
}
