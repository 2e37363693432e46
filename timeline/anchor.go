package timeline

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/text"
)

// Anchors are what a sentence tells in a form that does not depend on its
// language, so that an Indonesian and an English account of one
// happening can be matched: the words of the names in it ("@sst",
// "P:hendra"), its numbers with their scale and unit normalised
// ("12.418" and "12,418" are "#12418"; "Rp 4,2 triliun" and "4.2
// trillion" are "#4.2e+12"; "12 persen" and "12 percent" are "#12%"),
// the values of its other time expressions ("T:P2M" for "dua bulan" and
// "two months") and short names in quotation marks.
const (
	// minAnchorShare is the share of the smaller of two sentences' anchor
	// weight that they must share to tell one happening.
	minAnchorShare = 0.5
	// minAnchorWeight is the least weight the shared anchors must have:
	// a name every article of the storyline carries weighs nothing.
	minAnchorWeight = 0.3
)

// weakAnchor prefixes the words of the names of people and places. They
// alone do not anchor a happening: a spokesman speaks of many things, and
// much happens in one place.
const weakAnchor = "P:"

// numberRe matches a number with its thousands and decimal marks and an
// optional scale or unit word after it.
var numberRe = regexp.MustCompile(`(?i)(\d+(?:[.,]\d+)*)(?:\s*(%|persen|percent|per cent|por ciento|ribu|thousand|juta|million|millones|miliar|milyar|billion|triliun|trillion))?`)

// scales are the words that multiply a number.
var scales = map[string]float64{
	"ribu": 1e3, "thousand": 1e3, "juta": 1e6, "million": 1e6, "millones": 1e6,
	"miliar": 1e9, "milyar": 1e9, "billion": 1e9, "triliun": 1e12, "trillion": 1e12,
}

// numberWords are the small numbers written as words, which translations
// keep as words ("dua unit derek", "two container cranes").
var numberWords = map[string]int{
	"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10,
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
}

// quotedName matches a short name in quotation marks.
var quotedName = regexp.MustCompile(`["“]([\p{Lu}\d][^"“”]{1,40})["”]`)

// sentenceAnchors returns the anchors of sentence sp of a, leaving out the
// time expression own (the date the sentence is placed at).
func sentenceAnchors(a *warta.Article, sp, own text.Span) map[string]bool {
	out := map[string]bool{}
	if sp.End <= sp.Start {
		return out
	}
	s := []byte(a.Body[sp.Start:sp.End])
	blank := func(start, end int) {
		for i := max(start, sp.Start); i < min(end, sp.End); i++ {
			s[i-sp.Start] = ' '
		}
	}
	for _, t := range a.Timexes {
		if t.Start < sp.Start || t.End > sp.End || t.Start >= t.End {
			continue
		}
		blank(t.Start, t.End)
		if t.Start == own.Start && t.End == own.End || t.Value == "" {
			continue
		}
		out["T:"+t.Value] = true
	}
	for _, e := range a.Entities {
		if e.Start < sp.Start || e.End > sp.End || e.Start >= e.End {
			continue
		}
		blank(e.Start, e.End)
		name := e.Canonical
		if name == "" {
			name = e.Text
		}
		prefix := "@"
		if e.Type == warta.EntityPerson || e.Type == warta.EntityLoc {
			prefix = weakAnchor
		}
		for _, w := range strings.FieldsFunc(text.Fold(name), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if len(w) > 1 && !text.Stopword("id", w) && !text.Stopword("en", w) {
				out[prefix+w] = true
			}
		}
	}
	body := string(s)
	for _, m := range quotedName.FindAllStringSubmatch(body, -1) {
		if n := len(strings.Fields(m[1])); n >= 1 && n <= 4 {
			out["Q:"+text.Fold(strings.TrimRight(m[1], " ,."))] = true
		}
	}
	for _, m := range numberRe.FindAllStringSubmatchIndex(body, -1) {
		if m[0] > 0 && (isWordByte(body[m[0]-1])) || m[1] < len(body) && isLetterByte(body[m[1]]) {
			continue // part of a word or code ("A320", "6th")
		}
		v, ok := parseNumber(body[m[2]:m[3]], a.Language)
		if !ok {
			continue
		}
		unit := ""
		if m[4] >= 0 {
			w := strings.ToLower(body[m[4]:m[5]])
			if f, ok := scales[w]; ok {
				v *= f
			} else {
				unit = "%"
			}
		}
		out["#"+strconv.FormatFloat(v, 'g', -1, 64)+unit] = true
	}
	for _, w := range strings.Fields(strings.ToLower(body)) {
		if n, ok := numberWords[strings.Trim(w, ",.;:()\"“”")]; ok {
			out["#"+strconv.Itoa(n)] = true
		}
	}
	return out
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func isLetterByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// parseNumber reads a number written in lang's convention: English
// groups thousands with commas and marks decimals with a full stop;
// Indonesian, Spanish and most others do the reverse. A mark followed by
// other than three digits is a decimal mark whatever the language.
func parseNumber(s, lang string) (float64, bool) {
	thousands, decimal := ".", ","
	if lang == "en" {
		thousands, decimal = ",", "."
	}
	groups := strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == ',' })
	if len(groups) == 2 && len(groups[1]) != 3 {
		// "4,2" or "4.2": one mark and not a thousands group.
		s = groups[0] + "." + groups[1]
	} else {
		s = strings.ReplaceAll(s, thousands, "")
		s = strings.ReplaceAll(s, decimal, ".")
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil && !math.IsInf(v, 0)
}

// anchorMatch returns how well m's anchors agree with those of e's
// mentions: the best, over e's mentions, of the weight they share with m
// over the smaller of the two weights, or 0 when the shared weight is
// below minAnchorWeight.
func (b *builder) anchorMatch(m mention, e *entry) float64 {
	wm := b.anchorWeight(m.anchors, nil)
	if wm == 0 {
		return 0
	}
	best := 0.0
	for _, o := range e.mentions {
		wo := b.anchorWeight(o.anchors, nil)
		if wo == 0 {
			continue
		}
		shared := b.anchorWeight(m.anchors, o.anchors)
		if shared < minAnchorWeight || !b.telling(m.anchors, o.anchors) {
			continue
		}
		best = max(best, shared/min(wm, wo))
	}
	return best
}

// anchorWeight sums the weights of the anchors in x (that are also in y,
// when y is not nil).
func (b *builder) anchorWeight(x, y map[string]bool) float64 {
	w := 0.0
	for k := range x {
		if y == nil || y[k] {
			w += b.aidf[k]
		}
	}
	return w
}

// telling reports whether x and y share a weighty anchor other than the
// name of a person or place.
func (b *builder) telling(x, y map[string]bool) bool {
	for k := range x {
		if y[k] && b.aidf[k] > 0 && !strings.HasPrefix(k, weakAnchor) {
			return true
		}
	}
	return false
}
