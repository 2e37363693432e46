package text

import (
	"os"
	"path/filepath"
	"testing"
)

// seedDir holds the acceptance articles, read at run time, never copied.
const seedDir = "../../shared/seeds"

// seedNames returns the seed article files, skipping the test when absent.
func seedNames(tb testing.TB) []string {
	tb.Helper()
	names, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if len(names) == 0 {
		tb.Skipf("no seed articles under %s", seedDir)
	}
	return names
}

// seedText returns the seed articles joined, one after another.
func seedText(tb testing.TB) string {
	tb.Helper()
	var all []byte
	for _, name := range seedNames(tb) {
		b, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		all = append(append(all, b...), '\n')
	}
	return string(all)
}
