package warta

import (
	"strings"
	"unicode"
)

// OutletKey returns the form of an outlet's name or web address that its
// spellings share, so that stages can tell whether two articles come from
// one outlet. The key is lower case, letters and digits only, and taken
// from the outlet's own label when the name is a web host: "Kompas.com",
// "www.kompas.com", "amp.kompas.com" and "https://kompas.com/read/1" are
// "kompas"; "news.detik.com", "detik.com" and "Detik" are "detik";
// "republika.co.id", "bbc.co.uk" and "kemlu.go.id" are "republika", "bbc"
// and "kemlu". A name that is no host keeps its words run together:
// "CNN Indonesia" is "cnnindonesia", "Kabar Nusantara" and
// "kabar-nusantara.example" are "kabarnusantara". OutletKey returns "" for
// an empty or unknown outlet.
//
// The keys are stored (the dedup stage keeps one per article), so the
// rules change only where they gave a domain ending in place of a name.
// OutletKey does not know brands: "detikNews" is "detiknews", not
// "detik", and "The Jakarta Post" is "thejakartapost", as is its host
// thejakartapost.com.
func OutletKey(outlet string) string {
	s := hostOf(strings.ToLower(strings.TrimSpace(outlet)))
	s = strings.TrimPrefix(s, "www.")
	s = dropPublicSuffix(s)
	for trimmed := true; trimmed; {
		trimmed = false
		for _, suf := range outletEndings {
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

// outletEndings are the endings dropped from any outlet name, host or not,
// as often as they occur: "Liputan6.com", "republika.co.id" and
// "kabar-nusantara.example". They are the rules the stored keys were made
// by; those of hosts beyond them are dropPublicSuffix's.
var outletEndings = []string{".com", ".co", ".id", ".net", ".org", ".news", ".tv", ".example"}

// hostOf returns the host of a lower-case web address
// ("https://user@news.detik.com:443/x" and "//news.detik.com/x" are
// "news.detik.com"), a host followed by a path or a port ("detik.com/news",
// "detik.com:8080") cut to the host, and any other s unchanged.
func hostOf(s string) string {
	if i := strings.Index(s, "://"); i > 0 && isScheme(s[:i]) {
		s = authority(s[i+3:])
	} else if strings.HasPrefix(s, "//") {
		s = authority(s[2:])
	} else if i := strings.IndexAny(s, "/:"); i > 0 && isHost(s[:i]) && (s[i] == '/' || isPort(s[i+1:])) {
		s = s[:i]
	}
	return s
}

// authority returns the host of the part of a web address after its
// scheme: without path, query, fragment, user or port.
func authority(s string) string {
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		s = s[:i]
	}
	if i := strings.LastIndexByte(s, '@'); i >= 0 {
		s = s[i+1:]
	}
	if i := strings.LastIndexByte(s, ':'); i >= 0 && isPort(s[i+1:]) {
		s = s[:i]
	}
	return strings.TrimSuffix(s, ".")
}

// isScheme reports whether s is a URL scheme ("https").
func isScheme(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || i > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return false
		}
	}
	return s != ""
}

// isPort reports whether s is a port number, a port's digits up to a
// path ("8080/x").
func isPort(s string) bool {
	if i := strings.IndexByte(s, '/'); i >= 0 {
		s = s[:i]
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// isHost reports whether s is written as a web host: two or more
// non-empty labels of ASCII letters, digits and hyphens.
func isHost(s string) bool {
	if !strings.Contains(s, ".") {
		return false
	}
	for label := range strings.SplitSeq(s, ".") {
		if label == "" {
			return false
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}

// dropPublicSuffix returns host s without its top-level domain and, under
// a country's domain, without the second-level one that says what kind of
// site it is ("bbc.co.uk" is "bbc", "kemlu.go.id" is "kemlu",
// "abc.net.au" is "abc"). A host is left at least its first label, and
// any s that is no host is returned unchanged.
func dropPublicSuffix(s string) string {
	if !isHost(s) {
		return s
	}
	i := strings.LastIndexByte(s, '.')
	last := s[i+1:]
	country := len(last) == 2 && isLetters(last)
	if !country && !genericDomains[last] {
		return s
	}
	s = s[:i]
	if j := strings.LastIndexByte(s, '.'); country && j >= 0 && secondLevelDomains[s[j+1:]] {
		s = s[:j]
	}
	return s
}

// isLetters reports whether s holds only ASCII letters.
func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// genericDomains are the top-level domains of more than two letters that
// outlets' hosts end in. Every two-letter one is a country's.
var genericDomains = map[string]bool{
	"com": true, "net": true, "org": true, "news": true, "example": true, "info": true, "biz": true,
	"asia": true, "media": true, "online": true, "site": true, "web": true, "xyz": true, "today": true,
	"world": true, "live": true, "press": true, "network": true, "digital": true, "global": true,
	"club": true, "top": true, "pro": true, "edu": true, "gov": true, "mil": true, "int": true,
	"name": true, "mobi": true, "app": true, "blog": true, "tech": true, "website": true,
}

// secondLevelDomains are the labels under a country's domain that say
// what kind of site a host is (Indonesia's co.id, go.id, or.id, ac.id,
// sch.id; the United Kingdom's co.uk; Australia's com.au).
var secondLevelDomains = map[string]bool{
	"co": true, "com": true, "net": true, "org": true, "or": true, "go": true, "ac": true,
	"sch": true, "gov": true, "gob": true, "edu": true, "mil": true, "web": true, "my": true,
	"biz": true, "desa": true, "ponpes": true, "ne": true, "ltd": true, "plc": true, "nic": true,
	"info": true, "news": true, "tv": true,
}
