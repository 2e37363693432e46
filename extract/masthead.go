package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// mastheadLine is an outlet's name in capitals, a separator and a slogan:
// "HARIAN TIMUR — Suara dari Timur Nusantara", "WARTA PAGI | Berita
// Pilihan Hari Ini". Scrapers of print-like sites copy it above the
// headline.
var mastheadLine = regexp.MustCompile(`^(\p{Lu}[\p{Lu}\d.&'-]*(?:\s+\p{Lu}[\p{Lu}\d.&'-]*){0,3})\s*(?:[—–|·:]|--?)\s*(\S.*)$`)

// maxSloganWords is how long a masthead's slogan may be.
const maxSloganWords = 10

// masthead reads line as a masthead and returns the outlet it names. On
// its own the shape is not enough ("KPK: Tersangka Dipanggil Pekan Depan"
// is a headline), so header also asks that a headline follow it.
func masthead(line string) (outlet string, ok bool) {
	m := mastheadLine.FindStringSubmatch(line)
	if m == nil {
		return "", false
	}
	name, slogan := m[1], m[2]
	letters := 0
	for _, r := range name {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 3 || !plausiblePlace(name) {
		return "", false
	}
	if n := wordCount(slogan); n > maxSloganWords {
		return "", false
	}
	last, _ := utf8.DecodeLastRuneInString(slogan)
	if strings.ContainsRune(".,;:", last) {
		return "", false
	}
	return outletName(name), true
}
