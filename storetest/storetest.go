package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/warta-news/warta"
)

// Batcher is implemented by stores that can put many articles in one
// transaction.
type Batcher interface {
	PutArticles(ctx context.Context, articles []*warta.Article) ([]warta.PutResult, []error)
}

// Run runs the store test suite, its tests in parallel. open must return a
// new, empty store for each call, and close it when the test ends.
func Run(t *testing.T, open func(t *testing.T) warta.Store) {
	tests := []struct {
		name string
		test func(t *testing.T, s warta.Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"EmptyAnnotations", testEmptyAnnotations},
		{"Defaults", testDefaults},
		{"Unchanged", testUnchanged},
		{"Update", testUpdate},
		{"SetDate", testSetDate},
		{"Conflict", testConflict},
		{"Invalid", testInvalid},
		{"NotFound", testNotFound},
		{"Articles", testArticles},
		{"ArticleSummaries", testArticleSummaries},
		{"SearchRanking", testSearchRanking},
		{"SearchQueries", testSearchQueries},
		{"SearchHostile", testSearchHostile},
		{"ReportGroups", testReportGroups},
		{"Storylines", testStorylines},
		{"Entities", testEntities},
		{"Quotes", testQuotes},
		{"Claims", testClaims},
		{"Stats", testStats},
		{"Concurrent", testConcurrent},
		{"Batch", testBatch},
		{"BatchUpdateWithin", testBatchUpdateWithin},
		{"Cancelled", testCancelled},
		{"Corrections", testCorrections},
		{"DedupIndex", testDedupIndex},
		{"EachArticle", testEachArticle},
		{"ClusterDocs", testClusterDocs},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tt.test(t, open(t))
		})
	}
}

// full returns an article with every field and every annotation kind set.
func full() *warta.Article {
	body := "Pyongyang – Kim Jong Un mengirim pesan kepada Vladimir Putin pada Selasa (8/10/2024). " +
		"“Persahabatan kita kuat,” kata Kim. Kremlin membantah laporan itu."
	return &warta.Article{
		ID: "kim-putin", Origin: "seeds/kim-putin.txt", Format: "txt",
		Title: "Kim Jong Un kirim ucapan ulang tahun untuk Putin", Language: "id",
		Outlet: "Detik", Author: "Tim Redaksi", Dateline: "Pyongyang",
		URL: "https://example.org/kim-putin", Published: "2024-10-08", PublishedSource: warta.SourceText,
		Body: body,
		Entities: []warta.Entity{
			{Text: "Kim Jong Un", Type: warta.EntityPerson, Canonical: "Kim Jong Un", Start: 14, End: 25},
			{Text: "Vladimir Putin", Type: warta.EntityPerson, Canonical: "Vladimir Putin", Start: 45, End: 59},
			{Text: "Kim", Type: warta.EntityPerson, Canonical: "Kim Jong Un", Start: 130, End: 133},
			{Text: "Kremlin", Type: warta.EntityOrg, Canonical: "Kremlin", Start: 135, End: 142},
		},
		Timexes: []warta.Timex{
			{Text: "Selasa (8/10/2024)", Value: "2024-10-08", Type: warta.TimexDate, Start: 65, End: 83, Flag: "weekday-conflict"},
		},
		Quotes: []warta.Quote{
			{Text: "Persahabatan kita kuat,", Speaker: "Kim Jong Un", Cue: "kata", Kind: warta.QuoteDirect, Start: 86, End: 115},
		},
		Claims: []warta.Claim{
			{Holder: "Kremlin", Stance: warta.StanceDeny, Text: "Kremlin membantah laporan itu.", About: "laporan", Start: 135, End: 165},
		},
		ContentHash: "sha256:kim-putin",
		Stems:       "kim jong un kirim ucap ulang tahun untuk putin pyongyang kim jong un kirim pesan kepada vladimir putin pada selasa",
		IngestedAt:  time.Date(2024, 10, 8, 6, 21, 0, 123456000, time.UTC),
	}
}

// stored returns a as the store gives it back: without the removed lines,
// which are not stored.
func stored(a *warta.Article) *warta.Article {
	c := *a
	c.Removed = nil
	return &c
}

func mustPut(t *testing.T, s warta.Store, a *warta.Article, want warta.PutResult) {
	t.Helper()
	got, err := s.PutArticle(context.Background(), a)
	if err != nil {
		t.Fatalf("PutArticle(%q) error: %v", a.ID, err)
	}
	if got != want {
		t.Fatalf("PutArticle(%q) = %v, want %v", a.ID, got, want)
	}
}

func mustArticle(t *testing.T, s warta.Store, id string) *warta.Article {
	t.Helper()
	a, err := s.Article(context.Background(), id)
	if err != nil {
		t.Fatalf("Article(%q) error: %v", id, err)
	}
	if a == nil {
		t.Fatalf("Article(%q) = nil, nil", id)
	}
	return a
}

// diff reports got and want as JSON when they differ.
func diff(t *testing.T, what string, got, want any) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		g, _ := json.MarshalIndent(got, "", " ")
		w, _ := json.MarshalIndent(want, "", " ")
		t.Errorf("%s =\n%s\nwant\n%s", what, g, w)
	}
}

func wantKind(t *testing.T, what string, err error, kind string) {
	t.Helper()
	if got := warta.ErrorKind(err); got != kind {
		t.Errorf("%s error = %v (kind %q), want kind %q", what, err, got, kind)
	}
}

func testRoundTrip(t *testing.T, s warta.Store) {
	a := full()
	a.Removed = []warta.RemovedLine{{Text: "Baca juga: ...", Reason: "boilerplate"}}
	mustPut(t, s, a, warta.Added)
	got := mustArticle(t, s, a.ID)
	if !got.IngestedAt.Equal(a.IngestedAt) {
		t.Errorf("Article(%q).IngestedAt = %v, want %v", a.ID, got.IngestedAt, a.IngestedAt)
	}
	got.IngestedAt = a.IngestedAt
	diff(t, fmt.Sprintf("Article(%q)", a.ID), got, stored(a))
	if a.Removed == nil || len(a.Entities) != 4 {
		t.Errorf("PutArticle modified its argument: %+v", a)
	}
}

func testEmptyAnnotations(t *testing.T, s warta.Store) {
	a := full()
	a.Entities, a.Timexes, a.Quotes, a.Claims = nil, nil, nil, nil
	mustPut(t, s, a, warta.Added)
	got := mustArticle(t, s, a.ID)
	// Empty, not nil, so that JSON shows [] rather than null.
	if got.Entities == nil || got.Timexes == nil || got.Quotes == nil || got.Claims == nil {
		t.Errorf("Article(%q) annotations = %v %v %v %v, want empty non-nil slices", a.ID, got.Entities, got.Timexes, got.Quotes, got.Claims)
	}
	if n := len(got.Entities) + len(got.Timexes) + len(got.Quotes) + len(got.Claims); n != 0 {
		t.Errorf("Article(%q) has %d annotations, want 0", a.ID, n)
	}
}

func testDefaults(t *testing.T, s warta.Store) {
	a := full()
	a.ContentHash = ""
	a.IngestedAt = time.Time{}
	before := time.Now().Add(-time.Second)
	mustPut(t, s, a, warta.Added)
	got := mustArticle(t, s, a.ID)
	if got.ContentHash == "" {
		t.Errorf("Article(%q).ContentHash is empty, want a hash of the content", a.ID)
	}
	if got.IngestedAt.Before(before) || got.IngestedAt.After(time.Now().Add(time.Second)) {
		t.Errorf("Article(%q).IngestedAt = %v, want about now", a.ID, got.IngestedAt)
	}
	// The derived hash still makes re-ingest idempotent.
	mustPut(t, s, a, warta.Unchanged)
}

func testUnchanged(t *testing.T, s warta.Store) {
	a := full()
	mustPut(t, s, a, warta.Added)
	mustPut(t, s, a, warta.Unchanged)
	// The same content under another id and origin is the same article.
	b := full()
	b.ID, b.Origin = "copy", "elsewhere/copy.html"
	mustPut(t, s, b, warta.Unchanged)
	if _, err := s.Article(context.Background(), "copy"); warta.ErrorKind(err) != warta.ErrNotFound {
		t.Errorf("Article(%q) error = %v, want not found: an unchanged put must store nothing", "copy", err)
	}
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 1 {
		t.Errorf("Stats().Articles = %d, want 1", st.Articles)
	}
}

func testUpdate(t *testing.T, s warta.Store) {
	ctx := context.Background()
	a := full()
	mustPut(t, s, a, warta.Added)
	b := full()
	b.Title = "Kim Jong Un mengirim surat kepada Putin"
	b.Body = "Kim Jong Un mengirim surat. Isinya soal gandum."
	b.Stems = "kim jong un kirim surat kim jong un kirim surat isi soal gandum"
	b.ContentHash = "sha256:kim-putin-v2"
	b.Entities = []warta.Entity{{Text: "Kim Jong Un", Type: warta.EntityPerson, Canonical: "Kim Jong Un", Start: 0, End: 11}}
	b.Timexes = nil
	b.Quotes = []warta.Quote{{Text: "Isinya soal gandum.", Speaker: "KCNA", Cue: "tulis", Kind: warta.QuoteIndirect, Start: 28, End: 47}}
	b.Claims = nil
	mustPut(t, s, b, warta.Updated)
	got := mustArticle(t, s, b.ID)
	want := stored(b)
	want.Timexes, want.Claims = []warta.Timex{}, []warta.Claim{}
	diff(t, fmt.Sprintf("Article(%q) after update", b.ID), got, want)

	quotes, err := s.Quotes(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(quotes) != 1 || quotes[0].Speaker != "KCNA" {
		t.Errorf("Quotes() after update = %+v, want only the new quote", quotes)
	}
	// The index follows the update: the new words are found, the old ones not.
	for _, tt := range []struct {
		stem string
		want int
	}{{"gandum", 1}, {"pesan", 0}} {
		res, err := s.Search(ctx, warta.SearchQuery{Text: tt.stem, Stems: []string{tt.stem}})
		if err != nil {
			t.Fatal(err)
		}
		if len(res) != tt.want {
			t.Errorf("Search(%q) after update = %d results, want %d", tt.stem, len(res), tt.want)
		}
	}
	// The old content is no longer stored, so putting it again updates back.
	mustPut(t, s, a, warta.Updated)
}

func testSetDate(t *testing.T, s warta.Store) {
	ctx := context.Background()
	a := full()
	mustPut(t, s, a, warta.Added)
	lent := []warta.Timex{{Text: "hari Selasa", Value: "2024-10-08", Type: warta.TimexDate, Start: 3, End: 14}}
	if err := s.SetDate(ctx, a.ID, "2024-10-09", warta.SourceInferred, lent); err != nil {
		t.Fatalf("SetDate(%q) = %v", a.ID, err)
	}
	want := stored(a)
	want.Published, want.PublishedSource, want.Timexes = "2024-10-09", warta.SourceInferred, lent
	got := mustArticle(t, s, a.ID)
	got.IngestedAt = want.IngestedAt
	diff(t, fmt.Sprintf("Article(%q) after SetDate", a.ID), got, want)

	// The same content put again stays unchanged and keeps the lent date.
	mustPut(t, s, full(), warta.Unchanged)
	if got := mustArticle(t, s, a.ID); got.PublishedSource != warta.SourceInferred {
		t.Errorf("after re-put, published_source = %q, want %q", got.PublishedSource, warta.SourceInferred)
	}
	if err := s.SetDate(ctx, "missing", "2024", warta.SourceInferred, nil); warta.ErrorKind(err) != warta.ErrNotFound {
		t.Errorf("SetDate(missing) = %v, want a not-found error", err)
	}
	if err := s.SetDate(ctx, a.ID, "2024\xff", warta.SourceInferred, nil); warta.ErrorKind(err) != warta.ErrInvalid {
		t.Errorf("SetDate with invalid UTF-8 = %v, want an invalid error", err)
	}
}

func testConflict(t *testing.T, s warta.Store) {
	a := full()
	mustPut(t, s, a, warta.Added)
	b := full()
	b.Origin = "other/kim-putin.json:3"
	b.Body += " Tambahan."
	b.ContentHash = "sha256:other"
	_, err := s.PutArticle(context.Background(), b)
	wantKind(t, "PutArticle(same id, other origin)", err, warta.ErrConflict)
	got := mustArticle(t, s, a.ID)
	if got.Origin != a.Origin || got.Body != a.Body {
		t.Errorf("after a conflict Article(%q) = origin %q body %q, want the original", a.ID, got.Origin, got.Body)
	}
}

func testInvalid(t *testing.T, s warta.Store) {
	tests := []struct {
		name string
		edit func(a *warta.Article)
	}{
		{"empty id", func(a *warta.Article) { a.ID = "" }},
		{"invalid UTF-8 body", func(a *warta.Article) { a.Body = "abc\xff" }},
		{"NUL in title", func(a *warta.Article) { a.Title = "a\x00b" }},
		{"invalid UTF-8 entity", func(a *warta.Article) { a.Entities[0].Text = "\xc3" }},
	}
	for _, tt := range tests {
		a := full()
		tt.edit(a)
		_, err := s.PutArticle(context.Background(), a)
		wantKind(t, "PutArticle("+tt.name+")", err, warta.ErrInvalid)
	}
	_, err := s.PutArticle(context.Background(), nil)
	wantKind(t, "PutArticle(nil)", err, warta.ErrInvalid)
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 0 {
		t.Errorf("Stats().Articles after invalid puts = %d, want 0", st.Articles)
	}
}

func testNotFound(t *testing.T, s warta.Store) {
	for _, id := range []string{"missing", "", "'; DROP TABLE articles; --"} {
		a, err := s.Article(context.Background(), id)
		wantKind(t, fmt.Sprintf("Article(%q)", id), err, warta.ErrNotFound)
		if a != nil {
			t.Errorf("Article(%q) = %+v, want nil", id, a)
		}
	}
}

func testArticles(t *testing.T, s warta.Store) {
	ctx := context.Background()
	as, err := s.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if as == nil || len(as) != 0 {
		t.Errorf("Articles() of an empty store = %#v, want an empty non-nil slice", as)
	}
	var want []*warta.Article
	for _, n := range []int{3, 1, 2} {
		a := Article(n)
		mustPut(t, s, a, warta.Added)
		want = append(want, stored(a))
	}
	want[0], want[1], want[2] = want[1], want[2], want[0]
	got, err := s.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range got {
		for _, w := range want {
			if a.ID == w.ID && a.IngestedAt.Equal(w.IngestedAt) {
				a.IngestedAt = w.IngestedAt
			}
		}
	}
	diff(t, "Articles()", got, want)
}

// summaryOf returns a's summary as ArticleSummaries should list it.
func summaryOf(a *warta.Article) warta.ArticleSummary {
	return warta.ArticleSummary{
		ID: a.ID, Title: a.Title, Outlet: a.Outlet, Language: a.Language,
		Published: a.Published, PublishedSource: a.PublishedSource, URL: a.URL,
	}
}

func testArticleSummaries(t *testing.T, s warta.Store) {
	ctx := context.Background()
	got, err := s.ArticleSummaries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got == nil || len(got) != 0 {
		t.Errorf("ArticleSummaries() of an empty store = %#v, want an empty non-nil slice", got)
	}

	// Put out of id order, with an undated article whose optional fields
	// are empty, so that ordering and empty strings are both checked.
	undated := Article(7)
	undated.ID, undated.Origin, undated.ContentHash = "0-tanpa-tanggal", "corpus/tanpa.txt", "hash-undated"
	undated.Published, undated.PublishedSource, undated.URL, undated.Outlet = "", warta.SourceNone, "", ""
	put := []*warta.Article{Article(3), full(), undated, Article(1), Article(2)}
	for _, a := range put {
		mustPut(t, s, a, warta.Added)
	}
	var want []warta.ArticleSummary
	for _, a := range put {
		want = append(want, summaryOf(a))
	}
	slices.SortFunc(want, func(a, b warta.ArticleSummary) int { return strings.Compare(a.ID, b.ID) })
	got, err = s.ArticleSummaries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	diff(t, "ArticleSummaries()", got, want)

	// The summaries agree with the full articles.
	arts, err := s.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var fromArticles []warta.ArticleSummary
	for _, a := range arts {
		fromArticles = append(fromArticles, summaryOf(a))
	}
	diff(t, "ArticleSummaries() against Articles()", got, fromArticles)

	// They follow an update and a new date.
	b := Article(2)
	b.Title, b.ContentHash = "Banjir surut, laporan nomor 2", "hash-2-v2"
	mustPut(t, s, b, warta.Updated)
	if err := s.SetDate(ctx, undated.ID, "2024-10-09", warta.SourceInferred, nil); err != nil {
		t.Fatalf("SetDate(%q) error: %v", undated.ID, err)
	}
	got, err = s.ArticleSummaries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := range want {
		switch want[i].ID {
		case b.ID:
			want[i].Title = b.Title
		case undated.ID:
			want[i].Published, want[i].PublishedSource = "2024-10-09", warta.SourceInferred
		}
	}
	diff(t, "ArticleSummaries() after update and SetDate", got, want)
}

// ranked is a small corpus for search: the word "banjir" in the title of one
// article (and so once in its stems), three times in the body only of
// another, absent from the third. Only a title weighted well above the
// stems ranks the first above the second.
func ranked(t *testing.T, s warta.Store) {
	t.Helper()
	for _, a := range []*warta.Article{
		{ID: "title", Origin: "t", Title: "Banjir besar di Bekasi", Body: "Air naik setinggi dua meter di perumahan warga.",
			Stems: "banjir besar di bekasi air naik tinggi dua meter di rumah warga", ContentHash: "h1"},
		{ID: "body", Origin: "b", Title: "Hujan deras sepanjang malam", Body: "Hujan deras membuat banjir di beberapa ruas jalan Jakarta. Banjir menutup jalan. Banjir surut pagi.",
			Stems: "hujan deras panjang malam hujan deras buat banjir di beberapa ruas jalan jakarta banjir tutup jalan banjir surut pagi", ContentHash: "h2"},
		{ID: "none", Origin: "n", Title: "Harga cabai naik", Body: "Pedagang di pasar mengeluhkan harga cabai yang naik.",
			Stems: "harga cabai naik dagang di pasar keluh harga cabai yang naik", ContentHash: "h3"},
	} {
		mustPut(t, s, a, warta.Added)
	}
	// Articles on another topic, so that the query words are rare enough
	// for bm25 to weigh them.
	for n := range 6 {
		mustPut(t, s, &warta.Article{ID: fmt.Sprintf("sepakbola-%d", n), Origin: "f", Title: "Final piala sepak bola",
			Body: "Tim tuan rumah menang dua gol tanpa balas.", Stems: "final piala sepak bola tim tuan rumah menang dua gol tanpa balas",
			ContentHash: fmt.Sprintf("f%d", n)}, warta.Added)
	}
}

func ids(results []warta.SearchResult) []string {
	out := []string{}
	for _, r := range results {
		out = append(out, r.ID)
	}
	return out
}

func testSearchRanking(t *testing.T, s warta.Store) {
	ranked(t, s)
	q := warta.SearchQuery{Text: "banjir", Stems: []string{"banjir"}}
	res, err := s.Search(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(ids(res), " "), "title body"; got != want {
		t.Fatalf("Search(%q) = %q, want %q (title match first)", q.Text, got, want)
	}
	if !(res[0].Score > res[1].Score && res[1].Score > 0) {
		t.Errorf("Search(%q) scores = %v, %v, want positive and decreasing", q.Text, res[0].Score, res[1].Score)
	}
	if res[0].Title != "Banjir besar di Bekasi" {
		t.Errorf("Search(%q)[0].Title = %q, want %q", q.Text, res[0].Title, "Banjir besar di Bekasi")
	}
	if !strings.Contains(res[1].Snippet, "banjir") {
		t.Errorf("Search(%q)[1].Snippet = %q, want it to show %q", q.Text, res[1].Snippet, "banjir")
	}
}

func testSearchQueries(t *testing.T, s warta.Store) {
	ranked(t, s)
	tests := []struct {
		name string
		q    warta.SearchQuery
		want string // ids in rank order, or, for two title matches of similar weight, sorted
	}{
		{"any stem matches", warta.SearchQuery{Text: "banjir cabai", Stems: []string{"banjir", "cabai"}}, "body none title"},
		{"limit", warta.SearchQuery{Text: "banjir", Stems: []string{"banjir"}, Limit: 1}, "title"},
		{"text only", warta.SearchQuery{Text: "Cabai"}, "none"},
		{"title words by prefix", warta.SearchQuery{Text: "beka", Stems: []string{"beka"}}, "title"},
		{"stems match whole", warta.SearchQuery{Text: "banj", Stems: []string{"banj"}}, "title"},
		{"unknown word", warta.SearchQuery{Text: "gempa", Stems: []string{"gempa"}}, ""},
		{"case folded", warta.SearchQuery{Text: "BANJIR", Stems: []string{"BANJIR"}}, "title body"},
		{"empty", warta.SearchQuery{}, ""},
		{"blank", warta.SearchQuery{Text: "   ", Stems: []string{" "}}, ""},
	}
	for _, tt := range tests {
		res, err := s.Search(context.Background(), tt.q)
		if err != nil {
			t.Errorf("Search(%s %+v) error: %v", tt.name, tt.q, err)
			continue
		}
		if res == nil {
			t.Errorf("Search(%s %+v) = nil, want an empty non-nil slice", tt.name, tt.q)
		}
		got := ids(res)
		if tt.name == "any stem matches" {
			slices.Sort(got)
		}
		if got := strings.Join(got, " "); got != tt.want {
			t.Errorf("Search(%s %+v) = %q, want %q", tt.name, tt.q, got, tt.want)
		}
	}
}

func testSearchHostile(t *testing.T, s warta.Store) {
	ranked(t, s)
	long := strings.Repeat("banjir\" OR * NEAR( ", 600)
	for _, text := range []string{
		`"`, `*`, `NEAR(`, `AND OR`, `-`, `banjir"`, `"banjir`, `banjir*`, `title:banjir`, `{title}: x`,
		`^banjir`, `NOT banjir`, `(banjir`, `'`, `''`, `\`, `%`, `_`, `;`, `--`, `'; DROP TABLE articles; --`,
		`banjir & cabai | !x`, `a:*`, `<->`, "🙂🌊", "banjir🌊", "\x00", "\xff\xfe", long,
	} {
		q := warta.SearchQuery{Text: text, Stems: strings.Fields(text)}
		if _, err := s.Search(context.Background(), q); err != nil {
			t.Errorf("Search(%.40q) error: %v", text, err)
		}
	}
	// Operators are words, not syntax: "banjir OR" still finds banjir.
	res, err := s.Search(context.Background(), warta.SearchQuery{Text: `banjir" NEAR(`, Stems: []string{`banjir"`, `NEAR(`}})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(ids(res), " "), "title body"; got != want {
		t.Errorf("Search(%q) = %q, want %q", `banjir" NEAR(`, got, want)
	}
	st, err := s.Stats(context.Background())
	if err != nil || st.Articles != 9 {
		t.Errorf("Stats() after hostile queries = %+v, %v, want 9 articles", st, err)
	}
}

func testReportGroups(t *testing.T, s warta.Store) {
	ctx := context.Background()
	for n := range 4 {
		mustPut(t, s, Article(n), warta.Added)
	}
	got, err := s.ReportGroups(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got == nil || len(got) != 0 {
		t.Errorf("ReportGroups() of an empty store = %#v, want an empty non-nil slice", got)
	}
	groups := []warta.ReportGroup{
		{ID: "z", Kind: warta.GroupRewrite, Articles: []string{"artikel-000003", "artikel-000000"}, Score: 0.75,
			Evidence: []warta.Alignment{{A: "artikel-000003", AStart: 1, AEnd: 20, B: "artikel-000000", BStart: 5, BEnd: 24}}},
		{ID: "a", Kind: warta.GroupExact, Articles: []string{"artikel-000001", "artikel-000002"}, Score: 1},
	}
	if err := s.ReplaceReportGroups(ctx, groups); err != nil {
		t.Fatal(err)
	}
	got, err = s.ReportGroups(ctx)
	if err != nil {
		t.Fatal(err)
	}
	diff(t, "ReportGroups()", got, groups)

	// Replacing drops the old groups; groups without ids get them by position.
	next := []warta.ReportGroup{{Kind: warta.GroupNear, Articles: []string{"artikel-000002", "artikel-000001"}, Score: 0.5}}
	if err := s.ReplaceReportGroups(ctx, next); err != nil {
		t.Fatal(err)
	}
	got, err = s.ReportGroups(ctx)
	if err != nil {
		t.Fatal(err)
	}
	next[0].ID = "g1"
	diff(t, "ReportGroups() after replace", got, next)

	// A bad replacement changes nothing.
	for _, bad := range [][]warta.ReportGroup{
		{{ID: "x", Kind: warta.GroupExact, Articles: []string{"artikel-000001", "missing"}}},
		{{ID: "x", Kind: warta.GroupExact, Articles: []string{"artikel-000001"}}, {ID: "x", Kind: warta.GroupNear}},
	} {
		err := s.ReplaceReportGroups(ctx, bad)
		wantKind(t, fmt.Sprintf("ReplaceReportGroups(%+v)", bad), err, warta.ErrInvalid)
	}
	got, err = s.ReportGroups(ctx)
	if err != nil {
		t.Fatal(err)
	}
	diff(t, "ReportGroups() after failed replaces", got, next)

	if err := s.ReplaceReportGroups(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if got, err = s.ReportGroups(ctx); err != nil || len(got) != 0 {
		t.Errorf("ReportGroups() after replacing with none = %+v, %v, want none", got, err)
	}
}

func testStorylines(t *testing.T, s warta.Store) {
	ctx := context.Background()
	for n := range 4 {
		mustPut(t, s, Article(n), warta.Added)
	}
	stories := []warta.Storyline{
		{ID: "s-late", Title: "Banjir Bekasi", Start: "2024-11-01", End: "2024-11-03", Events: []warta.Event{
			{ID: "e3", Title: "Air surut", Date: "2024-11-03", Articles: []string{"artikel-000003"}},
			{ID: "e2", Title: "Banjir datang", Date: "2024-11-01", Articles: []string{"artikel-000002", "artikel-000001"}},
		}},
		{ID: "s-early", Title: "Kim dan Putin", Start: "2024-10", End: "2024-10-08", Events: []warta.Event{
			{ID: "e1", Title: "Ucapan ulang tahun", Date: "2024-10-08", Articles: []string{"artikel-000000"}},
		}},
		{ID: "s-empty", Title: "Tanpa peristiwa", Start: "2024-12-01", End: "2024-12-01"},
	}
	if err := s.ReplaceStorylines(ctx, stories); err != nil {
		t.Fatal(err)
	}
	got, err := s.Storylines(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []warta.Storyline{stories[1], stories[0], stories[2]}
	want[2].Events = []warta.Event{}
	for i := range want {
		evs := append([]warta.Event{}, want[i].Events...)
		for j := range evs {
			evs[j].StorylineID = want[i].ID
		}
		want[i].Events = evs
	}
	diff(t, "Storylines()", got, want)

	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Storylines != 3 || st.Events != 3 {
		t.Errorf("Stats() = %+v, want 3 storylines and 3 events", st)
	}

	for _, bad := range [][]warta.Storyline{
		{{ID: "s", Events: []warta.Event{{ID: "e", Articles: []string{"missing"}}}}},
		{{ID: "s"}, {ID: "s"}},
		{{ID: "s", Events: []warta.Event{{ID: "e"}}}, {ID: "t", Events: []warta.Event{{ID: "e"}}}},
		{{ID: ""}},
	} {
		err := s.ReplaceStorylines(ctx, bad)
		wantKind(t, fmt.Sprintf("ReplaceStorylines(%+v)", bad), err, warta.ErrInvalid)
	}
	if got, err = s.Storylines(ctx); err != nil || len(got) != 3 {
		t.Errorf("Storylines() after failed replaces = %d, %v, want the 3 stored before", len(got), err)
	}

	if err := s.ReplaceStorylines(ctx, stories[2:]); err != nil {
		t.Fatal(err)
	}
	got, err = s.Storylines(ctx)
	if err != nil {
		t.Fatal(err)
	}
	diff(t, "Storylines() after replace", got, want[2:])
}

func testEntities(t *testing.T, s warta.Store) {
	ctx := context.Background()
	got, err := s.Entities(ctx)
	if err != nil || got == nil || len(got) != 0 {
		t.Errorf("Entities() of an empty store = %#v, %v, want an empty non-nil slice", got, err)
	}
	a := full()
	mustPut(t, s, a, warta.Added)
	b := &warta.Article{ID: "b", Origin: "b", Body: "Putin dan Kremlin.", ContentHash: "hb", Entities: []warta.Entity{
		{Text: "Putin", Type: warta.EntityPerson, Canonical: "Vladimir Putin", Start: 0, End: 5},
		{Text: "Putin", Type: warta.EntityPerson, Canonical: "Vladimir Putin", Start: 0, End: 5},
		{Text: "Kremlin", Type: warta.EntityLoc, Canonical: "Kremlin", Start: 10, End: 17},
		{Text: "Moskwa", Type: warta.EntityLoc, Canonical: "", Start: 0, End: 0},
	}}
	mustPut(t, s, b, warta.Added)
	got, err = s.Entities(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []warta.EntitySummary{
		{Canonical: "Vladimir Putin", Type: warta.EntityPerson, Aliases: []string{"Putin", "Vladimir Putin"}, Articles: 2},
		{Canonical: "Kim Jong Un", Type: warta.EntityPerson, Aliases: []string{"Kim", "Kim Jong Un"}, Articles: 1},
		{Canonical: "Kremlin", Type: warta.EntityLoc, Aliases: []string{"Kremlin"}, Articles: 1},
		{Canonical: "Kremlin", Type: warta.EntityOrg, Aliases: []string{"Kremlin"}, Articles: 1},
		{Canonical: "Moskwa", Type: warta.EntityLoc, Aliases: []string{"Moskwa"}, Articles: 1},
	}
	diff(t, "Entities()", got, want)
}

func testQuotes(t *testing.T, s warta.Store) {
	ctx := context.Background()
	mustPut(t, s, full(), warta.Added)
	b := &warta.Article{ID: "b", Origin: "b", Body: "Putin berkata ya. Peskov berkata tidak.", ContentHash: "hb", Quotes: []warta.Quote{
		{Text: "ya", Speaker: "Vladimir Putin", Cue: "berkata", Kind: warta.QuoteIndirect, Start: 14, End: 16},
		{Text: "tidak", Speaker: "Dmitry Peskov", Kind: warta.QuoteIndirect, Start: 33, End: 38},
	}}
	mustPut(t, s, b, warta.Added)
	putin := warta.QuoteRecord{Article: "b", Speaker: "Vladimir Putin", Text: "ya", Kind: warta.QuoteIndirect, Cue: "berkata", Start: 14, End: 16}
	peskov := warta.QuoteRecord{Article: "b", Speaker: "Dmitry Peskov", Text: "tidak", Kind: warta.QuoteIndirect, Start: 33, End: 38}
	kim := warta.QuoteRecord{Article: "kim-putin", Speaker: "Kim Jong Un", Text: "Persahabatan kita kuat,", Kind: warta.QuoteDirect, Cue: "kata", Start: 86, End: 115}
	tests := []struct {
		speaker string
		want    []warta.QuoteRecord
	}{
		{"", []warta.QuoteRecord{putin, peskov, kim}},
		{"vladimir putin", []warta.QuoteRecord{putin}},
		{"PUTIN", []warta.QuoteRecord{putin}},
		{"kim jong un", []warta.QuoteRecord{kim}},
		{"Trump", []warta.QuoteRecord{}},
		{"%", []warta.QuoteRecord{}},
	}
	for _, tt := range tests {
		got, err := s.Quotes(ctx, tt.speaker)
		if err != nil {
			t.Errorf("Quotes(%q) error: %v", tt.speaker, err)
			continue
		}
		diff(t, fmt.Sprintf("Quotes(%q)", tt.speaker), got, tt.want)
	}
}

func testClaims(t *testing.T, s warta.Store) {
	ctx := context.Background()
	got, err := s.Claims(ctx)
	if err != nil || got == nil || len(got) != 0 {
		t.Errorf("Claims() of an empty store = %#v, %v, want an empty non-nil slice", got, err)
	}
	a := full()
	mustPut(t, s, a, warta.Added)
	got, err = s.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	diff(t, "Claims()", got, []warta.ClaimRecord{{Article: a.ID, Claim: a.Claims[0]}})
}

func testStats(t *testing.T, s warta.Store) {
	ctx := context.Background()
	got, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got != (warta.Stats{}) {
		t.Errorf("Stats() of an empty store = %+v, want zeros", got)
	}
	for n := range 3 {
		mustPut(t, s, Article(n), warta.Added)
	}
	if err := s.ReplaceReportGroups(ctx, []warta.ReportGroup{{Kind: warta.GroupExact, Articles: []string{"artikel-000000", "artikel-000001"}}}); err != nil {
		t.Fatal(err)
	}
	if err := s.ReplaceStorylines(ctx, []warta.Storyline{{ID: "s", Events: []warta.Event{{ID: "e1"}, {ID: "e2"}}}}); err != nil {
		t.Fatal(err)
	}
	got, err = s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := (warta.Stats{Articles: 3, ReportGroups: 1, Events: 2, Storylines: 1}); got != want {
		t.Errorf("Stats() = %+v, want %+v", got, want)
	}
}

func testConcurrent(t *testing.T, s warta.Store) {
	ctx := context.Background()
	const writers, each = 8, 25
	var wg sync.WaitGroup
	errs := make(chan error, writers*each*3)
	for w := range writers {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := range each {
				a := Article(w*each + i)
				if _, err := s.PutArticle(ctx, a); err != nil {
					errs <- fmt.Errorf("PutArticle(%q): %w", a.ID, err)
				}
				// Half the writers put their article twice: the second
				// put must see the first.
				if w%2 == 0 {
					if res, err := s.PutArticle(ctx, a); err != nil || res != warta.Unchanged {
						errs <- fmt.Errorf("PutArticle(%q) again = %v, %v, want unchanged", a.ID, res, err)
					}
				}
			}
		}()
		go func() { // a reader beside each writer
			defer wg.Done()
			for range each {
				if _, err := s.Search(ctx, warta.SearchQuery{Text: "banjir", Stems: []string{"banjir"}}); err != nil {
					errs <- fmt.Errorf("Search: %w", err)
				}
				if _, err := s.Stats(ctx); err != nil {
					errs <- fmt.Errorf("Stats: %w", err)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != writers*each {
		t.Errorf("Stats().Articles after concurrent puts = %d, want %d", st.Articles, writers*each)
	}
}

func testBatch(t *testing.T, s warta.Store) {
	b, ok := s.(Batcher)
	if !ok {
		t.Skipf("%T has no PutArticles", s)
	}
	ctx := context.Background()
	first := Article(1)
	mustPut(t, s, first, warta.Added)
	changed := Article(1)
	changed.Body += " Pembaruan."
	changed.ContentHash = "hash-1-v2"
	conflict := Article(1)
	conflict.Origin = "other"
	conflict.ContentHash = "hash-1-other"
	invalid := Article(9)
	invalid.Body = "\xff"
	twin := Article(2)
	twin.ID = "twin"
	batch := []*warta.Article{Article(2), first, changed, conflict, invalid, nil, twin, Article(3)}
	results, errs := b.PutArticles(ctx, batch)
	if len(results) != len(batch) || len(errs) != len(batch) {
		t.Fatalf("PutArticles(%d articles) = %d results, %d errors, want %d of each", len(batch), len(results), len(errs), len(batch))
	}
	want := []struct {
		res  warta.PutResult
		kind string
	}{
		{warta.Added, ""}, {warta.Unchanged, ""}, {warta.Updated, ""}, {0, warta.ErrConflict},
		{0, warta.ErrInvalid}, {0, warta.ErrInvalid}, {warta.Unchanged, ""}, {warta.Added, ""},
	}
	for i, w := range want {
		if got := warta.ErrorKind(errs[i]); got != w.kind {
			t.Errorf("PutArticles: article %d error = %v, want kind %q", i, errs[i], w.kind)
		}
		if w.kind == "" && results[i] != w.res {
			t.Errorf("PutArticles: article %d = %v, want %v", i, results[i], w.res)
		}
	}
	got := mustArticle(t, s, first.ID)
	if got.Body != changed.Body || len(got.Entities) != len(changed.Entities) {
		t.Errorf("Article(%q) after batch update: body %q, %d entities, want the changed article", first.ID, got.Body, len(got.Entities))
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 3 {
		t.Errorf("Stats().Articles after batch = %d, want 3", st.Articles)
	}
	if res, errs := b.PutArticles(ctx, nil); len(res) != 0 || len(errs) != 0 {
		t.Errorf("PutArticles(nil) = %v, %v, want nothing", res, errs)
	}
}

// testBatchUpdateWithin stores an article and a new version of it in
// one batch, then a third version in the next, each with annotations and
// a word of its own: a store that gathers a batch's writes must still
// leave only the last version's annotations and search terms.
func testBatchUpdateWithin(t *testing.T, s warta.Store) {
	b, ok := s.(Batcher)
	if !ok {
		t.Skipf("%T has no PutArticles", s)
	}
	ctx := context.Background()
	version := func(v int, word string, entities int) *warta.Article {
		a := Article(40)
		a.Body += " Kata " + word + "."
		a.Stems += " kata " + word
		a.ContentHash = fmt.Sprintf("hash-40-v%d", v)
		a.Entities = a.Entities[:entities]
		return a
	}
	v1, v2, v3 := version(1, "pertamaunik", 8), version(2, "keduaunik", 3), version(3, "ketigaunik", 5)
	put := func(batch []*warta.Article, want ...warta.PutResult) {
		t.Helper()
		results, errs := b.PutArticles(ctx, batch)
		for i := range batch {
			if errs[i] != nil || results[i] != want[i] {
				t.Fatalf("PutArticles: article %d = %v, %v, want %v", i, results[i], errs[i], want[i])
			}
		}
	}
	put([]*warta.Article{Article(41), v1, Article(42), v2, Article(43)},
		warta.Added, warta.Added, warta.Added, warta.Updated, warta.Added)
	check := func(when string, want *warta.Article, gone ...string) {
		t.Helper()
		got := mustArticle(t, s, want.ID)
		got.IngestedAt = want.IngestedAt
		diff(t, fmt.Sprintf("Article(%q) %s", want.ID, when), got, stored(want))
		for _, w := range []string{"pertamaunik", "keduaunik", "ketigaunik"} {
			res, err := s.Search(ctx, warta.SearchQuery{Text: w, Stems: []string{w}})
			if err != nil {
				t.Fatal(err)
			}
			found := len(res) == 1 && res[0].ID == want.ID
			if found != strings.Contains(want.Stems, w) || len(res) > 1 {
				t.Errorf("Search(%q) %s = %d results, want %t", w, when, len(res), !found)
			}
		}
	}
	check("after a batch that added and updated it", v2)
	put([]*warta.Article{v3, Article(44)}, warta.Updated, warta.Added)
	check("after the next batch updated it", v3)
	for n := 41; n <= 44; n++ {
		a := Article(n)
		if got := mustArticle(t, s, a.ID); len(got.Entities) != len(a.Entities) || len(got.Quotes) != len(a.Quotes) {
			t.Errorf("Article(%q) = %d entities, %d quotes, want %d, %d", a.ID, len(got.Entities), len(got.Quotes), len(a.Entities), len(a.Quotes))
		}
	}
}

func testCancelled(t *testing.T, s warta.Store) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.PutArticle(ctx, full()); err == nil {
		t.Errorf("PutArticle(cancelled context) error = nil, want one")
	}
	if _, err := s.Articles(ctx); err == nil {
		t.Errorf("Articles(cancelled context) error = nil, want one")
	}
	if _, err := s.ArticleSummaries(ctx); err == nil {
		t.Errorf("ArticleSummaries(cancelled context) error = nil, want one")
	}
	if _, err := s.Search(ctx, warta.SearchQuery{Text: "kim", Stems: []string{"kim"}}); err == nil {
		t.Errorf("Search(cancelled context) error = nil, want one")
	}
	if _, err := s.Stats(context.Background()); err != nil {
		t.Errorf("Stats() after cancelled calls error: %v", err)
	}
}
