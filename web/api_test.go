package web_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/web"
)

// response is what a test request got back.
type response struct {
	status int
	header http.Header
	body   []byte
}

// fetch sends a request with the given method to base+target. target is
// sent as written, so tests can send paths the url package would clean.
func fetch(t testing.TB, method, base, target string) response {
	t.Helper()
	req, err := http.NewRequest(method, base+"/", nil)
	if err != nil {
		t.Fatalf("new request %s: %v", target, err)
	}
	u, err := url.Parse(base + target)
	if err != nil {
		t.Fatalf("parse %s: %v", target, err)
	}
	req.URL = u
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, target, err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("%s %s: read body: %v", method, target, err)
	}
	return response{status: res.StatusCode, header: res.Header, body: body}
}

// decode decodes body into v, strictly: unknown fields are an error, so
// that the shapes stay those of the contract.
func decode(t *testing.T, target string, body []byte, v any) {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(string(body)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		t.Fatalf("GET %s: decode %T: %v\nbody: %s", target, v, err, body)
	}
}

// apiError decodes an error body and returns its message.
func apiError(t *testing.T, target string, body []byte) string {
	t.Helper()
	var e struct {
		Error string `json:"error"`
	}
	decode(t, target, body, &e)
	if e.Error == "" {
		t.Errorf("GET %s: error message is empty", target)
	}
	return e.Error
}

func TestAPI(t *testing.T) {
	ts := newServer(t, &web.Server{Store: openStore(t)})
	long := strings.Repeat("kata ", 400)

	tests := []struct {
		name   string
		method string // GET when empty
		target string
		status int
		check  func(t *testing.T, target string, body []byte)
	}{
		{"stats", "", "/api/stats", 200, func(t *testing.T, target string, body []byte) {
			var got warta.Stats
			decode(t, target, body, &got)
			want := warta.Stats{Articles: 4, ReportGroups: 1, Events: 3, Storylines: 2}
			if got != want {
				t.Errorf("GET %s = %+v, want %+v", target, got, want)
			}
		}},
		{"stories", "", "/api/stories", 200, func(t *testing.T, target string, body []byte) {
			var got struct{ Storylines []warta.Storyline }
			decode(t, target, body, &got)
			var ids []string
			for _, s := range got.Storylines {
				ids = append(ids, s.ID)
			}
			if want := []string{"st-korea", "st-banjir"}; !slices.Equal(ids, want) {
				t.Errorf("GET %s: storylines %q, want %q (by start date)", target, ids, want)
			}
			if len(got.Storylines) > 0 && len(got.Storylines[0].Events) != 2 {
				t.Errorf("GET %s: st-korea has %d events, want 2", target, len(got.Storylines[0].Events))
			}
		}},
		{"timeline by story", "", "/api/timeline?story=st-korea", 200, func(t *testing.T, target string, body []byte) {
			var got warta.Timeline
			decode(t, target, body, &got)
			if got.Storyline != "st-korea" {
				t.Errorf("GET %s: storyline %q, want %q", target, got.Storyline, "st-korea")
			}
			var dates []string
			for _, e := range got.Events {
				dates = append(dates, e.Date)
			}
			if want := []string{"2024-06-19", "2024-10-08"}; !slices.Equal(dates, want) {
				t.Errorf("GET %s: dates %q, want %q", target, dates, want)
			}
			if len(got.Events) == 2 && !slices.Equal(got.Events[0].Sources, []string{"kompas"}) {
				t.Errorf("GET %s: first event sources %q, want [kompas]", target, got.Events[0].Sources)
			}
		}},
		{"timeline by query", "", "/api/timeline?q=banjir", 200, func(t *testing.T, target string, body []byte) {
			var got warta.Timeline
			decode(t, target, body, &got)
			if got.Storyline != "st-banjir" {
				t.Errorf("GET %s: storyline %q, want %q", target, got.Storyline, "st-banjir")
			}
		}},
		{"timeline needs story or q", "", "/api/timeline", 400, nil},
		{"timeline unknown story", "", "/api/timeline?story=nope", 404, nil},
		{"timeline query matches nothing", "", "/api/timeline?q=zzzzqqq", 404, nil},
		{"search", "", "/api/search?q=Putin", 200, func(t *testing.T, target string, body []byte) {
			var got struct{ Results []warta.SearchResult }
			decode(t, target, body, &got)
			var ids []string
			for _, r := range got.Results {
				ids = append(ids, r.ID)
			}
			slices.Sort(ids)
			if want := []string{"kim-ultah", "putin-kunjungi"}; !slices.Equal(ids, want) {
				t.Errorf("GET %s: results %q, want %q", target, ids, want)
			}
		}},
		{"search limit", "", "/api/search?q=Putin&limit=1", 200, func(t *testing.T, target string, body []byte) {
			var got struct{ Results []warta.SearchResult }
			decode(t, target, body, &got)
			if len(got.Results) != 1 {
				t.Errorf("GET %s: %d results, want 1", target, len(got.Results))
			}
		}},
		{"search no match is an empty list", "", "/api/search?q=zzzzqqq", 200, func(t *testing.T, target string, body []byte) {
			if got, want := strings.TrimSpace(string(body)), `{"results":[]}`; got != want {
				t.Errorf("GET %s = %s, want %s", target, got, want)
			}
		}},
		{"search query syntax is text", "", "/api/search?q=" + url.QueryEscape(`") OR * NEAR(`), 200, nil},
		{"search empty", "", "/api/search?q=", 400, nil},
		{"search huge q", "", "/api/search?q=" + url.QueryEscape(long), 400, nil},
		{"search bad limit", "", "/api/search?q=kim&limit=abc", 400, nil},
		{"search zero limit", "", "/api/search?q=kim&limit=0", 400, nil},
		{"search huge limit", "", "/api/search?q=kim&limit=99999999999999999999999", 400, nil},
		{"search invalid utf-8", "", "/api/search?q=%ff%fe", 400, nil},
		{"articles", "", "/api/articles", 200, func(t *testing.T, target string, body []byte) {
			var got struct {
				Articles []struct{ ID, Title, Outlet, Published, Language string }
			}
			decode(t, target, body, &got)
			var ids []string
			for _, a := range got.Articles {
				ids = append(ids, a.ID)
			}
			if want := []string{"banjir-jakarta", "hostile", "kim-ultah", "putin-kunjungi"}; !slices.Equal(ids, want) {
				t.Errorf("GET %s: ids %q, want %q", target, ids, want)
			}
			for _, a := range got.Articles {
				if a.ID == "kim-ultah" && (a.Outlet != "detik" || a.Published != "2024-10-08" || a.Language != "id") {
					t.Errorf("GET %s: kim-ultah = %+v, want outlet detik, published 2024-10-08, language id", target, a)
				}
			}
		}},
		{"article", "", "/api/articles/kim-ultah", 200, func(t *testing.T, target string, body []byte) {
			var got warta.Article
			decode(t, target, body, &got)
			if got.ID != "kim-ultah" || got.Title != fixtureArticles[0].title || got.Body != fixtureArticles[0].body {
				t.Errorf("GET %s: id %q title %q, want the stored article", target, got.ID, got.Title)
			}
			if len(got.Entities) != 4 || len(got.Timexes) != 1 || len(got.Quotes) != 1 || len(got.Claims) != 1 {
				t.Errorf("GET %s: %d entities %d timexes %d quotes %d claims, want 4 1 1 1", target,
					len(got.Entities), len(got.Timexes), len(got.Quotes), len(got.Claims))
			}
			for _, e := range got.Entities {
				if got.Body[e.Start:e.End] != e.Text {
					t.Errorf("GET %s: entity %q at [%d,%d) covers %q", target, e.Text, e.Start, e.End, got.Body[e.Start:e.End])
				}
			}
		}},
		{"article without annotations lists are empty, not null", "", "/api/articles/putin-kunjungi", 200, func(t *testing.T, target string, body []byte) {
			for _, field := range []string{`"quotes":[]`, `"claims":[]`} {
				if !strings.Contains(string(body), field) {
					t.Errorf("GET %s: body lacks %s: %s", target, field, body)
				}
			}
		}},
		{"article unknown", "", "/api/articles/nope", 404, nil},
		{"article path traversal", "", "/api/articles/..%2f..%2fetc%2fpasswd", 404, nil},
		{"article control character", "", "/api/articles/a%00b", 400, nil},
		{"article id too long", "", "/api/articles/" + strings.Repeat("x", 300), 400, nil},
		{"dups", "", "/api/dups", 200, func(t *testing.T, target string, body []byte) {
			var got struct{ Groups []warta.ReportGroup }
			decode(t, target, body, &got)
			if len(got.Groups) != 1 || got.Groups[0].Kind != warta.GroupRewrite ||
				!slices.Equal(got.Groups[0].Articles, []string{"kim-ultah", "putin-kunjungi"}) {
				t.Errorf("GET %s = %+v, want one rewrite group of kim-ultah, putin-kunjungi", target, got.Groups)
			}
		}},
		{"entities", "", "/api/entities", 200, func(t *testing.T, target string, body []byte) {
			var got struct{ Entities []warta.EntitySummary }
			decode(t, target, body, &got)
			found := false
			for _, e := range got.Entities {
				if e.Canonical == "Kim Jong Un" {
					found = true
					if e.Type != warta.EntityPerson || e.Articles != 2 {
						t.Errorf("GET %s: Kim Jong Un = %+v, want PERSON in 2 articles", target, e)
					}
				}
			}
			if !found {
				t.Errorf("GET %s: no entity Kim Jong Un in %+v", target, got.Entities)
			}
		}},
		{"quotes of a speaker", "", "/api/quotes?speaker=isnawa%20adji", 200, func(t *testing.T, target string, body []byte) {
			var got struct{ Quotes []warta.QuoteRecord }
			decode(t, target, body, &got)
			if len(got.Quotes) != 1 || got.Quotes[0].Article != "banjir-jakarta" || got.Quotes[0].Text != "Air mulai surut sore ini" {
				t.Errorf("GET %s = %+v, want the one quote of Isnawa Adji", target, got.Quotes)
			}
		}},
		{"quotes", "", "/api/quotes", 200, func(t *testing.T, target string, body []byte) {
			var got struct{ Quotes []warta.QuoteRecord }
			decode(t, target, body, &got)
			if len(got.Quotes) != 3 {
				t.Errorf("GET %s: %d quotes, want 3", target, len(got.Quotes))
			}
		}},
		{"claims", "", "/api/claims", 200, func(t *testing.T, target string, body []byte) {
			var got struct{ Claims []warta.ClaimRecord }
			decode(t, target, body, &got)
			if len(got.Claims) != 1 || got.Claims[0].Article != "kim-ultah" || got.Claims[0].Holder != "Kim Jong Un" {
				t.Errorf("GET %s = %+v, want the claim of Kim Jong Un in kim-ultah", target, got.Claims)
			}
		}},
		{"unknown route", "", "/api/nope", 404, nil},
		{"unknown nested route", "", "/api/articles/a/b", 404, nil},
		{"write method", "POST", "/api/stats", 405, nil},
		{"delete method", "DELETE", "/api/articles/kim-ultah", 405, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			method := tt.method
			if method == "" {
				method = http.MethodGet
			}
			res := fetch(t, method, ts.URL, tt.target)
			if res.status != tt.status {
				t.Errorf("%s %s: status %d, want %d\nbody: %s", method, tt.target, res.status, tt.status, res.body)
			}
			if got, want := res.header.Get("Content-Type"), "application/json; charset=utf-8"; got != want {
				t.Errorf("%s %s: Content-Type %q, want %q", method, tt.target, got, want)
			}
			if got := res.header.Get("X-Content-Type-Options"); got != "nosniff" {
				t.Errorf("%s %s: X-Content-Type-Options %q, want nosniff", method, tt.target, got)
			}
			if tt.status >= 400 {
				apiError(t, tt.target, res.body)
				return
			}
			if tt.check != nil {
				tt.check(t, tt.target, res.body)
			}
		})
	}
}

// TestAPIErrorKinds checks the one table from error kinds to status codes
// through the Timeline dependency, which passes its errors on.
func TestAPIErrorKinds(t *testing.T) {
	tests := []struct {
		err     error
		status  int
		message string // "" to accept any
	}{
		{warta.Errorf(warta.ErrInvalid, "story id %q is malformed", "x"), 400, `story id "x" is malformed`},
		{warta.Errorf(warta.ErrNotFound, "no storyline x"), 404, "no storyline x"},
		{warta.Errorf(warta.ErrConflict, "storyline x is being rebuilt"), 409, "storyline x is being rebuilt"},
		{warta.Errorf(warta.ErrInternal, "disk /var/secret full"), 500, ""},
		{io.ErrUnexpectedEOF, 500, ""},
	}
	for _, tt := range tests {
		ts := newServer(t, &web.Server{
			Store: openStore(t),
			Timeline: func(ctx context.Context, storyID, query string) (*warta.Timeline, error) {
				return nil, tt.err
			},
		})
		res := fetch(t, "GET", ts.URL, "/api/timeline?story=x")
		if res.status != tt.status {
			t.Errorf("timeline error %v: status %d, want %d", tt.err, res.status, tt.status)
		}
		msg := apiError(t, "/api/timeline?story=x", res.body)
		if tt.message != "" && msg != tt.message {
			t.Errorf("timeline error %v: message %q, want %q", tt.err, msg, tt.message)
		}
		if tt.status == 500 && strings.Contains(msg, tt.err.Error()) {
			t.Errorf("timeline error %v: message %q leaks the internal error", tt.err, msg)
		}
	}
}

// TestAPIStoreFailure checks that a failing store yields 500 without
// leaking the store's own error text.
func TestAPIStoreFailure(t *testing.T) {
	st := openStore(t)
	ts := newServer(t, &web.Server{Store: st})
	st.Close()
	for _, target := range []string{"/api/stats", "/api/stories", "/api/articles/kim-ultah", "/api/search?q=kim"} {
		res := fetch(t, "GET", ts.URL, target)
		if res.status != 500 {
			t.Errorf("GET %s on a closed store: status %d, want 500", target, res.status)
		}
		msg := apiError(t, target, res.body)
		if strings.Contains(strings.ToLower(msg), "sql") || strings.Contains(msg, "closed") {
			t.Errorf("GET %s on a closed store: message %q leaks the store's error", target, msg)
		}
	}
}

// TestAPITimelineBuilder checks that the Timeline dependency is used and
// its answer passed through.
func TestAPITimelineBuilder(t *testing.T) {
	var gotStory, gotQuery string
	ts := newServer(t, &web.Server{
		Store: openStore(t),
		Timeline: func(ctx context.Context, storyID, query string) (*warta.Timeline, error) {
			gotStory, gotQuery = storyID, query
			return &warta.Timeline{Storyline: "st-korea", Events: []warta.TimelineEvent{{
				Date: "2024-06", Title: "Pakta ditandatangani", Kind: warta.KindBackground,
			}}}, nil
		},
	})
	res := fetch(t, "GET", ts.URL, "/api/timeline?q=pakta+rusia")
	if res.status != 200 {
		t.Fatalf("GET /api/timeline?q=pakta+rusia: status %d, want 200: %s", res.status, res.body)
	}
	if gotStory != "" || gotQuery != "pakta rusia" {
		t.Errorf("Timeline called with (%q, %q), want (%q, %q)", gotStory, gotQuery, "", "pakta rusia")
	}
	want := `{"storyline":"st-korea","events":[{"date":"2024-06","title":"Pakta ditandatangani","summary":"",` +
		`"kind":"background","articles":[],"sources":[],"independent_sources":0,"evidence":[]}]}`
	if got := strings.TrimSpace(string(res.body)); got != want {
		t.Errorf("GET /api/timeline?q=pakta+rusia =\n%s\nwant\n%s", got, want)
	}
}

// TestSearchQuery checks that the Query dependency turns text into the
// query the store gets.
func TestSearchQuery(t *testing.T) {
	var got string
	ts := newServer(t, &web.Server{
		Store: openStore(t),
		Query: func(text string) warta.SearchQuery {
			got = text
			// A stemmer would reduce "merendam" to "rendam"; this one knows one word.
			return warta.SearchQuery{Text: text, Stems: []string{strings.TrimPrefix(strings.ToLower(text), "me")}}
		},
	})
	res := fetch(t, "GET", ts.URL, "/api/search?q=Merendam")
	if got != "Merendam" {
		t.Errorf("Query got %q, want %q", got, "Merendam")
	}
	var body struct{ Results []warta.SearchResult }
	decode(t, "/api/search?q=Merendam", res.body, &body)
	if len(body.Results) == 0 || body.Results[0].ID != "banjir-jakarta" {
		t.Errorf("GET /api/search?q=Merendam = %+v, want banjir-jakarta first (title word rendam)", body.Results)
	}
}
