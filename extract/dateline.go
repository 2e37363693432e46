package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A dateline opens the lead paragraph with the place (and often the outlet)
// of the report: "JAKARTA, KOMPAS.com -", "Liputan6.com, Jakarta -",
// "TRIBUNNEWS.COM, MOSKOW –", "CIANJUR, Indonesia, Nov 22 (Reuters) -",
// "Pyongyang – ...". The shapes below are tried in that order.
var (
	// site is an outlet written as a domain: Liputan6.com, REPUBLIKA.CO.ID.
	site = `[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}]{2,6}){1,2}`
	// place is one to four capitalised words.
	place = `\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,3}`
	// dash separates the dateline from the text.
	dash = `(?:--|[-–—])`

	// outletPlace is "Liputan6.com, Jakarta -" (the separator may be missing: see gluedPlace).
	outletPlace = regexp.MustCompile(`^(` + site + `)\s*,\s*(` + place + `?)\s*(` + dash + `)`)
	// outletGlued is "Liputan6.com, JakartaKita ...": a scraper dropped the separator.
	outletGlued = regexp.MustCompile(`^(` + site + `)\s*,\s*(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll})`)
	// placeOutlet is "JAKARTA, KOMPAS.com -".
	placeOutlet = regexp.MustCompile(`^(` + place + `)\s*,\s*(` + site + `)\s*(` + dash + `)`)
	// outletOnly is "KOMPAS.com -".
	outletOnly = regexp.MustCompile(`^(` + site + `)\s*(` + dash + `)`)
	// agency is "CIANJUR, Indonesia, Nov 22 (Reuters) -".
	agency = regexp.MustCompile(`^(` + place + `)\s*,[^()]{0,60}?\((\p{Lu}[\p{L}]{1,15})\)\s*(` + dash + `)`)
	// placeOnly is "Pyongyang – ", "JAKARTA- ".
	placeOnly = regexp.MustCompile(`^(` + place + `)(\s*(?:--|[–—])|\s+-|-\s)`)
)

// dateline reads the dateline at the start of line. It returns the place,
// the outlet (if the dateline names one), and the line repaired where a
// scraper glued the place to the first word ("Liputan6.com, JakartaKita"
// becomes "Liputan6.com, Jakarta - Kita") or dropped the space after the
// dash ("Jakarta -Harga" becomes "Jakarta - Harga").
func dateline(line string) (placeName, outlet, repaired string, ok bool) {
	if m := outletPlace.FindStringSubmatchIndex(line); m != nil {
		return line[m[4]:m[5]], outletName(line[m[2]:m[3]]), spaceAfter(line, m[7]), true
	}
	if m := outletGlued.FindStringSubmatchIndex(line); m != nil {
		rest := line[m[6]:]
		return line[m[4]:m[5]], outletName(line[m[2]:m[3]]), line[:m[5]] + " - " + rest, true
	}
	if m := placeOutlet.FindStringSubmatchIndex(line); m != nil {
		return line[m[2]:m[3]], outletName(line[m[4]:m[5]]), spaceAfter(line, m[7]), true
	}
	if m := agency.FindStringSubmatchIndex(line); m != nil {
		return line[m[2]:m[3]], outletName(line[m[4]:m[5]]), spaceAfter(line, m[7]), true
	}
	if m := outletOnly.FindStringSubmatchIndex(line); m != nil {
		return "", outletName(line[m[2]:m[3]]), spaceAfter(line, m[5]), true
	}
	if m := placeOnly.FindStringSubmatchIndex(line); m != nil {
		p := line[m[2]:m[3]]
		if plausiblePlace(p) && len(line) > m[5] {
			return p, "", spaceAfter(line, m[5]), true
		}
	}
	return "", "", line, false
}

// spaceAfter inserts a space at i when the text there starts right after
// the dateline's dash without one.
func spaceAfter(line string, i int) string {
	if i >= len(line) {
		return line
	}
	r, _ := utf8.DecodeRuneInString(line[i:])
	if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '"' || r == '“' {
		return line[:i] + " " + line[i:]
	}
	return line
}

// plausiblePlace rejects words that open sentences with a dash but are no
// place: a lone "Update –" or "Catatan –".
func plausiblePlace(p string) bool {
	switch strings.ToLower(p) {
	case "update", "catatan", "note", "editor", "breaking", "live", "video", "foto", "photo", "opini", "opinion":
		return false
	}
	return true
}
