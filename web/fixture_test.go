package web_test

import (
	"context"
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/sqlite"
	"github.com/warta-news/warta/web"
)

// article builds a test article whose annotation offsets are found by
// searching the body, so that the fixtures stay right when the text changes.
type article struct {
	id, title, outlet, published, lang, body string
	entities                                 [][2]string // text, type
	timexes                                  [][2]string // text, value
	quotes                                   [][2]string // text, speaker
	claims                                   [][3]string // holder, stance, text
}

func (f article) build(t testing.TB) *warta.Article {
	t.Helper()
	at := func(s string) (int, int) {
		i := strings.Index(f.body, s)
		if i < 0 {
			t.Fatalf("fixture %s: %q not in body", f.id, s)
		}
		return i, i + len(s)
	}
	a := &warta.Article{
		ID: f.id, Origin: "testdata/" + f.id + ".txt", Format: "txt",
		Title: f.title, Outlet: f.outlet, Published: f.published, PublishedSource: warta.SourceMetadata,
		Language: f.lang, Body: f.body, URL: "https://example.org/" + f.id,
		Stems: strings.Join(strings.FieldsFunc(strings.ToLower(f.title+" "+f.body), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}), " "),
	}
	for _, e := range f.entities {
		s, end := at(e[0])
		a.Entities = append(a.Entities, warta.Entity{Text: e[0], Type: e[1], Canonical: e[0], Start: s, End: end})
	}
	for _, x := range f.timexes {
		s, end := at(x[0])
		a.Timexes = append(a.Timexes, warta.Timex{Text: x[0], Value: x[1], Type: warta.TimexDate, Start: s, End: end})
	}
	for _, q := range f.quotes {
		s, end := at(q[0])
		a.Quotes = append(a.Quotes, warta.Quote{Text: q[0], Speaker: q[1], Cue: "kata", Kind: warta.QuoteDirect, Start: s, End: end})
	}
	for _, c := range f.claims {
		s, end := at(c[2])
		a.Claims = append(a.Claims, warta.Claim{Holder: c[0], Stance: c[1], Text: c[2], Start: s, End: end})
	}
	return a
}

// The fixture corpus: two storylines, four articles, one of them hostile.
var fixtureArticles = []article{
	{
		id: "kim-ultah", title: "Kim Jong Un kirim ucapan ulang tahun untuk Putin", outlet: "detik",
		published: "2024-10-08", lang: "id",
		body: "Pyongyang – Pemimpin Korea Utara Kim Jong Un mengirim pesan ulang tahun kepada Presiden Rusia " +
			"Vladimir Putin pada Selasa (8/10/2024).\n“Hubungan kita tak terkalahkan,” kata Kim Jong Un.",
		entities: [][2]string{{"Pyongyang", warta.EntityLoc}, {"Korea Utara", warta.EntityLoc},
			{"Kim Jong Un", warta.EntityPerson}, {"Vladimir Putin", warta.EntityPerson}},
		timexes: [][2]string{{"Selasa (8/10/2024)", "2024-10-08"}},
		quotes:  [][2]string{{"Hubungan kita tak terkalahkan", "Kim Jong Un"}},
		claims:  [][3]string{{"Kim Jong Un", warta.StanceAssert, "Hubungan kita tak terkalahkan"}},
	},
	{
		id: "putin-kunjungi", title: "Putin kunjungi Pyongyang, teken pakta dengan Kim", outlet: "kompas",
		published: "2024-06-19", lang: "id",
		body: "Presiden Rusia Vladimir Putin tiba di Pyongyang pada Rabu (19/6/2024) dan menandatangani " +
			"perjanjian kemitraan dengan Kim Jong Un.",
		entities: [][2]string{{"Vladimir Putin", warta.EntityPerson}, {"Pyongyang", warta.EntityLoc},
			{"Kim Jong Un", warta.EntityPerson}},
		timexes: [][2]string{{"Rabu (19/6/2024)", "2024-06-19"}},
	},
	{
		id: "banjir-jakarta", title: "Banjir rendam Jakarta Utara", outlet: "antara",
		published: "2025-01-29", lang: "id",
		body: "Banjir setinggi 50 sentimeter merendam permukiman di Jakarta Utara, Rabu (29/1/2025). " +
			"“Air mulai surut sore ini,” kata Kepala BPBD DKI Jakarta Isnawa Adji.",
		entities: [][2]string{{"Jakarta Utara", warta.EntityLoc}, {"BPBD DKI Jakarta", warta.EntityOrg},
			{"Isnawa Adji", warta.EntityPerson}},
		timexes: [][2]string{{"Rabu (29/1/2025)", "2025-01-29"}},
		quotes:  [][2]string{{"Air mulai surut sore ini", "Isnawa Adji"}},
	},
	{
		id: "hostile", title: `Banjir <script>alert("title")</script>`, outlet: `"><img src=x onerror=alert(1)>`,
		published: "2025-01-30", lang: "id",
		body: `Banjir <b>susulan</b> & <script>alert("body")</script> di Jakarta.`,
		// Overlapping annotations, checked in the test below; out-of-range
		// ones are added by hand in hostileArticle.
		entities: [][2]string{{"<b>susulan</b> &", `ORG" onmouseover="x`}},
		timexes:  [][2]string{{"susulan</b> & <script>", "2025-01-30"}},
	},
}

// hostileArticle adds annotations no honest stage produces.
func hostileArticle(a *warta.Article) {
	a.Entities = append(a.Entities,
		warta.Entity{Text: "x", Type: "PERSON", Canonical: "x", Start: -5, End: 3},
		warta.Entity{Text: "y", Type: "LOC", Canonical: "y", Start: 40, End: 4000},
		warta.Entity{Text: "z", Type: "LOC", Canonical: "z", Start: 30, End: 10},
	)
	a.Quotes = append(a.Quotes, warta.Quote{Text: "?", Speaker: "<i>nobody</i>", Kind: "direct", Start: 2, End: 20})
}

var fixtureStories = []warta.Storyline{
	{
		ID: "st-korea", Title: "Korea Utara dan Rusia makin dekat", Start: "2024-06-19", End: "2024-10-08",
		// Stored out of date order on purpose: pages must sort.
		Events: []warta.Event{
			{ID: "ev-ultah", Title: "Kim kirim ucapan ulang tahun ke Putin", Date: "2024-10-08", Articles: []string{"kim-ultah"}},
			{ID: "ev-kunjungan", Title: "Putin kunjungi Pyongyang", Date: "2024-06-19", Articles: []string{"putin-kunjungi"}},
		},
	},
	{
		ID: "st-banjir", Title: "Banjir Jakarta 2025", Start: "2025-01-29", End: "2025-01-30",
		Events: []warta.Event{
			{ID: "ev-banjir", Title: "Banjir rendam Jakarta Utara", Date: "2025-01-29", Articles: []string{"banjir-jakarta", "hostile"}},
		},
	},
}

var fixtureGroups = []warta.ReportGroup{{Kind: warta.GroupRewrite, Articles: []string{"kim-ultah", "putin-kunjungi"}}}

// openStore opens a real SQLite store in a temporary directory and fills
// it with the fixture corpus.
func openStore(t testing.TB) *sqlite.Store {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "warta.db"))
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	for _, f := range fixtureArticles {
		a := f.build(t)
		if a.ID == "hostile" {
			hostileArticle(a)
		}
		if _, err := st.PutArticle(ctx, a); err != nil {
			t.Fatalf("put %s: %v", a.ID, err)
		}
	}
	if err := st.ReplaceStorylines(ctx, fixtureStories); err != nil {
		t.Fatalf("replace storylines: %v", err)
	}
	if err := st.ReplaceReportGroups(ctx, fixtureGroups); err != nil {
		t.Fatalf("replace report groups: %v", err)
	}
	return st
}

// newServer returns a test HTTP server for s, with a logger that writes to
// the test's output.
func newServer(t *testing.T, s *web.Server) *httptest.Server {
	t.Helper()
	if s.Logger == nil {
		s.Logger = slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return ts
}
