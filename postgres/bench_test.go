package postgres

import (
	"testing"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/storetest"
)

func BenchmarkStore(b *testing.B) {
	testURL(b)
	storetest.Benchmark(b, func(b *testing.B) warta.Store {
		return open(b, freshSchema(b))
	})
}
