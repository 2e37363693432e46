package storetest

import (
	"context"
	"fmt"
	"testing"

	"github.com/warta-news/warta"
)

// Benchmark measures a store: PutArticle and, when the store has it,
// PutArticles in batches of 100 (both reporting articles/s; run with
// -benchtime=10000x to ingest 10k articles), and Search over 10k articles
// for a word in every article and a word in one, and the listing of 10k
// articles in full (Articles) and as summaries (ArticleSummaries). open
// must return a new, empty store for each call.
func Benchmark(b *testing.B, open func(b *testing.B) warta.Store) {
	ctx := context.Background()
	b.Run("PutArticle", func(b *testing.B) {
		s := open(b)
		n := 0
		for b.Loop() {
			if _, err := s.PutArticle(ctx, Article(n)); err != nil {
				b.Fatal(err)
			}
			n++
		}
		b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	})
	b.Run("PutArticles100", func(b *testing.B) {
		s := open(b)
		batcher, ok := s.(Batcher)
		if !ok {
			b.Skipf("%T has no PutArticles", s)
		}
		n := 0
		var batch []*warta.Article
		flush := func() {
			_, errs := batcher.PutArticles(ctx, batch)
			for _, err := range errs {
				if err != nil {
					b.Fatal(err)
				}
			}
			batch = batch[:0]
		}
		for b.Loop() {
			batch = append(batch, Article(n))
			n++
			if len(batch) == 100 {
				flush()
			}
		}
		flush()
		b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	})
	b.Run("Search10k", func(b *testing.B) {
		s := open(b)
		fill(b, s, 10000)
		for _, q := range []warta.SearchQuery{
			{Text: "banjir", Stems: []string{"banjir"}, Limit: 20},
			{Text: "artikel5000", Stems: []string{"artikel5000"}, Limit: 20},
			{Text: "banjir bantuan presiden", Stems: []string{"banjir", "bantuan", "presiden"}, Limit: 20},
		} {
			b.Run(q.Text, func(b *testing.B) {
				for b.Loop() {
					res, err := s.Search(ctx, q)
					if err != nil || len(res) == 0 {
						b.Fatalf("Search(%q) = %d results, %v", q.Text, len(res), err)
					}
				}
			})
		}
	})
	b.Run("List10k", func(b *testing.B) {
		s := open(b)
		fill(b, s, 10000)
		b.Run("Articles", func(b *testing.B) {
			for b.Loop() {
				as, err := s.Articles(ctx)
				if err != nil || len(as) != 10000 {
					b.Fatalf("Articles() = %d articles, %v, want 10000", len(as), err)
				}
			}
		})
		b.Run("ArticleSummaries", func(b *testing.B) {
			for b.Loop() {
				as, err := s.ArticleSummaries(ctx)
				if err != nil || len(as) != 10000 {
					b.Fatalf("ArticleSummaries() = %d summaries, %v, want 10000", len(as), err)
				}
			}
		})
	})
}

// fill puts n generated articles into s, in batches when s can.
func fill(b *testing.B, s warta.Store, n int) {
	ctx := context.Background()
	batcher, ok := s.(Batcher)
	for i := 0; i < n; i += 100 {
		var batch []*warta.Article
		for j := i; j < min(i+100, n); j++ {
			batch = append(batch, Article(j))
		}
		if ok {
			_, errs := batcher.PutArticles(ctx, batch)
			for _, err := range errs {
				if err != nil {
					b.Fatal(err)
				}
			}
			continue
		}
		for _, a := range batch {
			if _, err := s.PutArticle(ctx, a); err != nil {
				b.Fatal(fmt.Errorf("fill: %w", err))
			}
		}
	}
}
