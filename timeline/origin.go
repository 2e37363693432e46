package timeline

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/text"
)

// Attribution cues. A cue before the source ("mengutip KCNA", "according to
// Reuters") is followed, after a few describing words ("media pemerintah",
// "kantor berita", "the state news agency"), by the source's name; a cue
// after it ("Yonhap melaporkan", "Reuters reported") follows the name.
var (
	cueBefore = regexp.MustCompile(`(?i)\b(?:mengutip|dikutip dari|seperti dikutip|dilansir dari|dilansir|melansir|menurut|berdasarkan laporan|seperti dilaporkan|dilaporkan|lapor|laporan|according to|citing|cited by|quoted by|as reported by|reported by|told|según|citando|informó|informa)\b`)
	cueAfter  = regexp.MustCompile(`(?i)^\s*(?:melaporkan|memberitakan|mewartakan|menulis|reported|reports|said in a report|informó|informa)\b`)
)

// describing words that may stand between a cue and the source's name.
var describing = map[string]bool{
	"media": true, "pemerintah": true, "negara": true, "kantor": true, "berita": true,
	"agensi": true, "situs": true, "laman": true, "surat": true, "kabar": true, "harian": true,
	"stasiun": true, "televisi": true, "resmi": true, "corong": true, "dari": true, "the": true,
	"state": true, "official": true, "news": true, "agency": true, "outlet": true, "newspaper": true,
	"broadcaster": true, "daily": true, "wire": true, "service": true, "a": true, "an": true, "la": true,
	"el": true, "agencia": true, "diario": true, "de": true, "prensa": true, "oficial": true,
	"estatal": true, "intelijen": true, "yang": true, "dikelola": true, "run": true,
}

// nameNoise are capitalised words that start sentences or describe, not
// name, a source.
var nameNoise = map[string]bool{
	"Kantor": true, "Berita": true, "Media": true, "The": true, "News": true, "Agency": true,
	"Agencia": true, "La": true, "El": true, "Pemerintah": true,
}

// attribution returns the sources that sentence s credits, nearest first:
// "Menurut Yonhap News, mengutip media pemerintah Korea Utara KCNA" gives
// [Yonhap News, KCNA]. known holds the article's place names, which are
// dropped from the front of a name ("Korea Selatan Yonhap"), and its
// people, who are speakers, not sources ("menurut Andika").
func attribution(s string, known knownNames) []string {
	type found struct {
		at   int
		name string
	}
	var out []found
	for _, m := range cueBefore.FindAllStringIndex(s, -1) {
		if name := nameAfter(s[m[1]:], known); name != "" {
			out = append(out, found{m[0], name})
		}
	}
	// Names followed by a reporting verb.
	for _, run := range capitalRuns(s) {
		if cueAfter.MatchString(s[run[1]:]) {
			// A capitalised function word starts a sentence: "Dia melaporkan".
			if name := cleanName(s[run[0]:run[1]], known); name != "" && !functionWord(name) {
				out = append(out, found{run[0], name})
			}
		}
	}
	// In text order; the same source once.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].at < out[j-1].at; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	var names []string
	seen := map[string]bool{}
	for _, f := range out {
		k := originKey(f.name)
		if !seen[k] {
			seen[k] = true
			names = append(names, f.name)
		}
	}
	return names
}

// nameAfter returns the source named at the start of s, after describing
// words, or "" when s goes on with something else ("menurut para ahli").
func nameAfter(s string, known knownNames) string {
	i := 0
	for skipped := 0; skipped < 6; skipped++ {
		for i < len(s) && (s[i] == ' ' || s[i] == ',' || s[i] == ':') {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != ',' && s[j] != '.' {
			j++
		}
		w := s[i:j]
		if w == "" {
			return ""
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			break
		}
		if !describing[strings.ToLower(w)] {
			return ""
		}
		i = j
	}
	runs := capitalRuns(s[i:])
	if len(runs) == 0 || runs[0][0] != 0 {
		return ""
	}
	return cleanName(s[i:i+runs[0][1]], known)
}

// capitalRuns returns the spans of the runs of capitalised words in s
// ("Korea Utara KCNA", "Yonhap News").
func capitalRuns(s string) [][2]int {
	var runs [][2]int
	start, end := -1, -1
	i := 0
	for i < len(s) {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != ',' && s[j] != ';' {
			j++
		}
		if i == j {
			if j < len(s) { // a comma or semicolon ends the run
				if start >= 0 {
					runs = append(runs, [2]int{start, end})
				}
				start = -1
				i++
				continue
			}
			break
		}
		w := strings.TrimRight(s[i:j], ".:”\"')")
		r, _ := utf8.DecodeRuneInString(w)
		capital := w != "" && (unicode.IsUpper(r) || unicode.IsDigit(r) && start >= 0)
		if capital {
			if start < 0 {
				start = i
			}
			end = i + len(w)
		}
		if !capital || len(w) < j-i || j < len(s) && s[j] != ' ' { // a lower-case word or punctuation ends the run
			if start >= 0 {
				runs = append(runs, [2]int{start, end})
			}
			start = -1
		}
		i = j
	}
	if start >= 0 {
		runs = append(runs, [2]int{start, end})
	}
	return runs
}

// cleanName drops place names and describing words from the front of a run
// of capitalised words; an acronym in the run ("Korea Utara KCNA") is the
// name.
func cleanName(run string, known knownNames) string {
	words := strings.Fields(run)
	for i, w := range words {
		if len(w) >= 3 && strings.ToUpper(w) == w && strings.IndexFunc(w, unicode.IsLetter) >= 0 && i > 0 {
			return w
		}
	}
	for len(words) > 0 {
		dropped := false
		if nameNoise[words[0]] {
			words, dropped = words[1:], true
		}
		for n := min(3, len(words)); n >= 1 && !dropped; n-- {
			if known.places[strings.ToLower(strings.Join(words[:n], " "))] && n < len(words) {
				words, dropped = words[n:], true
			}
		}
		if !dropped {
			break
		}
	}
	for len(words) > 0 && calendarWords[strings.ToLower(words[len(words)-1])] {
		words = words[:len(words)-1] // "CNBC Rabu"
	}
	if len(words) == 0 || len(words) > 4 {
		return ""
	}
	name := strings.Join(words, " ")
	lower := strings.ToLower(name)
	if known.places[lower] || calendarWords[lower] {
		return ""
	}
	if known.persons[lower] && !known.outlets[warta.OutletKey(name)] {
		return "" // "menurut Andika Pratama", or "menurut Andika" after it
	}
	return name
}

// knownNames are an article's names that are not sources: places, and
// people's names, whole and by their single words; and the names of the
// storyline's outlets, which are sources even when the entity stage took
// one for a person.
type knownNames struct {
	places, persons, outlets map[string]bool
}

// calendarWords are weekday and month names, which follow attribution cues
// as often as sources do ("menurut Antara, Kamis").
var calendarWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni
		juli agustus september oktober november desember monday tuesday wednesday thursday friday saturday sunday
		january february march may june july august october december lunes martes miércoles jueves viernes sábado
		domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre`) {
		calendarWords[w] = true
	}
}

// originKey is the form of a source's name that two mentions of it share:
// lower case, without "news", "berita" or "kantor berita".
func originKey(name string) string {
	var kept []string
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch w {
		case "news", "berita", "kantor", "agency", "the", ".com":
			continue
		}
		kept = append(kept, strings.TrimSuffix(w, ".com"))
	}
	return strings.Join(kept, " ")
}

// addOutletKeys adds to keys the keys (warta.OutletKey) an outlet is known
// by: that of its name, and of its name without a leading "The", which
// the text often drops ("The Archipelago Times", "Archipelago Times").
func addOutletKeys(keys map[string]bool, outlet string) {
	outlet = strings.TrimSpace(outlet)
	names := []string{outlet}
	if len(outlet) > 4 && strings.EqualFold(outlet[:4], "the ") {
		names = append(names, outlet[4:])
	}
	for _, name := range names {
		if k := warta.OutletKey(name); k != "" {
			keys[k] = true
		}
	}
}

// namesOf returns the lower-cased place names and people's names (whole
// and by word) of an article; outlets holds the keys (addOutletKeys) of the
// storyline's outlets, whose names are never taken for people's.
func namesOf(a *warta.Article, outlets map[string]bool) knownNames {
	k := knownNames{places: map[string]bool{}, persons: map[string]bool{}, outlets: outlets}
	for _, e := range a.Entities {
		switch e.Type {
		case warta.EntityLoc:
			k.places[strings.ToLower(e.Text)] = true
			if e.Canonical != "" {
				k.places[strings.ToLower(e.Canonical)] = true
			}
		case warta.EntityPerson:
			// A person's full name, and its words: one of them alone is
			// that person named again.
			if outlets[warta.OutletKey(e.Text)] || outlets[warta.OutletKey(e.Canonical)] {
				continue
			}
			if !strings.Contains(strings.TrimSpace(e.Text), " ") && !afterCue(a.Body, e.Start) {
				// A name of one word is a person's when the article names
				// it elsewhere than right after an attribution cue: the
				// entity stage takes an unknown word after "menurut" for a
				// person, and it may be an outlet.
				k.persons[strings.ToLower(e.Text)] = true
			}
			for _, name := range []string{e.Text, e.Canonical} {
				if words := strings.Fields(strings.ToLower(name)); len(words) > 1 {
					k.persons[strings.ToLower(name)] = true
					for _, w := range words {
						k.persons[w] = true
					}
				}
			}
		}
	}
	return k
}

// functionWord reports whether name is a single Indonesian or English
// stopword, capitalised at the start of a sentence.
func functionWord(name string) bool {
	w := text.Fold(name)
	return !strings.Contains(w, " ") && (text.Stopword("id", w) || text.Stopword("en", w))
}

// afterCue reports whether the attribution cue before a source's name
// ("menurut", "according to") ends right before byte start of body.
func afterCue(body string, start int) bool {
	if start < 0 || start > len(body) {
		return false
	}
	before := strings.TrimRight(body[max(0, start-32):start], " ")
	for _, m := range cueBefore.FindAllStringIndex(before, -1) {
		if m[1] == len(before) {
			return true
		}
	}
	return false
}
