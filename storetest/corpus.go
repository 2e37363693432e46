package storetest

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/warta-news/warta"
)

func testCorrections(t *testing.T, s warta.Store) {
	ctx := context.Background()
	got, err := s.Corrections(ctx)
	if err != nil || got == nil || len(got) != 0 {
		t.Fatalf("Corrections() of an empty store = %#v, %v, want an empty non-nil slice", got, err)
	}
	before := time.Now().Add(-time.Second)
	in := []warta.Correction{
		{Op: warta.CorrectionMerge, Level: warta.LevelEvent, Subject: "artikel-000001", Object: "artikel-000002"},
		{Op: warta.CorrectionSplit, Level: warta.LevelStoryline, Subject: "artikel-000003"},
		{Op: warta.CorrectionSplit, Level: warta.LevelEvent, Subject: "artikel-000001"},
	}
	var want []warta.Correction
	for _, c := range in {
		added, err := s.AddCorrection(ctx, c)
		if err != nil {
			t.Fatalf("AddCorrection(%+v): %v", c, err)
		}
		if added.ID == 0 || added.CreatedAt.Before(before) {
			t.Errorf("AddCorrection(%+v) = %+v, want an id and the time of creation", c, added)
		}
		if len(want) > 0 && added.ID <= want[len(want)-1].ID {
			t.Errorf("AddCorrection ids %d then %d, want increasing", want[len(want)-1].ID, added.ID)
		}
		want = append(want, added)
	}
	// Corrections name articles that need not be stored: they outlive them.
	got, err = s.Corrections(ctx)
	if err != nil {
		t.Fatal(err)
	}
	diff(t, "Corrections()", got, want)

	for _, bad := range []warta.Correction{
		{Op: "join", Level: warta.LevelEvent, Subject: "a", Object: "b"},
		{Op: warta.CorrectionMerge, Level: "topic", Subject: "a", Object: "b"},
		{Op: warta.CorrectionMerge, Level: warta.LevelEvent, Subject: "a", Object: "a"},
		{Op: warta.CorrectionMerge, Level: warta.LevelEvent, Subject: "a"},
		{Op: warta.CorrectionSplit, Level: warta.LevelEvent, Subject: "a", Object: "b"},
		{Op: warta.CorrectionSplit, Level: warta.LevelEvent},
	} {
		_, err := s.AddCorrection(ctx, bad)
		wantKind(t, "AddCorrection(bad)", err, warta.ErrInvalid)
	}

	if err := s.DeleteCorrection(ctx, want[1].ID); err != nil {
		t.Fatalf("DeleteCorrection(%d): %v", want[1].ID, err)
	}
	wantKind(t, "DeleteCorrection(deleted)", s.DeleteCorrection(ctx, want[1].ID), warta.ErrNotFound)
	got, err = s.Corrections(ctx)
	if err != nil {
		t.Fatal(err)
	}
	diff(t, "Corrections() after delete", got, []warta.Correction{want[0], want[2]})
}

func testDedupIndex(t *testing.T, s warta.Store) {
	ctx := context.Background()
	for n := range 4 {
		mustPut(t, s, Article(n), warta.Added)
	}
	uncompared := func() []string {
		t.Helper()
		as, err := s.UncomparedArticles(ctx, "", 0)
		if err != nil {
			t.Fatal(err)
		}
		ids := []string{}
		for _, a := range as {
			if a.Body == "" || a.Title == "" || len(a.Entities) != 0 {
				t.Errorf("UncomparedArticles: %s without its text, or with annotations", a.ID)
			}
			ids = append(ids, a.ID)
		}
		return ids
	}
	features := func() []warta.DedupFeatures {
		t.Helper()
		fs := []warta.DedupFeatures{}
		if err := s.EachDedupFeatures(ctx, func(f warta.DedupFeatures) error {
			fs = append(fs, f)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return fs
	}
	links := func() []warta.ReportLink {
		t.Helper()
		ls, err := s.ReportLinks(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return ls
	}
	diff(t, "UncomparedArticles() before any run", uncompared(),
		[]string{"artikel-000000", "artikel-000001", "artikel-000002", "artikel-000003"})
	if as, err := s.UncomparedArticles(ctx, "", 2); err != nil || len(as) != 2 || as[0].ID != "artikel-000000" || as[1].ID != "artikel-000001" {
		t.Errorf("UncomparedArticles(2) = %d articles, %v, want the first two", len(as), err)
	}
	if as, err := s.UncomparedArticles(ctx, "artikel-000001", 0); err != nil || len(as) != 2 || as[0].ID != "artikel-000002" || as[1].ID != "artikel-000003" {
		t.Errorf("UncomparedArticles(after artikel-000001) = %d articles, %v, want the last two", len(as), err)
	}

	fs := []warta.DedupFeatures{
		{Article: "artikel-000000", BodyHash: "h0", OutletKey: "detik", Signature: []byte{1, 2, 3, 4}, Anchors: []uint64{1, 42, 1 << 63}},
		{Article: "artikel-000001", BodyHash: "h1", OutletKey: ""},
		{Article: "artikel-000002", BodyHash: "h0", OutletKey: "kompas", Signature: []byte{9}, Anchors: []uint64{7}},
	}
	ls := []warta.ReportLink{
		{A: "artikel-000000", B: "artikel-000002", Kind: warta.GroupExact, Score: 1},
		{A: "artikel-000001", B: "artikel-000002", Kind: warta.GroupRewrite, Score: 0.5,
			Evidence: []warta.Alignment{{A: "artikel-000001", AStart: 0, AEnd: 9, B: "artikel-000002", BStart: 3, BEnd: 12}}},
	}
	if err := s.AddDedupFeatures(ctx, fs, ls); err != nil {
		t.Fatal(err)
	}
	diff(t, "EachDedupFeatures()", features(), fs)
	diff(t, "ReportLinks()", links(), ls)
	diff(t, "UncomparedArticles() after a run", uncompared(), []string{"artikel-000003"})

	// Texts of chosen articles, without annotations; unknown ids are left
	// out and repeats read once.
	texts, err := s.ArticleTexts(ctx, []string{"artikel-000003", "missing", "artikel-000001", "artikel-000003"})
	if err != nil {
		t.Fatal(err)
	}
	var wantTexts []*warta.Article
	for _, n := range []int{1, 3} {
		a := Article(n)
		wantTexts = append(wantTexts, &warta.Article{ID: a.ID, Title: a.Title, Language: a.Language, Outlet: a.Outlet,
			Published: a.Published, PublishedSource: a.PublishedSource, URL: a.URL, Body: a.Body})
	}
	diff(t, "ArticleTexts()", texts, wantTexts)

	// Unknown articles are refused, and nothing is stored.
	err = s.AddDedupFeatures(ctx, []warta.DedupFeatures{{Article: "artikel-000003", BodyHash: "h3"}},
		[]warta.ReportLink{{A: "artikel-000003", B: "missing", Kind: warta.GroupNear, Score: 0.9}})
	wantKind(t, "AddDedupFeatures(unknown article)", err, warta.ErrInvalid)
	diff(t, "UncomparedArticles() after a failed add", uncompared(), []string{"artikel-000003"})

	// A re-ingest with the same content changes nothing; with new content
	// the article and every article linked to it are compared again.
	mustPut(t, s, Article(2), warta.Unchanged)
	diff(t, "UncomparedArticles() after an unchanged put", uncompared(), []string{"artikel-000003"})
	changed := Article(2)
	changed.Body, changed.ContentHash = changed.Body+" Tambahan kalimat.", "hash-2-v2"
	mustPut(t, s, changed, warta.Updated)
	diff(t, "UncomparedArticles() after an update", uncompared(),
		[]string{"artikel-000000", "artikel-000001", "artikel-000002", "artikel-000003"})
	diff(t, "ReportLinks() after an update", links(), []warta.ReportLink{})
	diff(t, "EachDedupFeatures() after an update", features(), []warta.DedupFeatures{})
}

func testEachArticle(t *testing.T, s warta.Store) {
	ctx := context.Background()
	putMany(t, s, 1234) // more than two pages
	all, err := s.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []*warta.Article
	if err := s.EachArticle(ctx, func(a *warta.Article) error {
		got = append(got, a)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(all) {
		t.Fatalf("EachArticle gave %d articles, want %d", len(got), len(all))
	}
	for i := range all {
		if !reflect.DeepEqual(got[i], all[i]) {
			t.Fatalf("EachArticle's article %d = %s, want %s as Articles gives it", i, got[i].ID, all[i].ID)
		}
	}
	stop := errors.New("stop")
	calls := 0
	err = s.EachArticle(ctx, func(*warta.Article) error {
		calls++
		return stop
	})
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("EachArticle with fn failing at once = %v after %d calls, want fn's error after 1", err, calls)
	}
}
