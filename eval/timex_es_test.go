package eval

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/warta-news/warta/timex"
)

// TestTimexSpanishAgainstHeidelTime compares our Spanish tagger with the
// HeidelTime output that ML-Crisis ships beside its Spanish articles
// (.tokenized.timeml: automatic, not gold), on every third article, with
// the folder date as the anchor. It is a development check, not a score:
// most disagreements are HeidelTime's ("Oriente Próximo", "la primavera
// árabe", navigation text), and dd.mm.yyyy dates are ours alone.
func TestTimexSpanishAgainstHeidelTime(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(sharedData, "ml-crisis-tls", "es", "*", "*", "*.tokenized.timeml"))
	if len(files) == 0 {
		t.Skip("ML-Crisis Spanish HeidelTime files absent: skipping")
	}
	sort.Strings(files)
	var heidel, ours, relaxed, strict, value int
	for i, f := range files {
		if i%3 != 0 {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		day := filepath.Base(filepath.Dir(f))
		a, err := time.Parse("2006-01-02", day)
		if err != nil {
			continue
		}
		// The files have neither a DCT nor a TEXT element: give them both.
		src := strings.Replace(string(b), "<TimeML>", `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="`+day+`" functionInDocument="CREATION_TIME"></TIMEX3></DCT><TEXT>`, 1)
		src = strings.Replace(src, "</TimeML>", "</TEXT></TimeML>", 1)
		doc, err := ParseTimeML(src)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		tg := timex.Tagger{Now: func() time.Time { return a }}
		xs := tg.Tag(doc.Text, "es", a)
		heidel += len(doc.Timexes)
		ours += len(xs)
		used := make([]bool, len(xs))
		for _, g := range doc.Timexes {
			for j, s := range xs {
				if used[j] || s.Start >= g.End || g.Start >= s.End {
					continue
				}
				used[j] = true
				relaxed++
				if s.Start == g.Start && s.End == g.End {
					strict++
				}
				if canonicalValue(s.Value) == canonicalValue(g.Value) {
					value++
				}
				break
			}
		}
	}
	f1 := func(n int) float64 { return 2 * float64(n) / float64(heidel+ours) }
	t.Logf("ml-crisis-tls es, every third article: HeidelTime %d, ours %d; agreement F1 strict %.3f, relaxed %.3f, value %.3f",
		heidel, ours, f1(strict), f1(relaxed), f1(value))
	for name, c := range map[string]struct{ got, floor float64 }{
		"relaxed": {f1(relaxed), 0.85}, "value": {f1(value), 0.76},
	} {
		if c.got < c.floor {
			t.Errorf("agreement with HeidelTime, %s = %.3f, want >= %.2f", name, c.got, c.floor)
		}
	}
}
