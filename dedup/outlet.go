package dedup

import (
	"strings"
	"unicode"

	"github.com/warta-news/warta"
)

// outletSuffixes are the domain endings dropped from an outlet's name, so
// that "liputan6.com", "Liputan6" and "www.liputan6.com" are one outlet.
var outletSuffixes = []string{".com", ".co", ".id", ".net", ".org", ".news", ".tv", ".example"}

// outletKey returns the comparable form of an outlet name: lower case, the
// web domain's name without "www." and its endings, letters and digits
// only ("news.detik.com" and "Detik" are "detik", "Kabar Nusantara" and
// "kabar-nusantara.example" are "kabarnusantara"). It returns "" for an
// unknown outlet.
func outletKey(outlet string) string {
	s := strings.ToLower(strings.TrimSpace(outlet))
	s = strings.TrimPrefix(s, "www.")
	for trimmed := true; trimmed; {
		trimmed = false
		for _, suf := range outletSuffixes {
			if len(s) > len(suf) && strings.HasSuffix(s, suf) {
				s, trimmed = s[:len(s)-len(suf)], true
			}
		}
	}
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		s = s[i+1:]
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// rewriteAllowed reports whether a and b may be a rewrite pair: not when
// one outlet published both. A rewrite is two outlets' wording of one
// source report; an outlet's own follow-up stories reuse its background
// paragraphs, and its repackagings ("Top 3") are copies or separate
// stories, not rewrites. Exact and near copies are found whatever the
// outlet.
func rewriteAllowed(a, b *warta.Article) bool {
	ka := outletKey(a.Outlet)
	return ka == "" || ka != outletKey(b.Outlet)
}
