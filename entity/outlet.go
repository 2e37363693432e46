package entity

import (
	"strings"
	"unicode"

	"github.com/warta-news/warta"
)

// Known is what is known about an article besides its text.
type Known struct {
	// Outlets are names of news outlets: the article's own (from its
	// metadata) and others the corpus holds. A name in the text that is
	// one of them, in any case and spacing ("KABARNUSANTARA" for "Kabar
	// Nusantara", "Tribunnews.com" for "Tribunnews"), is an organisation.
	Outlets []string
}

// topLevelDomains are the last labels of the web domains that news text
// names outlets by ("TRIBUNNEWS.COM", "Liputan6.com", "kompas.id").
var topLevelDomains = set(
	"com", "co", "id", "net", "org", "tv", "news", "info", "biz", "asia", "my", "sg", "uk", "us",
	"au", "io", "media", "online", "web", "example",
)

// domainAt returns the length in tokens of the web domain that starts at
// token i ("Liputan6", ".", "com"), or 0. A domain inside a web address
// or an e-mail address ("https://www.kompas.com/...", "redaksi@kompas.id")
// is no name.
func (x *extractor) domainAt(i int) int {
	toks := x.toks
	if !toks[i].word || i > 0 && toks[i-1].end == toks[i].start && !toks[i-1].word && !isOpener(toks[i-1].text) {
		return 0 // "www.", "//", "@" right before
	}
	j := i
	for j+2 < len(toks) && toks[j+1].text == "." && toks[j].end == toks[j+1].start &&
		toks[j+1].end == toks[j+2].start && toks[j+2].word {
		j += 2
	}
	if j == i || !topLevelDomains[toks[j].lower] || len(toks[i].text) < 2 {
		return 0
	}
	if j+1 < len(toks) && toks[j].end == toks[j+1].start && (toks[j+1].text == "/" || toks[j+1].text == "@") {
		return 0
	}
	return j + 1 - i
}

// isDomain reports whether name is written as a web domain.
func isDomain(name string) bool {
	i := strings.LastIndexByte(name, '.')
	return i > 0 && i < len(name)-1 && !strings.ContainsAny(name, " \t\n") &&
		topLevelDomains[strings.ToLower(name[i+1:])]
}

// domainCanonical is the form that every spelling of a domain shares:
// lower case with a capital first letter ("TRIBUNNEWS.COM" and
// "tribunnews.com" are "Tribunnews.com"); a leading "www." is dropped.
func domainCanonical(name string) string {
	s := strings.TrimPrefix(strings.ToLower(name), "www.")
	if s == "" {
		return name
	}
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// outletKeys returns the keys (warta.OutletKey) of known's outlets, nil
// when there are none. An outlet named with a leading "The" is known by
// its name without it too, as the text often drops it ("The Archipelago
// Times" and "Archipelago Times").
func outletKeys(known Known) map[string]bool {
	var m map[string]bool
	for _, o := range known.Outlets {
		o = strings.TrimSpace(o)
		names := []string{o}
		if len(o) > 4 && strings.EqualFold(o[:4], "the ") {
			names = append(names, o[4:])
		}
		for _, name := range names {
			if k := warta.OutletKey(name); len(k) >= 3 {
				if m == nil {
					m = map[string]bool{}
				}
				m[k] = true
			}
		}
	}
	return m
}

// sourceCues are the lower-case words after which a name is the outlet or
// agency a report is taken from ("dikutip dari Liputan6.com", "melansir
// Reuters", "dilansir Antara"). "dari" counts only after "dikutip",
// "dilansir" or "diberitakan".
var sourceCues = set("melansir", "dilansir", "mengutip", "diberitakan", "kantor", "berita", "via")

// sourceCue reports whether the words before token a make the name that
// starts there a source of news.
func (x *extractor) sourceCue(a int) bool {
	if a == 0 || !x.toks[a-1].word {
		return false
	}
	prev := x.toks[a-1].lower
	if prev == "dari" && a > 1 && x.toks[a-2].word {
		switch x.toks[a-2].lower {
		case "dikutip", "dilansir", "diberitakan", "dilaporkan":
			return true
		}
		return false
	}
	if prev == "berita" {
		return a > 1 && x.toks[a-2].lower == "kantor"
	}
	return sourceCues[prev] && prev != "kantor"
}

// reportVerbs are the verbs after a name that make it an outlet or agency
// ("Yonhap melaporkan", "Reuters reported").
var reportVerbs = set("melaporkan", "memberitakan", "mewartakan", "reported", "reports")

// outletHeads open the names of newspapers, magazines and stations
// ("Harian Kompas", "Suara Merdeka", "Radio Elshinta"); outletTails close
// them ("Jawa Pos", "Lintas Berita", "Metro TV", "Jakarta Post").
var (
	outletHeads = set("Harian", "Koran", "Majalah", "Tabloid", "Radio", "Televisi", "Warta", "Kabar",
		"Suara", "Tribun", "Radar")
	outletTails = set("Pos", "Post", "Berita", "News", "TV", "Daily", "Times", "Tribune", "Online",
		"Today", "Herald", "Gazette", "Pers")
)

// typeOutlets types as organisations the mentions that the article's
// context names as outlets, that look like outlets' names, or that cues
// make the source of a report.
func (x *extractor) typeOutlets(ms []mention, outlets map[string]bool) {
	for i := range ms {
		m := &ms[i]
		if m.typ == warta.EntityOrg {
			continue
		}
		text := x.text(m.a, m.b)
		n := m.b - m.a
		switch {
		case outlets[warta.OutletKey(text)]:
		case m.typ == warta.EntityLoc && m.strong:
			continue // a place our lists or cues know
		case n >= 2 && (outletHeads[x.toks[m.a].text] || outletTails[x.toks[m.b-1].text]):
		case m.strong && m.typ != "":
			continue // typed by a title, a list or a speech cue
		case x.sourceCue(m.a) && !x.titled(m.a):
		case m.b < len(x.toks) && reportVerbs[x.toks[m.b].lower]:
		default:
			continue
		}
		m.typ, m.strong = warta.EntityOrg, true
	}
}

// titled reports whether a title stands right before token a ("Presiden").
func (x *extractor) titled(a int) bool {
	return a > 0 && (titleHeads[x.toks[a-1].text] || titleTails[x.toks[a-1].text])
}
