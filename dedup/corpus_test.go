package dedup

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/extract"
	"github.com/warta-news/warta/ingest"
	"github.com/warta-news/warta/lang"
)

// The corpora the tests read at run time. They stay outside the package.
const (
	seedsDir    = "../../shared/seeds"
	examplesDir = "../examples/articles"
	rssDir      = "../../shared/data/id-news-rss-2025"
)

var (
	detectorOnce sync.Once
	detector     *lang.Detector
)

// article builds an Article from a Document the way the pipeline does for
// what dedup reads: extract's clean body, the metadata language or the
// detected one. The pipeline package cannot be imported here, since it
// imports dedup.
func article(t testing.TB, doc warta.Document) *warta.Article {
	t.Helper()
	res, err := extract.Document(doc)
	if err != nil {
		return nil // a page of boilerplate only: the pipeline skips it too
	}
	body := strings.TrimSpace(res.Body)
	if body == "" {
		return nil
	}
	a := &warta.Article{ID: doc.ID, Title: res.Title, Outlet: res.Outlet, URL: res.URL, Body: body}
	a.Language = strings.ToLower(res.Language)
	if a.Language != "id" && a.Language != "en" && a.Language != "ms" {
		detectorOnce.Do(func() { detector = lang.New() })
		a.Language = detector.Detect(body)
	}
	return a
}

// readCorpus reads every document under dir with the ingest package and
// builds Articles from them, skipping the test when dir is absent.
func readCorpus(t testing.TB, dir string) []*warta.Article {
	t.Helper()
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("corpus %s not available: %v", dir, err)
	}
	files, errs := ingest.Expand([]string{dir})
	if len(errs) > 0 {
		t.Fatalf("expand %s: %v", dir, errs[0])
	}
	var docs []warta.Document
	r := &ingest.Reader{}
	for _, f := range files {
		if strings.HasSuffix(f.Path, ".md") || strings.HasSuffix(f.Path, ".json") && filepath.Base(f.Path) == "gold.json" {
			continue
		}
		err := r.Read(context.Background(), f, func(d warta.Document) error {
			docs = append(docs, d)
			return nil
		}, func(err error) { t.Logf("read: %v", err) })
		if err != nil {
			t.Fatalf("read %s: %v", f.Path, err)
		}
	}
	var out []*warta.Article
	for _, d := range docs {
		if a := article(t, d); a != nil {
			out = append(out, a)
		}
	}
	return out
}
