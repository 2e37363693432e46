package timeline

import (
	"strings"
	"testing"

	"github.com/warta-news/warta"
)

// FuzzAttribution checks that any text gives names that occur in it, and
// no panic.
func FuzzAttribution(f *testing.F) {
	for _, s := range []string{
		"Menurut Yonhap News, mengutip media pemerintah Korea Utara KCNA, Kim mengatakan.",
		"Reuters reported that", "according to  , ", "mengutip", "Mengutip Warta Pagi, Rabu (11/9/2024)",
		"lapor kantor berita \xff\xfe Interfax", "menurut \u00a0Ä Ö",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, name := range attribution(s, knownNames{places: map[string]bool{"korea utara": true}, persons: map[string]bool{"kim": true}}) {
			for _, w := range strings.Fields(name) {
				if !strings.Contains(s, w) {
					t.Errorf("attribution(%q) names %q, which is not in the text", s, name)
				}
			}
		}
	})
}

// FuzzParsePeriod checks that a parsed period runs forwards.
func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"2024-06-19", "2024-W53", "2024-Q4", "1961", "2024-02", "0000", "2024-W00", "2024-13"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, ok := parsePeriod(s)
		if ok && p.end.Before(p.start) {
			t.Errorf("parsePeriod(%q) = %v … %v, ends before it starts", s, p.start, p.end)
		}
	})
}

// FuzzBuild builds timelines from arbitrary bodies with annotations at
// arbitrary offsets, as a damaged store might hold them: no panic, and
// every evidence span lies in its article.
func FuzzBuild(f *testing.F) {
	f.Add("Putin tiba pada Selasa (18/6/2024). Perjanjian 1961 diganti.", "2024-06-18", 16, 34, "1961", 47, 51, 0, 5, "2024-06-18")
	f.Add("x", "2024", -3, 90, "2024-W99", 0, 1, 4, 2, "")
	f.Fuzz(func(t *testing.T, body, v1 string, s1, e1 int, v2 string, s2, e2, es, ee int, published string) {
		a := &warta.Article{ID: "a", Body: body, Language: "id", Published: published,
			Timexes: []warta.Timex{
				{Value: v1, Type: warta.TimexDate, Start: s1, End: e1},
				{Value: v2, Type: warta.TimexTime, Start: s2, End: e2},
			},
			Entities: []warta.Entity{{Text: "X", Type: warta.EntityPerson, Start: es, End: ee}},
			Quotes:   []warta.Quote{{Start: es, End: ee}},
		}
		b := &warta.Article{ID: "b", Body: body + " " + body, Language: "en", Timexes: a.Timexes}
		story := warta.Storyline{ID: "s", Events: []warta.Event{{ID: "e", Date: published, Articles: []string{"a", "b", "missing"}}}}
		tl := Build(story, map[string]*warta.Article{"a": a, "b": b}, []warta.ReportGroup{{Articles: []string{"a", "b"}}})
		for _, ev := range tl.Events {
			for _, e := range ev.Evidence {
				n := len(a.Body)
				if e.Article == "b" {
					n = len(b.Body)
				}
				if e.Start < 0 || e.End > n || e.Start > e.End {
					t.Errorf("evidence %+v is not a span of %s (%d bytes)", e, e.Article, n)
				}
			}
		}
	})
}
