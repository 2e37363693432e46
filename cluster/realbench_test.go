package cluster_test

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/cluster"
	"github.com/warta-news/warta/ingest"
	"github.com/warta-news/warta/pipeline"
)

// realDocs returns the cluster documents of the shared IndoSum dev set
// and RSS dump (about 9,500 real Indonesian articles), analysed as an
// ingest does, passed through their stored binary form and ordered by
// SortKey, as a corpus run streams them from a store. It skips when the
// data is absent.
func realDocs(b *testing.B) []cluster.Doc {
	b.Helper()
	paths := []string{
		"../../shared/data/indosum-dev/indosum",
		"../../shared/data/id-news-rss-2025",
	}
	var have []string
	for _, p := range paths {
		if _, err := os.Stat(p); err == nil {
			have = append(have, p)
		}
	}
	if len(have) == 0 {
		b.Skipf("none of %s is there: skipping", strings.Join(paths, ", "))
	}
	files, errs := ingest.Expand(have)
	if len(errs) > 0 {
		b.Fatal(errs[0])
	}
	ctx := context.Background()
	var rd ingest.Reader
	rep, err := pipeline.CountLines(ctx, &rd, files)
	if err != nil {
		b.Fatal(err)
	}
	var docs []warta.Document
	for _, f := range files {
		if filepath.Ext(f.Path) == ".txt" {
			continue // the sets' READMEs
		}
		emit := func(d warta.Document) error { docs = append(docs, d); return nil }
		if err := rd.Read(ctx, f, emit, nil); err != nil {
			b.Fatal(err)
		}
	}
	an := pipeline.NewAnalyzer(func() time.Time { return time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC) })
	articles := make([]*warta.Article, len(docs))
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(docs); i += workers {
				articles[i], _ = an.AnalyzeWith(docs[i], rep)
			}
		}()
	}
	wg.Wait()
	articles = slices.DeleteFunc(articles, func(a *warta.Article) bool { return a == nil })
	stored, err := cluster.StoredDocs(articles)
	if err != nil {
		b.Fatal(err)
	}
	slices.SortFunc(stored, func(a, b warta.ClusterDoc) int { return strings.Compare(a.SortKey, b.SortKey) })
	out := make([]cluster.Doc, len(stored))
	for i, cd := range stored {
		if err := out[i].UnmarshalBinary(cd.Doc); err != nil {
			b.Fatal(err)
		}
	}
	return out
}

// BenchmarkBuildStreamReal clusters about 9,500 real articles as a
// corpus run does on a store that has no storylines yet
// (cluster.BuildStream); cpu-s/op is its CPU time.
func BenchmarkBuildStreamReal(b *testing.B) {
	docs := realDocs(b)
	each := func(yield func(cluster.Doc) error) error {
		for _, d := range docs {
			if err := yield(d); err != nil {
				return err
			}
		}
		return nil
	}
	b.ResetTimer()
	cpu := cluster.CPUTime()
	var stories []warta.Storyline
	for range b.N {
		var err error
		if stories, err = cluster.BuildStream(each, cluster.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cluster.CPUTime()-cpu)/float64(b.N)/1e9, "cpu-s/op")
	b.ReportMetric(float64(len(docs)), "articles")
	b.ReportMetric(float64(len(stories)), "storylines")
}
