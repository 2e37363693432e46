package web_test

import (
	"bufio"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/web"
)

func TestPages(t *testing.T) {
	ts := newServer(t, &web.Server{Store: openStore(t)})
	tests := []struct {
		name    string
		target  string
		status  int
		want    []string // in this order
		wantNot []string
	}{
		{"home", "/", 200, []string{
			`<a class="story-title" href="/stories/st-korea">Korea Utara dan Rusia makin dekat</a>`,
			"2024-06-19 – 2024-10-08", "2 events", "2 articles", "2 outlets",
			`href="/stories/st-banjir"`,
		}, nil},
		{"storyline: events in date order, timeline, articles", "/stories/st-korea", 200, []string{
			`<h2 id="timeline-heading">Timeline</h2>`, `id="time-axis"`,
			"2024-06-19", "Putin kunjungi Pyongyang", "kompas",
			"2024-10-08", "Kim kirim ucapan ulang tahun ke Putin", "detik",
			`<h2 id="events-heading">`,
			`Putin kunjungi Pyongyang`, `href="/articles/putin-kunjungi"`,
			`Kim kirim ucapan ulang tahun ke Putin`, `href="/articles/kim-ultah"`,
		}, nil},
		{"article with highlights and lists", "/articles/kim-ultah", 200, []string{
			"<h1>Kim Jong Un kirim ucapan ulang tahun untuk Putin</h1>",
			"detik", "2024-10-08", "(date from: metadata)", `<dd class="language">id</dd>`,
			`<p class="in-story">`, `<a href="/stories/st-korea">Korea Utara dan Rusia makin dekat</a>`,
			`<mark class="hl hl-entity hl-loc" title="LOC: Pyongyang">Pyongyang</mark>`,
			`<mark class="hl hl-entity hl-person" title="PERSON: Kim Jong Un">Kim Jong Un</mark>`,
			`<mark class="hl hl-timex" title="DATE: 2024-10-08">Selasa (8/10/2024)</mark>`,
			`<span class="hl hl-quote hl-quote-direct" title="Kim Jong Un (kata)">Hubungan kita tak terkalahkan</span>`,
			"<h2>Entities</h2>", `<a href="/search?q=Kim%20Jong%20Un">Kim Jong Un</a>`,
			"<h2>Dates</h2>", "2024-10-08", "<h2>Quotes</h2>", "<h2>Claims</h2>", "assert",
		}, nil},
		{"hostile article is escaped", "/articles/hostile", 200, []string{
			"Banjir &lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;",
			`class="hl hl-entity hl-org-onmouseover-x"`,
			"&lt;script&gt;</mark>alert(&#34;b", "&lt;/script&gt; di Jakarta.",
		}, []string{"<script", "<img", "<b>", `onmouseover="`, "<i>nobody"}},
		{"search with snippets", "/search?q=banjir", 200, []string{
			`<input id="q" type="search" name="q" value="banjir"`,
			`href="/articles/banjir-jakarta"`, `<mark class="hl hl-term">Banjir</mark>`,
		}, []string{"<script"}},
		{"search hostile query", "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", 200, []string{
			`value="&lt;script&gt;alert(1)&lt;/script&gt;"`,
		}, []string{"<script>alert(1)"}},
		{"search empty", "/search", 200, []string{"Type some words"}, nil},
		{"search huge query", "/search?q=" + strings.Repeat("x", 2000), 400, []string{"more than 1000"}, nil},
		{"entities", "/entities", 200, []string{"<h1>Entities</h1>", "Kim Jong Un", "PERSON"}, nil},
		{"entities of a type", "/entities?type=org", 200, []string{"BPBD DKI Jakarta"}, []string{">Kim Jong Un<"}},
		{"unknown storyline", "/stories/nope", 404, []string{"no storyline with id"}, nil},
		{"unknown article", "/articles/nope", 404, []string{"Page not found"}, nil},
		{"article path traversal", "/articles/..%2f..%2fetc%2fpasswd", 404, []string{"Page not found"}, []string{"root:"}},
		{"unknown page", "/no/such/page", 404, []string{"Page not found", `<form class="search-box"`}, nil},
		{"static directory is not listed", "/static/", 404, []string{"Page not found"}, []string{`href="style.css"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := fetch(t, "GET", ts.URL, tt.target)
			body := string(res.body)
			if res.status != tt.status {
				t.Errorf("GET %s: status %d, want %d", tt.target, res.status, tt.status)
			}
			if got, want := res.header.Get("Content-Type"), "text/html; charset=utf-8"; got != want {
				t.Errorf("GET %s: Content-Type %q, want %q", tt.target, got, want)
			}
			checkSecurityHeaders(t, tt.target, res.header)
			rest := body
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					where := "in order"
					if !strings.Contains(body, w) {
						where = "at all"
					}
					t.Errorf("GET %s: page lacks %q (%s)", tt.target, w, where)
					continue
				}
				rest = rest[i+len(w):]
			}
			for _, w := range tt.wantNot {
				if strings.Contains(body, w) {
					t.Errorf("GET %s: page contains %q", tt.target, w)
				}
			}
			if t.Failed() && testing.Verbose() {
				t.Logf("page:\n%s", body)
			}
		})
	}
}

func checkSecurityHeaders(t *testing.T, target string, h http.Header) {
	t.Helper()
	want := map[string]string{
		"X-Content-Type-Options": "nosniff",
		"X-Frame-Options":        "DENY",
		"Referrer-Policy":        "no-referrer",
	}
	for k, v := range want {
		if got := h.Get(k); got != v {
			t.Errorf("GET %s: %s %q, want %q", target, k, got, v)
		}
	}
	csp := h.Get("Content-Security-Policy")
	for _, directive := range []string{"default-src 'none'", "style-src 'self'", "frame-ancestors 'none'"} {
		if !strings.Contains(csp, directive) {
			t.Errorf("GET %s: Content-Security-Policy %q lacks %q", target, csp, directive)
		}
	}
	if strings.Contains(csp, "unsafe") || strings.Contains(csp, "script-src") {
		t.Errorf("GET %s: Content-Security-Policy %q allows scripts", target, csp)
	}
}

func TestStylesheet(t *testing.T) {
	ts := newServer(t, &web.Server{Store: openStore(t)})
	res := fetch(t, "GET", ts.URL, "/static/style.css")
	if res.status != 200 {
		t.Fatalf("GET /static/style.css: status %d, want 200", res.status)
	}
	if got := res.header.Get("Content-Type"); !strings.HasPrefix(got, "text/css") {
		t.Errorf("GET /static/style.css: Content-Type %q, want text/css", got)
	}
	for _, sel := range []string{"mark.hl-person", "mark.hl-timex", "span.hl-quote", "@media"} {
		if !strings.Contains(string(res.body), sel) {
			t.Errorf("GET /static/style.css: no rule for %s", sel)
		}
	}
	if strings.Contains(string(res.body), "@import") || strings.Contains(string(res.body), "url(http") {
		t.Errorf("GET /static/style.css loads something from elsewhere")
	}
}

// TestStoryTimelineFailure checks that a storyline page still shows when
// its timeline cannot be built, with a note in its place.
func TestStoryTimelineFailure(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{errors.New("index corrupt at /var/lib/x"), "The timeline could not be built."},
		{warta.Errorf(warta.ErrNotFound, "storyline st-korea has no dated events"), "storyline st-korea has no dated events"},
	}
	for _, tt := range tests {
		ts := newServer(t, &web.Server{
			Store: openStore(t),
			Timeline: func(ctx context.Context, storyID, query string) (*warta.Timeline, error) {
				return nil, tt.err
			},
		})
		res := fetch(t, "GET", ts.URL, "/stories/st-korea")
		if res.status != 200 {
			t.Errorf("GET /stories/st-korea with timeline error %q: status %d, want 200", tt.err, res.status)
		}
		body := string(res.body)
		if !strings.Contains(body, tt.want) {
			t.Errorf("GET /stories/st-korea with timeline error %q: page lacks %q", tt.err, tt.want)
		}
		if !strings.Contains(body, `href="/articles/kim-ultah"`) {
			t.Errorf("GET /stories/st-korea with timeline error %q: page lacks the events' articles", tt.err)
		}
		if strings.Contains(body, "/var/lib") {
			t.Errorf("GET /stories/st-korea with timeline error %q: page leaks the error", tt.err)
		}
	}
}

// TestEmptyStore checks every page and API route on a store with nothing in it.
func TestEmptyStore(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	if err := st.ReplaceStorylines(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if err := st.ReplaceReportGroups(ctx, nil); err != nil {
		t.Fatal(err)
	}
	ts := newServer(t, &web.Server{Store: st})
	for _, target := range []string{"/", "/entities", "/search?q=kim", "/api/stories", "/api/dups"} {
		res := fetch(t, "GET", ts.URL, target)
		if res.status != 200 {
			t.Errorf("GET %s on an empty store: status %d, want 200", target, res.status)
		}
		if strings.Contains(string(res.body), "null") {
			t.Errorf("GET %s on an empty store: body has null: %s", target, res.body)
		}
	}
}

// FuzzHandler sends arbitrary paths and queries: no answer may be a server
// error, and errors under /api/ must be JSON.
func FuzzHandler(f *testing.F) {
	for _, seed := range []string{
		"/", "/stories/st-korea", "/articles/kim-ultah", "/articles/..%2f..", "/search?q=kim&limit=-1",
		"/api/search?q=%ff", "/api/timeline?story=%00", "/api/articles/%2e%2e", "/static/../web.go",
		"/api/quotes?speaker=" + strings.Repeat("%e2%80%9c", 50), "/entities?type=%3Cb%3E",
	} {
		f.Add(seed)
	}
	st := openStore(f)
	h := (&web.Server{Store: st}).Handler()
	f.Fuzz(func(t *testing.T, target string) {
		req, err := http.NewRequest("GET", "http://warta.test/", nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := setTarget(req, target); err != nil {
			t.Skip()
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("GET %q: status %d: %s", target, rec.Code, rec.Body)
		}
		if strings.HasPrefix(req.URL.Path, "/api/") && rec.Code >= 400 && rec.Code != http.StatusMovedPermanently {
			if got := rec.Header().Get("Content-Type"); got != "application/json; charset=utf-8" {
				t.Fatalf("GET %q: status %d with Content-Type %q, want JSON", target, rec.Code, got)
			}
		}
	})
}

// setTarget points req at target, a path with an optional query.
func setTarget(req *http.Request, target string) error {
	r, err := http.ReadRequest(bufio.NewReader(strings.NewReader("GET " + target + " HTTP/1.1\r\nHost: warta.test\r\n\r\n")))
	if err != nil {
		return err
	}
	req.URL = r.URL
	req.RequestURI = r.RequestURI
	return nil
}

// BenchmarkArticlePage renders an annotated article page through the whole
// handler, store included.
func BenchmarkArticlePage(b *testing.B) {
	h := (&web.Server{Store: openStore(b)}).Handler()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/articles/kim-ultah", nil))
		if rec.Code != http.StatusOK {
			b.Fatalf("GET /articles/kim-ultah: status %d", rec.Code)
		}
	}
}
