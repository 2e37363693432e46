package entity

import (
	"strings"
	"unicode"

	"github.com/warta-news/warta"
)

// Canonical returns a copy of entities, the mentions of one article, with
// the Canonical field filled in so that aliases within the article merge:
//
//   - a name our lists know takes the list's canonical form for lang:
//     "Korut", "DPRK", "RDRK" and "Republik Demokratik Rakyat Korea" become
//     "Korea Utara" ("North Korea" for "en"); "AS" becomes "Amerika Serikat";
//     "PBB" becomes "Perserikatan Bangsa-Bangsa"; "Tiongkok" becomes "China";
//   - an acronym right after a longer name whose initials it spells
//     ("Pusat Studi Nonproliferasi (PSN)") is that name's alias, everywhere
//     in the article;
//   - a person's shorter mention whose words are all words of one longer
//     person mention maps to the longer one ("Kim" to "Kim Jong Un",
//     "Putin" to "Vladimir Putin"). When several longer names fit, a name
//     from our list of well-known people wins, then the more frequent, then
//     the first in the text;
//   - an organisation's mention that begins a longer organisation mention
//     maps to it ("Stimson" to "Stimson Center");
//   - a person named by one word that is the family name of exactly one
//     person in our short list of well-known people, and by no longer name
//     in the article, takes that full name ("Putin" to "Vladimir Putin");
//   - spellings that differ only in case and hyphens ("Kim Il-sung",
//     "Kim Il Sung") share the first one's form.
//
// Places never merge by shared words: "Korea" is not "Korea Utara".
func Canonical(entities []warta.Entity, lang string) []warta.Entity {
	out := make([]warta.Entity, len(entities))
	copy(out, entities)
	if len(out) == 0 {
		return out
	}
	listed := make([]bool, len(out))
	spelling := map[string]string{} // folded form -> first spelling
	for i := range out {
		text := strings.Join(strings.Fields(out[i].Text), " ")
		if k := names.lookup(text); k != nil {
			out[i].Canonical = k.canonical(lang)
			listed[i] = true
			continue
		}
		if isDomain(text) {
			out[i].Canonical = domainCanonical(text)
			continue
		}
		key := fold(text)
		if s, ok := spelling[key]; ok {
			text = s
		} else {
			spelling[key] = text
		}
		out[i].Canonical = text
	}

	// Acronyms defined right after their expansion.
	acronym := map[string]string{}
	for i := 1; i < len(out); i++ {
		short, long := out[i], out[i-1]
		if listed[i] || !isAcronym(short.Text) || strings.Contains(short.Text, " ") {
			continue
		}
		if gap := short.Start - long.End; gap < 1 || gap > 3 {
			continue
		}
		if spells(short.Text, long.Text) {
			acronym[short.Text] = long.Canonical
		}
	}

	// Shorter person and organisation mentions.
	type longName struct {
		canonical string
		words     []string
		count     int
		first     int
		typ       string
	}
	var longs []*longName
	byCanon := map[string]*longName{}
	// canonWords holds the words of each person's and organisation's
	// canonical name, for both loops.
	canonWords := make([][]string, len(out))
	for i, e := range out {
		if listed[i] || (e.Type != warta.EntityPerson && e.Type != warta.EntityOrg) {
			continue
		}
		ws := words(e.Canonical)
		canonWords[i] = ws
		if len(ws) < 2 {
			continue
		}
		if l := byCanon[e.Canonical]; l != nil {
			l.count++
			continue
		}
		l := &longName{canonical: e.Canonical, words: ws, count: 1, first: i, typ: e.Type}
		byCanon[e.Canonical] = l
		longs = append(longs, l)
	}
	resolved := map[string]string{}
	for i := range out {
		e := &out[i]
		if listed[i] {
			continue
		}
		if c, ok := acronym[e.Text]; ok {
			e.Canonical = c
			continue
		}
		if c, ok := resolved[e.Canonical]; ok {
			e.Canonical = c
			continue
		}
		if e.Type != warta.EntityPerson && e.Type != warta.EntityOrg {
			continue // no longer name stands for a place
		}
		ws := canonWords[i]
		var best *longName
		for _, l := range longs {
			if l.canonical == e.Canonical || len(l.words) <= len(ws) {
				continue
			}
			switch e.Type {
			case warta.EntityPerson:
				if l.typ != warta.EntityPerson || !subset(ws, l.words) {
					continue
				}
			case warta.EntityOrg:
				if l.typ != warta.EntityOrg || !prefix(ws, l.words) {
					continue
				}
			default:
				continue
			}
			if best == nil || better(l.canonical, l.count, l.first, best.canonical, best.count, best.first) {
				best = l
			}
		}
		if best != nil {
			resolved[e.Canonical] = best.canonical
			e.Canonical = best.canonical
		} else if full, ok := surnames[e.Canonical]; ok && e.Type == warta.EntityPerson {
			e.Canonical = full
		}
	}
	return out
}

// surnames maps the last word of each well-known person's name to the full
// name, leaving out words that two of them share.
var surnames = func() map[string]string {
	m := map[string]string{}
	seen := map[string]int{}
	for full := range knownPersons {
		ws := strings.Fields(full)
		last := ws[len(ws)-1]
		seen[last]++
		m[last] = full
	}
	for w, n := range seen {
		if n > 1 {
			delete(m, w)
		}
	}
	return m
}()

// better reports whether long name a beats long name b as the expansion of
// a short mention.
func better(a string, aCount, aFirst int, b string, bCount, bFirst int) bool {
	if knownPersons[a] != knownPersons[b] {
		return knownPersons[a]
	}
	if aCount != bCount {
		return aCount > bCount
	}
	return aFirst < bFirst
}

// fold returns s lower-cased with hyphens as spaces, for comparing spellings.
func fold(s string) string {
	return strings.Join(words(s), " ")
}

// words splits a name into lower-case words at spaces and hyphens.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '‐'
	})
}

// subset reports whether every word of short is a word of long.
func subset(short, long []string) bool {
	for _, w := range short {
		found := false
		for _, l := range long {
			if w == l {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// prefix reports whether short is the first words of long.
func prefix(short, long []string) bool {
	if len(short) > len(long) {
		return false
	}
	for i := range short {
		if short[i] != long[i] {
			return false
		}
	}
	return true
}

// spells reports whether acronym spells the initials of name's words, in
// order, starting with the first word ("PBB", "Perserikatan Bangsa-Bangsa";
// "AS", "Amerika Serikat"). Words in lower case may be skipped.
func spells(acronym, name string) bool {
	var initials []rune
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' }) {
		r := []rune(w)[0]
		initials = append(initials, unicode.ToUpper(r))
	}
	var letters []rune
	for _, r := range acronym {
		if unicode.IsLetter(r) {
			letters = append(letters, unicode.ToUpper(r))
		}
	}
	if len(letters) < 2 || len(initials) == 0 || letters[0] != initials[0] {
		return false
	}
	j := 0
	for _, r := range initials {
		if j < len(letters) && r == letters[j] {
			j++
		}
	}
	return j == len(letters)
}
