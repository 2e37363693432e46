package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Abbreviations, lower case and without their final period. Those in
// abbrevNeverFinal precede what they qualify (a name, a number, a street)
// and so never end a sentence; those in abbrevMaybeFinal may end one, and
// do when the next word is capitalised.
var (
	abbrevNeverFinal = setOf(
		// Indonesian titles, honorifics and forms of address.
		"dr", "drs", "dra", "drg", "prof", "ir", "h", "hj", "kh", "ust", "sdr",
		"sdri", "bpk", "yth", "tn", "ny", "nn", "st", "jend", "kol", "let",
		"mayjen", "brigjen", "kapt", "pol", "s.h", "s.e", "s.t", "s.pd",
		"s.sos", "s.ip", "s.kom", "m.si", "m.m", "m.h", "m.pd", "m.sc", "m.a",
		"ph.d", "a.md",
		// Indonesian places, numbers, references and company forms.
		"jl", "jln", "kec", "kab", "kel", "ds", "no", "rt", "rw", "kp", "gg",
		"tbk", "pt", "cv", "rp", "hlm", "tgl", "a.n", "u.p", "u.b", "a.l",
		"s.d", "d.a", "vol", "bab", "ps", "psl",
		// English titles, ranks and offices.
		"mr", "mrs", "ms", "messrs", "mt", "ft", "lt", "col", "gen", "sen",
		"rep", "gov", "capt", "cmdr", "sgt", "adm", "maj", "rev", "hon", "pres",
		"supt", "insp", "det", "gen", "fr", "sr", "dept", "univ", "ave",
		"blvd", "rd", "vs", "v", "e.g", "i.e", "cf", "approx", "nos", "pp",
		"fig", "est", "ca", "al",
		// Countries and bodies written with periods, which in news mostly
		// stand before a noun ("U.S. officials").
		"u.s", "u.n", "u.k", "e.u", "u.s.a",
		// Months, Indonesian and English.
		"jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt", "ags", "aug",
		"sep", "sept", "okt", "oct", "nov", "nop", "des", "dec",
	)
	abbrevMaybeFinal = setOf(
		"dll", "dsb", "dst", "dkk", "tsb", "ybs", "etc", "a.m", "p.m", "inc",
		"ltd", "co", "corp", "jr", "bros", "plc",
	)
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Sentences splits s into sentences and returns their byte spans, with
// surrounding white space left out. A sentence ends at a newline, always,
// and at ".", "!", "?" or an ellipsis ("...", "…") that is followed by
// white space and then by something other than a lower-case letter, unless
// the period closes an abbreviation, an initial ("Daniel K. Inouye") or a
// list number at the start of a sentence ("1. Pertama"). Closing quotes and
// brackets after the end mark ("katanya.”") belong to the sentence they
// close. A period inside a token, as in "1.5", "13.21 WIB" or "kompas.com",
// ends nothing.
func Sentences(s string) []Span {
	var spans []Span
	start := 0
	emit := func(end int) {
		sp, ok := trimSpan(s, start, end)
		start = end
		if !ok {
			return
		}
		// A stray end mark (". ." in scraped text) joins the sentence
		// before it on the same line.
		if n := len(spans); n > 0 && !isWordToken(sp.Text(s)) &&
			strings.IndexByte(s[spans[n-1].End:sp.Start], '\n') < 0 {
			spans[n-1].End = sp.End
			return
		}
		spans = append(spans, sp)
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c == '\n' {
			emit(i)
			i++
			continue
		}
		size := endMarkSize(s, i)
		if size == 0 {
			i++
			continue
		}
		// Gather the run of end marks and closing punctuation.
		j := i + size
		for j < len(s) {
			if n := endMarkSize(s, j); n > 0 {
				j += n
			} else if n := closerSize(s, j); n > 0 {
				j += n
			} else {
				break
			}
		}
		if j < len(s) && !isSpaceAt(s, j) {
			i = j // "1.5", "kompas.com", "?!x": not an end
			continue
		}
		if endsSentence(s, start, i, j) {
			emit(j)
		}
		i = j
	}
	emit(len(s))
	return spans
}

// endsSentence reports whether the end marks at s[i:j], followed by white
// space or the end of s, end the sentence that began at start.
func endsSentence(s string, start, i, j int) bool {
	// What follows: skip spaces and opening punctuation to the first
	// letter or digit. A newline ends the sentence anyway.
	k := j
	for k < len(s) && isSpaceAt(s, k) {
		if s[k] == '\n' {
			return true
		}
		_, n := utf8.DecodeRuneInString(s[k:])
		k += n
	}
	if k == len(s) {
		return true
	}
	for k < len(s) {
		n := openerSize(s, k)
		if n == 0 {
			break
		}
		k += n
	}
	next, _ := utf8.DecodeRuneInString(s[k:])
	if unicode.IsLower(next) {
		return false
	}
	// Only a single period can close an abbreviation or an initial.
	if s[i] != '.' || endMarkSize(s, i+1) > 0 && i+1 < j {
		return true
	}
	word := wordBefore(s, start, i)
	if word == "" {
		return true
	}
	lower := strings.ToLower(word)
	if abbrevMaybeFinal[lower] {
		return unicode.IsUpper(next)
	}
	if abbrevNeverFinal[lower] || isInitials(word) {
		return false
	}
	// "1. Pertama" at the start of a sentence is a list item.
	if isListNumber(word) && strings.TrimSpace(s[start:i-len(word)]) == "" {
		return false
	}
	return true
}

// wordBefore returns the token that ends at s[i], back to white space, an
// opening bracket or quote, or start.
func wordBefore(s string, start, i int) string {
	k := i
	for k > start {
		r, n := utf8.DecodeLastRuneInString(s[start:k])
		if unicode.IsSpace(r) || strings.ContainsRune("([{\"'“‘«", r) {
			break
		}
		k -= n
	}
	return s[k:i]
}

// isInitials reports whether word is one upper-case letter, or letters
// joined by periods of which none is longer than two ("J.K", "M.Si"):
// a name's initials or a degree.
func isInitials(word string) bool {
	r, n := utf8.DecodeRuneInString(word)
	if n == len(word) {
		return unicode.IsUpper(r)
	}
	if !strings.Contains(word, ".") {
		return false
	}
	for part := range strings.SplitSeq(word, ".") {
		if part == "" || utf8.RuneCountInString(part) > 2 {
			return false
		}
		for _, r := range part {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

// isListNumber reports whether word is one or two digits.
func isListNumber(word string) bool {
	if len(word) == 0 || len(word) > 2 {
		return false
	}
	for i := 0; i < len(word); i++ {
		if word[i] < '0' || word[i] > '9' {
			return false
		}
	}
	return true
}

// endMarkSize returns the byte length of the sentence end mark at s[i]
// (".", "!", "?", "…"), or 0.
func endMarkSize(s string, i int) int {
	switch s[i] {
	case '.', '!', '?':
		return 1
	}
	if strings.HasPrefix(s[i:], "…") {
		return len("…")
	}
	return 0
}

// closerSize returns the byte length of the closing quote or bracket at
// s[i], or 0.
func closerSize(s string, i int) int {
	switch s[i] {
	case '"', '\'', ')', ']', '}':
		return 1
	}
	for _, q := range []string{"”", "’", "»", "›"} {
		if strings.HasPrefix(s[i:], q) {
			return len(q)
		}
	}
	return 0
}

// openerSize returns the byte length of the opening quote, bracket or dash
// at s[i], or 0.
func openerSize(s string, i int) int {
	switch s[i] {
	case '"', '\'', '(', '[', '{', '-':
		return 1
	}
	for _, q := range []string{"“", "‘", "«", "‹", "–", "—"} {
		if strings.HasPrefix(s[i:], q) {
			return len(q)
		}
	}
	return 0
}

// isSpaceAt reports whether a white-space rune starts at s[i].
func isSpaceAt(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r)
}

// trimSpan returns the span s[start:end] without surrounding white space,
// and false if nothing is left.
func trimSpan(s string, start, end int) (Span, bool) {
	for start < end {
		r, n := utf8.DecodeRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return Span{start, end}, start < end
}
