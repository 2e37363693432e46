package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/warta-news/warta"
)

// mention is a candidate entity: a span of tokens [a, b) and its type, ""
// while unknown.
type mention struct {
	a, b   int
	typ    string
	strong bool // typed by a list or a cue, not by a guess
	// initial marks an untyped single word that opens a sentence: it is kept
	// only when the rest of the article shows it is a name.
	initial bool
	// lead marks an untyped name that opens a sentence.
	lead bool
}

// extractor holds one body's tokens and what the article says about words.
type extractor struct {
	body string
	lang string
	toks []token
	// lower holds words that the article also writes in lower case: at the
	// start of a sentence such a word is a common word, not a name.
	lower map[string]bool
}

// Extract finds person, organisation and place mentions in body (language
// "id", "en" or other) and returns them in text order with their canonical
// names filled in (see Canonical).
//
// Names are runs of capitalised words, split by our lists of known places and
// organisations and typed by cue words around them: titles before a person
// ("Presiden", "Menteri Luar Negeri", "Mr."), words that open or close an
// organisation's name ("Kementerian", "Center"), place words ("Kota", "di"),
// speech verbs ("kata", "said") and appositions (", seorang profesor").
// A capitalised word that opens a sentence counts only when the article
// shows elsewhere that it is a name. Headline-like lines, where almost every
// word is capitalised, yield only names the rest of the article knows.
// Offsets are byte offsets into body.
func Extract(body, lang string) []warta.Entity {
	return ExtractKnown(body, lang, Known{})
}

// ExtractKnown is Extract with what is known about the article besides
// its text. Web domains ("TRIBUNNEWS.COM", "Liputan6.com") are
// organisations, and so are names that known names as outlets, names
// made like outlets' ("Harian Timur", "Jawa Pos") and names that cues
// make the source of a report ("dikutip dari", "melansir", "kantor
// berita").
func ExtractKnown(body, lang string, known Known) []warta.Entity {
	if body == "" {
		return nil
	}
	x := &extractor{body: body, lang: lang, toks: splitCompounds(tokenize(body))}
	x.lower = lowerWords(x.toks)
	headline := x.headlineLines()

	var ms []mention
	for a := 0; a < len(x.toks); {
		if n := x.domainAt(a); n > 0 {
			ms = append(ms, mention{a: a, b: a + n, typ: warta.EntityOrg, strong: true})
			a += n
			continue
		}
		if headline[x.toks[a].line] || !x.nameWord(a) {
			a++
			continue
		}
		b := x.runEnd(a)
		for k := a + 1; k < b; k++ {
			if x.domainAt(k) > 0 {
				b = k // "Portal Tribunnews.com"
				break
			}
		}
		ms = x.segment(ms, a, b)
		a = b
	}
	x.typeOutlets(ms, outletKeys(known))
	ms = x.resolve(ms)
	ms = append(ms, x.headlineMentions(headline, ms)...)
	slices.SortFunc(ms, func(p, q mention) int { return p.a - q.a })

	ents := make([]warta.Entity, 0, len(ms))
	for _, m := range ms {
		if m.typ == "" {
			continue
		}
		start, end := x.toks[m.a].start, x.toks[m.b-1].end
		ents = append(ents, warta.Entity{Text: body[start:end], Type: m.typ, Start: start, End: end})
	}
	ents = Canonical(ents, lang)
	harmonise(ents)
	return ents
}

// splitCompounds splits hyphenated words whose parts are both words of known
// names ("Korut-Rusia", "Utara-China") into the parts and the hyphen.
func splitCompounds(toks []token) []token {
	var out []token // nil until a compound is split
	for i, t := range toks {
		if !t.word || !strings.Contains(t.text, "-") {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		parts := strings.Split(t.text, "-")
		ok := len(parts) > 1
		for _, p := range parts {
			if !names.tokens[p] {
				ok = false
				break
			}
		}
		if !ok {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		if out == nil {
			out = make([]token, i, len(toks)+8)
			copy(out, toks[:i])
		}
		pos := t.start
		for i, p := range parts {
			if i > 0 {
				out = append(out, token{start: pos, end: pos + 1, text: "-", line: t.line})
				pos++
			}
			out = append(out, token{start: pos, end: pos + len(p), text: p, word: true, line: t.line, sentStart: t.sentStart && i == 0})
			pos += len(p)
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// lowerWords returns the set of words written in lower case.
func lowerWords(toks []token) map[string]bool {
	m := make(map[string]bool, len(toks)/2)
	for _, t := range toks {
		if t.word && !t.isCap() {
			m[t.text] = true
		}
	}
	return m
}

// headlineLines returns the lines that look like headlines or menus: at least
// four words, 70% of them capitalised, and no full stop at the end unless
// the line is the first of several (a title).
func (x *extractor) headlineLines() map[int]bool {
	if len(x.toks) == 0 {
		return nil
	}
	lines := x.toks[len(x.toks)-1].line + 1
	words, caps := make([]int, lines), make([]int, lines)
	last := make([]string, lines)
	for _, t := range x.toks {
		last[t.line] = t.text
		if !t.word || len(t.text) < 2 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(t.text); unicode.IsDigit(r) {
			continue
		}
		words[t.line]++
		if t.isCap() {
			caps[t.line]++
		}
	}
	var out map[int]bool
	for line := range words {
		if words[line] >= 4 && caps[line]*10 >= words[line]*7 && (last[line] != "." || line == x.toks[0].line && lines > line+1) {
			if out == nil {
				out = map[int]bool{}
			}
			out[line] = true
		}
	}
	return out
}

// nameWord reports whether token i can be part of a name: a capitalised
// word, or an Arabic-style name with a lower-case article ("al-Assad").
func (x *extractor) nameWord(i int) bool {
	t := x.toks[i]
	if !t.word {
		return false
	}
	if monthsAndDays[t.lower] {
		return false
	}
	if t.isCap() {
		return true
	}
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "bin-"} {
		if strings.HasPrefix(t.text, p) && startsUpper(t.text[len(p):]) {
			return true
		}
	}
	return false
}

// runEnd returns the end of the run of name words starting at a. Name
// particles ("bin", "van") join two name words; "of", "for", "dan", "and"
// join them inside organisation names and titles.
func (x *extractor) runEnd(a int) int {
	b := a + 1
	orgRun := orgHeads[x.toks[a].text]
	for b < len(x.toks) && x.toks[b].line == x.toks[a].line {
		if x.nameWord(b) && !x.toks[b].sentStart {
			b++
			continue
		}
		// One or two particles between names: "bin", "von der".
		p := b
		for p < len(x.toks) && p-b < 2 && x.toks[p].word && nameParticles[x.toks[p].text] {
			p++
		}
		if p > b && p < len(x.toks) && x.nameWord(p) && x.toks[p].line == x.toks[a].line {
			b = p + 1
			continue
		}
		if b+1 < len(x.toks) && x.toks[b].word && x.nameWord(b+1) {
			w := x.toks[b].text
			prev := x.toks[b-1].text
			joins :=
				(w == "of" || w == "for" || w == "on" || w == "untuk") && (orgHeads[prev] || orgTails[prev] || titleHeads[prev] || titleTails[prev] || placeHeads[prev] || prev == "Republic") ||
					(w == "dan" || w == "and" || w == "&") && orgRun && !orgHeads[x.toks[b+1].text] // not "... dan Dinas ..."
			if joins {
				b += 2
				continue
			}
		}
		break
	}
	return b
}

// segment splits the run [a, b) into mentions and appends them to ms.
func (x *extractor) segment(ms []mention, a, b int) []mention {
	toks := x.toks
	initial := toks[a].sentStart
	// Drop leading function words and, at a sentence start, common words
	// that the article also writes in lower case ("Hubungan Korea Utara").
	for a < b {
		w := toks[a].text
		surname := eastAsianSurnames[w] && a+1 < b && !stopCaps[toks[a+1].lower]
		lw := toks[a].lower
		if stopCaps[lw] && x.gazAt(a, b) == 0 && !surname {
			// A name right after "Menurut" or "Namun" is mid-sentence in effect.
			a++
			initial = false
			continue
		}
		if initial && (x.lower[lw] || commonWords[lw]) && !x.cueWord(w) && x.gazAt(a, b) == 0 {
			a++
			continue
		}
		break
	}
	// Trailing connectors are never part of a name.
	for b > a && !x.nameWord(b-1) {
		b--
	}
	if a >= b {
		return ms
	}
	// Titles: "Presiden", "Menteri Luar Negeri", "Secretary of State".
	person := false
	if titleHeads[toks[a].text] {
		for a < b && (titleHeads[toks[a].text] || titleTails[toks[a].text] || toks[a].text == "of") {
			a++
		}
		person = true
		initial = false
		if a >= b {
			return ms
		}
	}
	if n := x.gazAt(a, b); n == b-a {
		return append(ms, mention{a: a, b: b, typ: names.lookup(x.text(a, b)).typ, strong: true})
	}
	first, last := toks[a].text, toks[b-1].text
	switch {
	case orgHeads[first] && b-a > 1:
		return append(ms, mention{a: a, b: b, typ: warta.EntityOrg, strong: true})
	case placeHeads[first] && b-a > 1:
		return append(ms, mention{a: a, b: b, typ: warta.EntityLoc, strong: true})
	case orgTails[last] && b-a > 1:
		return append(ms, mention{a: a, b: b, typ: warta.EntityOrg, strong: true})
	}
	out, base := ms, len(ms)
	u := a // start of the pending unknown segment
	flush := func(end int) {
		// A title after a place: "Saudi Crown Prince Mohammed bin Salman".
		for u < end && titleHeads[toks[u].text] {
			for u < end && (titleHeads[toks[u].text] || titleTails[toks[u].text]) {
				u++
			}
			person = true
		}
		if u < end {
			out = append(out, x.typeUnknown(u, end, person, initial && u == a))
			person = false
		}
	}
	for i := a; i < b; {
		if i > a && orgHeads[toks[i].text] && i+1 < b && x.gazAt(i, b) == 0 {
			// "DPP Partai Demokrat": an organisation's name inside the run.
			flush(i)
			out = append(out, mention{a: i, b: b, typ: warta.EntityOrg, strong: true})
			u = b
			break
		}
		if n := x.gazAt(i, b); n > 0 {
			flush(i)
			typ := names.lookup(x.text(i, i+n)).typ
			for typ == warta.EntityLoc && i+n < b && placeSuffixes[toks[i+n].text] {
				n++ // "Sumatera Selatan", "Jakarta Pusat"
			}
			out = append(out, mention{a: i, b: i + n, typ: typ, strong: true})
			i += n
			u = i
			continue
		}
		i++
	}
	flush(b)
	if len(out) == base+1 && out[base].typ == "" && placeTails[last] && b-a > 1 {
		out[base].typ, out[base].strong = warta.EntityLoc, true
	}
	return out
}

// cueWord reports whether w is a title, or opens a place or organisation name.
func (x *extractor) cueWord(w string) bool {
	return titleHeads[w] || orgHeads[w] || placeHeads[w] || firstNames[w] || outletHeads[w]
}

// text returns the body text of tokens [a, b).
func (x *extractor) text(a, b int) string {
	return x.body[x.toks[a].start:x.toks[b-1].end]
}

// gazAt returns the length in tokens of the longest listed name that starts
// at token i and ends by b, or 0.
func (x *extractor) gazAt(i, b int) int {
	for n := min(names.maxLen, b-i); n > 0; n-- {
		if names.lookup(x.text(i, i+n)) != nil {
			return n
		}
	}
	return 0
}

// typeUnknown types the name [a, b) that no list knows, from its form and
// the words around it.
func (x *extractor) typeUnknown(a, b int, afterTitle, initial bool) mention {
	m := mention{a: a, b: b}
	toks := x.toks
	first := toks[a].text
	n := b - a
	switch {
	case afterTitle && !(n == 1 && isAcronym(first) && utf8.RuneCountInString(first) > 2):
		m.typ = warta.EntityPerson
	case eastAsianSurnames[first] && n >= 2 && n <= 3:
		m.typ = warta.EntityPerson
	case firstNames[first] && n >= 2:
		m.typ = warta.EntityPerson
	}
	prevWord := ""
	if a > 0 && toks[a-1].word {
		prevWord = toks[a-1].lower
	}
	if n == 1 && (orgHeads[first] || orgTails[first] || placeHeads[first] || titleHeads[first]) {
		// A cue word alone ("Program", "Kantor") names nothing.
		m.initial = true
		return m
	}
	if m.typ == "" && n == 1 && isAcronym(first) && !isRoman(first) && utf8.RuneCountInString(first) > 2 {
		// Unknown acronyms in news are mostly organisations ("PKB", "OECD").
		m.typ = warta.EntityOrg
		m.strong = true
		return m
	}
	if m.typ == "" && prevWord == "menurut" {
		m.typ = warta.EntityPerson
	}
	if m.typ == "" && initial && n == 1 && b < len(toks) && toks[b].word && x.subjectVerb(toks[b].text) {
		m.typ = warta.EntityPerson
	}
	if m.typ == "" && a > 0 && toks[a-1].word {
		prev := toks[a-1].lower
		prev2 := ""
		if a > 1 && toks[a-2].word {
			prev2 = toks[a-2].lower
		}
		switch {
		case prev2 == "kantor" && prev == "berita", prev == "agency" && prev2 == "news":
			m.typ = warta.EntityOrg
		case personCuesBefore[prev]:
			m.typ = warta.EntityPerson
		case orgCuesBefore[prev]:
			m.typ = warta.EntityOrg
		case placeCuesBefore[prev] && !(prev == "kota" && prev2 == "ibu"):
			m.typ = warta.EntityLoc
		}
	}
	if m.typ == "" && b+1 < len(toks) {
		next := toks[b].text
		after := toks[b+1].lower
		switch {
		case next == "," && personCuesAfter[after] && n >= 2:
			m.typ = warta.EntityPerson
		case speechVerbsAfter[toks[b].lower] && n >= 2:
			m.typ = warta.EntityPerson
		}
	}
	if m.typ != "" {
		// A preposition is a weak cue: "ke Kim" is still a person when the
		// article names Kim Jong Un.
		m.strong = !placeCuesBefore[x.toks[max(a-1, 0)].lower]
		return m
	}
	m.initial = initial && n == 1
	m.lead = initial
	return m
}

// isRoman reports whether w is a Roman numeral ("II", "XIV").
func isRoman(w string) bool {
	return strings.Trim(w, "IVXLC") == ""
}

// subjectVerb reports whether w, right after a sentence-initial word, reads
// as that word's verb or auxiliary.
func (x *extractor) subjectVerb(w string) bool {
	if verbWordsAfter[w] || speechVerbsAfter[w] {
		return true
	}
	if x.lang == "en" {
		return false
	}
	for _, p := range verbPrefixes {
		if strings.HasPrefix(w, p) && len(w) > len(p)+3 {
			return true
		}
	}
	return false
}

// resolve types the mentions that no cue typed: a name the article types
// elsewhere takes that type; a single word that begins or ends a typed name
// takes its type ("Putin" after "Vladimir Putin"); other names of two or
// more words are taken for people, and other single words are dropped.
func (x *extractor) resolve(ms []mention) []mention {
	bySurface := map[string]typeVotes{}
	byPart := map[string]typeVotes{}
	add := func(m map[string]typeVotes, k, typ string) {
		v := m[k]
		v.add(typ, 1)
		m[k] = v
	}
	for _, m := range ms {
		if m.typ == "" || !m.strong {
			continue
		}
		add(bySurface, x.text(m.a, m.b), m.typ)
		if m.b-m.a > 1 {
			add(byPart, x.toks[m.a].text, m.typ)
			add(byPart, x.toks[m.b-1].text, m.typ)
		}
	}
	// Untyped names that occur both mid-sentence and sentence-initially
	// vouch for each other.
	midSentence := map[string]bool{}
	for _, m := range ms {
		if m.typ == "" && !m.initial {
			midSentence[x.text(m.a, m.b)] = true
		}
	}
	x.coordinate(ms)
	out := ms[:0]
	for _, m := range ms {
		if m.b-m.a == 1 && !m.strong && m.typ != "" && byPart[x.text(m.a, m.b)].any() {
			m.typ = byPart[x.text(m.a, m.b)].vote()
		}
		if m.typ == "" && m.lead && m.b-m.a > 1 {
			// "Kunjungan Putin ...": a sentence-initial common word before a
			// name the article knows.
			rest := x.text(m.a+1, m.b)
			if bySurface[rest].any() {
				m.a++
				m.typ = bySurface[rest].vote()
			} else if m.b-m.a == 2 && byPart[rest].any() {
				m.a++
				m.typ = byPart[rest].vote()
			}
		}
		if m.typ == "" {
			s := x.text(m.a, m.b)
			switch {
			case bySurface[s].any():
				m.typ = bySurface[s].vote()
			case m.b-m.a == 1 && byPart[s].any():
				m.typ = byPart[s].vote()
			case m.b-m.a > 1:
				m.typ = warta.EntityPerson
			case m.initial && surnames[s] != "":
				// The family name of a well-known person: "Trump, speaking ...".
				m.typ = warta.EntityPerson
			case m.initial && !midSentence[s]:
				// A lone sentence-initial word with no support: not a name.
			case isAcronym(s) && utf8.RuneCountInString(s) <= 2:
				// "KL", "II": too short to guess.
			default:
				m.typ = loneWordType
			}
		}
		if m.typ != "" {
			out = append(out, m)
		}
	}
	return out
}

// coordinate gives an untyped or weakly typed name the type of a strongly
// typed name it is listed with ("Guinea, Liberia, Nigeria, dan Sierra
// Leone").
func (x *extractor) coordinate(ms []mention) {
	// A comma alone may be an apposition ("Partai Golkar, Jusuf Kalla"),
	// so it links only inside a list that ends with a conjunction.
	linked := func(p, q mention, comma bool) bool {
		gap := x.toks[p.b:q.a]
		switch len(gap) {
		case 1:
			w := gap[0].lower
			return comma && w == "," || w == "dan" || w == "and" || w == "serta" || w == "atau" || w == "or"
		case 2:
			w := gap[1].lower
			return gap[0].text == "," && (w == "dan" || w == "and" || w == "serta" || w == "atau" || w == "or")
		}
		return false
	}
	for pass := 0; pass < 2; pass++ {
		for i := range ms {
			if ms[i].strong {
				continue
			}
			before := i > 0 && ms[i-1].b <= ms[i].a && linked(ms[i-1], ms[i], false)
			after := i+1 < len(ms) && ms[i].b <= ms[i+1].a && linked(ms[i], ms[i+1], false)
			inList := i > 0 && i+1 < len(ms) && ms[i-1].b <= ms[i].a && ms[i].b <= ms[i+1].a &&
				linked(ms[i-1], ms[i], true) && linked(ms[i], ms[i+1], true)
			if (before || inList) && ms[i-1].strong {
				ms[i].typ, ms[i].strong = ms[i-1].typ, true
			} else if (after || inList) && ms[i+1].strong {
				ms[i].typ, ms[i].strong = ms[i+1].typ, true
			}
		}
	}
}

// loneWordType is the type given to a capitalised word in mid-sentence that
// nothing else types.
const loneWordType = warta.EntityPerson

// typeVotes counts mentions by type: person, organisation, place, and
// any other type.
type typeVotes [4]int

// voteTypes are the types that typeVotes counts, in the order of their
// counts and of preference on ties.
var voteTypes = [3]string{warta.EntityPerson, warta.EntityOrg, warta.EntityLoc}

// add counts n mentions of type typ.
func (v *typeVotes) add(typ string, n int) {
	for k, t := range voteTypes {
		if t == typ {
			v[k] += n
			return
		}
	}
	v[len(voteTypes)] += n
}

// any reports whether a mention of any type was counted.
func (v typeVotes) any() bool { return v != typeVotes{} }

// vote returns the most frequent type, preferring person, then
// organisation, then place on ties, or "" if none was counted.
func (v typeVotes) vote() string {
	best, n := "", 0
	for k, t := range voteTypes {
		if v[k] > n {
			best, n = t, v[k]
		}
	}
	return best
}

// headlineMentions finds, on headline-like lines, the names that the rest of
// the article typed and the names our lists know, longest first.
func (x *extractor) headlineMentions(headline map[int]bool, ms []mention) []mention {
	if len(headline) == 0 {
		return nil
	}
	typed := map[string]string{}
	maxLen := names.maxLen
	for _, m := range ms {
		typed[x.text(m.a, m.b)] = m.typ
		maxLen = max(maxLen, m.b-m.a)
	}
	// A person's first or last word stands for the person in a headline
	// ("Kim Puji ...", "... Kunjungan Putin").
	for _, m := range ms {
		if m.typ == warta.EntityPerson && m.b-m.a > 1 {
			for _, w := range []string{x.toks[m.a].text, x.toks[m.b-1].text} {
				if _, ok := typed[w]; !ok {
					typed[w] = warta.EntityPerson
				}
			}
		}
	}
	covered := map[int]bool{} // tokens of names found already (web domains)
	for _, m := range ms {
		for i := m.a; i < m.b; i++ {
			covered[i] = true
		}
	}
	var out []mention
	for i := 0; i < len(x.toks); {
		t := x.toks[i]
		if !headline[t.line] || !x.nameWord(i) || covered[i] {
			i++
			continue
		}
		end := i
		for end < len(x.toks) && x.toks[end].line == t.line && end-i < maxLen {
			end++
		}
		found := 0
		for n := end - i; n > 0 && found == 0; n-- {
			s := x.text(i, i+n)
			if !x.nameWord(i + n - 1) {
				continue
			}
			if typ, ok := typed[s]; ok {
				out = append(out, mention{a: i, b: i + n, typ: typ, strong: true})
				found = n
			} else if k := names.lookup(s); k != nil {
				out = append(out, mention{a: i, b: i + n, typ: k.typ, strong: true})
				found = n
			}
		}
		if found == 0 && firstNames[t.text] {
			// A byline: "Laporan Wartawan Tribunnews.com Namira Yunia Lestanti".
			n := 1
			for i+n < len(x.toks) && n < 4 && x.toks[i+n].line == t.line && x.toks[i+n].isCap() &&
				!commonWords[x.toks[i+n].lower] && !stopCaps[x.toks[i+n].lower] &&
				names.lookup(x.toks[i+n].text) == nil {
				n++
			}
			if n >= 2 {
				out = append(out, mention{a: i, b: i + n, typ: warta.EntityPerson, strong: true})
				found = n
			}
		}
		i += max(found, 1)
	}
	return out
}

// harmonise gives every mention of one canonical name the type most of its
// mentions have, so that "Kim" and "Kim Jong Un" agree.
func harmonise(ents []warta.Entity) {
	counts := make(map[string]typeVotes, len(ents))
	for _, e := range ents {
		w := 1
		if e.Text == e.Canonical {
			w = 2 // the full name speaks loudest
		}
		v := counts[e.Canonical]
		v.add(e.Type, w)
		counts[e.Canonical] = v
	}
	for i := range ents {
		ents[i].Type = counts[ents[i].Canonical].vote()
	}
}
