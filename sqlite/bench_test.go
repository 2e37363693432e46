package sqlite

import (
	"path/filepath"
	"testing"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/storetest"
)

func BenchmarkStore(b *testing.B) {
	storetest.Benchmark(b, func(b *testing.B) warta.Store {
		return open(b, filepath.Join(b.TempDir(), "warta.db"))
	})
}
