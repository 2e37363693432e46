package storetest

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"testing"

	"github.com/warta-news/warta"
)

func testClusterDocs(t *testing.T, s warta.Store) {
	ctx := context.Background()
	n := 1234 // more than two pages
	batch := putMany(t, s, n)
	undocumented := func(limit int) []string {
		t.Helper()
		ids, err := s.UndocumentedArticles(ctx, limit)
		if err != nil {
			t.Fatal(err)
		}
		return ids
	}
	if got := undocumented(0); len(got) != n || got[0] != batch[0].ID || got[n-1] != batch[n-1].ID {
		t.Fatalf("UndocumentedArticles(0) before any put = %d ids, want all %d", len(got), n)
	}
	diff(t, "UndocumentedArticles(2)", undocumented(2), []string{batch[0].ID, batch[1].ID})

	// Sort keys run against the ids, so that the two orders differ.
	var docs []warta.ClusterDoc
	for i, a := range batch[:n-1] {
		docs = append(docs, warta.ClusterDoc{Article: a.ID, SortKey: fmt.Sprintf("0%06d\x01%s", n-i, a.ID), Doc: []byte{1, byte(i), 0, 255}})
	}
	if err := s.PutClusterDocs(ctx, docs); err != nil {
		t.Fatal(err)
	}
	diff(t, "UndocumentedArticles(0) after a put", undocumented(0), []string{batch[n-1].ID})
	// A second put replaces.
	docs[0].Doc, docs[0].SortKey = []byte("again"), "1\x01"+docs[0].Article
	if err := s.PutClusterDocs(ctx, docs[:1]); err != nil {
		t.Fatal(err)
	}
	each := func(bySortKey bool) []warta.ClusterDoc {
		t.Helper()
		var got []warta.ClusterDoc
		if err := s.EachClusterDoc(ctx, bySortKey, func(d warta.ClusterDoc) error {
			got = append(got, d)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return got
	}
	byID := append([]warta.ClusterDoc(nil), docs...)
	sort.Slice(byID, func(i, j int) bool { return byID[i].Article < byID[j].Article })
	diff(t, "EachClusterDoc(by id)", each(false), byID)
	byKey := append([]warta.ClusterDoc(nil), docs...)
	sort.Slice(byKey, func(i, j int) bool { return byKey[i].SortKey < byKey[j].SortKey })
	diff(t, "EachClusterDoc(by sort key)", each(true), byKey)

	stop := errors.New("stop")
	calls := 0
	if err := s.EachClusterDoc(ctx, true, func(warta.ClusterDoc) error { calls++; return stop }); !errors.Is(err, stop) || calls != 1 {
		t.Errorf("EachClusterDoc with a failing fn: %v after %d calls, want %v after 1", err, calls, stop)
	}
	err := s.PutClusterDocs(ctx, []warta.ClusterDoc{{Article: "missing", SortKey: "1\x01missing", Doc: []byte{1}}})
	wantKind(t, "PutClusterDocs(unknown article)", err, warta.ErrInvalid)

	// Storing an article unchanged keeps its document; with new content,
	// the document made from the old text is dropped.
	mustPut(t, s, Article(1), warta.Unchanged)
	diff(t, "UndocumentedArticles(0) after an unchanged put", undocumented(0), []string{batch[n-1].ID})
	changed := Article(1)
	changed.Body, changed.ContentHash = changed.Body+" Tambahan kalimat.", "hash-1-v2"
	mustPut(t, s, changed, warta.Updated)
	diff(t, "UndocumentedArticles(0) after an update", undocumented(0), []string{batch[1].ID, batch[n-1].ID})
}

// putMany stores the first n fixture articles, in one batch when s can,
// and returns them.
func putMany(t *testing.T, s warta.Store, n int) []*warta.Article {
	t.Helper()
	batch := make([]*warta.Article, n)
	for i := range batch {
		batch[i] = Article(i)
	}
	if b, ok := s.(Batcher); ok {
		if _, errs := b.PutArticles(context.Background(), batch); errs[0] != nil {
			t.Fatal(errs[0])
		}
	} else {
		for _, a := range batch {
			mustPut(t, s, a, warta.Added)
		}
	}
	return batch
}
