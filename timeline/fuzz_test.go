package timeline

import (
	"strings"
	"testing"
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
