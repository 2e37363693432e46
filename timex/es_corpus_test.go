package timex

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"
)

// mlCrisisDir holds the Spanish articles of ML-Crisis, filed under their
// publication dates ({topic}/{YYYY-MM-DD}/{doc}.txt); read at run time,
// never copied.
const mlCrisisDir = "../../shared/data/ml-crisis-tls/es"

// TestTextDateSpanishCorpus dates every other Spanish ML-Crisis article
// (396 of 791) from its text alone and compares with the folder dates. Most of these
// scraped pages never write their own date, so coverage is low; what the
// test guards is that a date read from the text is right. The clock is the
// end of 2020, around when the pages were collected.
func TestTextDateSpanishCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(mlCrisisDir, "*", "*", "*.txt"))
	if len(files) == 0 {
		t.Skipf("ML-Crisis Spanish articles absent under %s: skipping", mlCrisisDir)
	}
	sort.Strings(files)
	clock := time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC)
	tg := &Tagger{Now: func() time.Time { return clock }}
	dated, exact, near := 0, 0, 0
	n := 0
	for i, f := range files {
		if i%2 == 1 {
			continue // every other article keeps the test quick
		}
		n++
		want, err := time.Parse("2006-01-02", filepath.Base(filepath.Dir(f)))
		if err != nil {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got, src, _ := tg.Date(string(b), "es", "")
		if src == "none" || got == "" {
			continue
		}
		dated++
		d := isoDay(got)
		switch diff := d.Sub(want).Hours() / 24; {
		case diff == 0:
			exact++
			near++
		case diff >= -1 && diff <= 1:
			near++
		default:
			if testing.Verbose() {
				t.Logf("%s: text says %s", f[len(mlCrisisDir)+1:], got)
			}
		}
	}
	t.Logf("ml-crisis-tls es: %d articles, dated from text %d (%.1f%%), exact %d (%.1f%% of dated), within a day %d (%.1f%% of dated)",
		n, dated, 100*float64(dated)/float64(n), exact, 100*float64(exact)/float64(max(dated, 1)), near, 100*float64(near)/float64(max(dated, 1)))
	// floors: the measured shares minus a couple of points. Many pages
	// carry the date they were scraped on (a 2020 page header) rather
	// than the date they were filed under, which caps the agreement.
	if share := float64(dated) / float64(n); share < 0.11 {
		t.Errorf("dated from text %.3f of articles, want >= 0.11", share)
	}
	if share := float64(near) / float64(max(dated, 1)); share < 0.52 {
		t.Errorf("within a day of the folder date %.3f of dated articles, want >= 0.52", share)
	}
}
