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
	// capsPlace is one to four words in capitals.
	capsPlace = `\p{Lu}[\p{Lu}'.-]*(?:\s+\p{Lu}[\p{Lu}'.-]*){0,3}`
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
	// capsPair is two names in capitals, one of them an outlet written as
	// one glued word: "SENDANGREJO, KABARNUSANTARA —", "HARIANTIMUR,
	// SENDANGREJO –". Which of the two is the outlet is settled by
	// datelineKnown; alone, the place comes first, as in "JAKARTA, KOMPAS –".
	capsPair = regexp.MustCompile(`^(` + capsPlace + `)\s*,\s*(\p{Lu}[\p{Lu}\d]+)\s*(` + dash + `)`)
	// placeRegion is "SENDANGREJO, East Java —": a place in capitals and
	// the region it lies in.
	placeRegion = regexp.MustCompile(`^(` + capsPlace + `)\s*,\s*` + place + `\s*(` + dash + `)`)
	// placeDate is "JAKARTA, 3 Oktober 2024 -" and "JAKARTA, March 3, 2025 —".
	placeDate = regexp.MustCompile(`^(` + capsPlace + `)\s*,\s*(?:\d{1,2}\s+\p{L}{3,9}\.?(?:\s+\d{4})?|\p{L}{3,9}\.?\s+\d{1,2}(?:\s*,\s*\d{4})?)\s*(` + dash + `)`)
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
	if m := capsPair.FindStringSubmatchIndex(line); m != nil {
		return line[m[2]:m[3]], regionOrOutlet(line[m[4]:m[5]]), spaceAfter(line, m[7]), true
	}
	if m := placeRegion.FindStringSubmatchIndex(line); m != nil {
		return line[m[2]:m[3]], "", spaceAfter(line, m[5]), true
	}
	if m := placeDate.FindStringSubmatchIndex(line); m != nil {
		return line[m[2]:m[3]], "", spaceAfter(line, m[5]), true
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

// datelineKnown is dateline for an article whose outlet is already known
// from a banner or a byline (known may be ""). In a pair of capitalised
// names ("HARIANTIMUR, SENDANGREJO –") the one that spells the known outlet
// without its spaces is the outlet, whichever side it is on, and the outlet
// is then reported as the banner or byline writes it ("Harian Timur").
func datelineKnown(line, known string) (placeName, outlet, repaired string, ok bool) {
	if m := capsPair.FindStringSubmatchIndex(line); m != nil && known != "" {
		a, b := line[m[2]:m[3]], line[m[4]:m[5]]
		switch {
		case sameOutlet(b, known):
			return a, known, spaceAfter(line, m[7]), true
		case sameOutlet(a, known):
			return b, known, spaceAfter(line, m[7]), true
		}
	}
	p, o, repaired, ok := dateline(line)
	if ok && o != "" && known != "" && sameOutlet(o, known) {
		o = known
	}
	return p, o, repaired, ok
}

// sameOutlet reports whether a name in a dateline spells the outlet known:
// the same letters and digits, case and spaces aside ("KABARNUSANTARA" and
// "Kabar Nusantara"), or the known site's name without its domain
// ("KOMPAS" and "Kompas.com").
func sameOutlet(name, known string) bool {
	n, k := foldName(name), foldName(known)
	if n == "" {
		return false
	}
	if n == k {
		return true
	}
	base, _, hasDot := strings.Cut(known, ".")
	return hasDot && n == foldName(base)
}

// foldName keeps the letters and digits of s, lower-cased.
func foldName(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// regionWords are single words in capitals that follow a place in a
// dateline as its country or province, not as an outlet.
var regionWords = map[string]bool{
	"indonesia": true, "ri": true, "jatim": true, "jateng": true, "jabar": true, "diy": true,
	"ntt": true, "ntb": true, "sumut": true, "sumbar": true, "sumsel": true, "sulsel": true,
	"sulut": true, "kaltim": true, "kalbar": true, "kalsel": true, "kalteng": true, "kaltara": true,
	"usa": true, "us": true, "uk": true,
}

// regionOrOutlet reads the word in capitals after a dateline's place: ""
// for a country or province, else the outlet, spelt by outletName.
func regionOrOutlet(w string) string {
	if regionWords[strings.ToLower(w)] {
		return ""
	}
	return outletName(w)
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
