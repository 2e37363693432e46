package timex

import "testing"

func TestFirstBytes(t *testing.T) {
	for _, c := range []struct {
		pattern string
		yes, no string
	}{
		{`^(?:\bkemarin|besok)`, "kb", "aK1 "},
		{`^(?:\b(?:hari\s+)?(?P<wd>senin|selasa))`, "hs", "ab("},
		{`^(?:(?:\bhingga|-|–)\s*\d)`, "h-\xe2", "a1"},
		{`^(?:\d{1,2}[.:]\d\d)`, "0123456789", "a."},
		{`^(?:x?)`, "ab1", ""}, // may match empty: every byte allowed
	} {
		set := firstBytes(c.pattern)
		for i := 0; i < len(c.yes); i++ {
			if !set[c.yes[i]] {
				t.Errorf("firstBytes(%q)[%q] = false, want true", c.pattern, c.yes[i])
			}
		}
		for i := 0; i < len(c.no); i++ {
			if set[c.no[i]] {
				t.Errorf("firstBytes(%q)[%q] = true, want false", c.pattern, c.no[i])
			}
		}
	}
}
