package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/warta-news/warta/text"
)

// token is a word or a punctuation mark of a body, with its byte span.
type token struct {
	start, end int
	text       string
	lower      string // text in lower case
	word       bool   // letters or digits; false for punctuation
	// sentStart is set on the first token of a sentence, and on the first
	// word after an opening quote or bracket that starts a sentence.
	sentStart bool
	// line is the index of the line (text between newlines) the token is on.
	line int
}

// abbreviations are words that keep their trailing full stop, so that the
// stop neither ends a sentence nor is lost from a name ("Mr. Smith",
// "Jl. Sudirman"). Lower-case keys.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true,
	"jr": true, "sr": true, "gen": true, "sen": true, "rep": true, "gov": true,
	"lt": true, "col": true, "capt": true, "sgt": true, "hj": true, "ir": true,
	"drs": true, "jl": true, "kol": true, "inc": true, "corp": true, "ltd": true,
	"co": true, "no": true, "vs": true, "mt": true, "ft": true, "brigjen": true,
	"mayjen": true, "letjen": true, "irjen": true, "kombes": true, "h": true,
}

// isWordRune reports whether r can be part of a word.
func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isApostrophe reports whether r is an apostrophe that may join a word.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// tokenize splits body into words and punctuation marks. A word holds
// letters and digits, with inner hyphens and apostrophes ("Bangsa-Bangsa",
// "O'Brien"); a possessive "'s" becomes a token of its own. Initials and
// known abbreviations keep their full stop ("K.", "U.S.", "Mr.").
func tokenize(body string) []token {
	toks := make([]token, 0, len(body)/5+1)
	line := 0
	i := 0
	for i < len(body) {
		r, size := utf8.DecodeRuneInString(body[i:])
		switch {
		case r == '\n':
			line++
			i += size
			continue
		case unicode.IsSpace(r) || r == utf8.RuneError && size <= 1 || unicode.IsControl(r):
			i += size
			continue
		case !isWordRune(r):
			toks = append(toks, token{start: i, end: i + size, text: body[i : i+size], line: line})
			i += size
			continue
		}
		j := i + size
		for j < len(body) {
			r, size := utf8.DecodeRuneInString(body[j:])
			if isWordRune(r) {
				j += size
				continue
			}
			if r == '-' || isApostrophe(r) {
				// Join only when a letter or digit follows.
				if n, _ := utf8.DecodeRuneInString(body[j+size:]); j+size < len(body) && isWordRune(n) {
					j += size
					continue
				}
			}
			if r == '.' && j+1 < len(body) {
				// "U.S.", "U.N.": a letter right after the stop continues the word
				// when the part before is a single letter.
				n, _ := utf8.DecodeRuneInString(body[j+1:])
				prev := lastSegment(body[i:j])
				if isWordRune(n) && utf8.RuneCountInString(prev) == 1 && unicode.IsUpper(n) {
					j++
					continue
				}
			}
			break
		}
		if j < len(body) && body[j] == '.' {
			w := body[i:j]
			seg := lastSegment(w)
			single := utf8.RuneCountInString(seg) == 1 && unicode.IsUpper([]rune(seg)[0])
			if single || abbreviations[strings.ToLower(w)] && startsUpper(w) {
				j++
			}
		}
		w := body[i:j]
		// Split a possessive suffix off: "Clinton’s" -> "Clinton", "’s".
		if k := possessive(w); k > 0 {
			toks = append(toks, token{start: i, end: i + k, text: w[:k], word: true, line: line})
			toks = append(toks, token{start: i + k, end: j, text: w[k:], word: true, line: line})
		} else {
			toks = append(toks, token{start: i, end: j, text: w, word: true, line: line})
		}
		i = j
	}
	// The lower-case forms that differ from the text share one buffer.
	var lows []byte
	for i := range toks {
		t := toks[i].text
		if !hasUpperOrNonASCII(t) {
			toks[i].lower = t // strings.ToLower would return t
			continue
		}
		if lows == nil {
			lows = make([]byte, 0, len(body)/4)
		}
		n := len(lows)
		lows = text.AppendLower(lows, t)
		if len(lows) > n {
			toks[i].lower = unsafe.String(&lows[n], len(lows)-n)
		}
	}
	markSentences(body, toks)
	return toks
}

// hasUpperOrNonASCII reports whether s has an upper-case ASCII letter or a
// byte beyond ASCII.
func hasUpperOrNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// lastSegment returns the part of w after its last full stop.
func lastSegment(w string) string {
	if k := strings.LastIndexByte(w, '.'); k >= 0 {
		return w[k+1:]
	}
	return w
}

// possessive returns the byte length of w without a trailing "'s" or "’s",
// or 0 when w has no such suffix.
func possessive(w string) int {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return len(w) - len(suf)
		}
	}
	return 0
}

// startsUpper reports whether s begins with an upper-case letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isOpener reports whether s is an opening quote or bracket.
func isOpener(s string) bool {
	switch s {
	case "“", "\"", "«", "„", "(", "[", "‘", "'":
		return true
	}
	return false
}

// markSentences sets sentStart on tokens that begin a sentence: the first
// token, tokens after a sentence-final mark, and the first token of a line.
// Opening quotes and brackets pass the mark on to the word they open.
func markSentences(body string, toks []token) {
	pending := true
	prevLine := -1
	for i := range toks {
		t := &toks[i]
		if t.line != prevLine {
			pending = true
			prevLine = t.line
		}
		if pending {
			t.sentStart = true
			if !t.word && isOpener(t.text) {
				continue // keep pending for the word inside
			}
			pending = false
		}
		if !t.word {
			switch t.text {
			case ".", "!", "?", "…", ":":
				pending = true
			case "–", "—":
				// A dateline dash near the start of a line: "Pyongyang – Pemimpin ...".
				if i < 4 {
					pending = true
				}
			}
		}
	}
}

// isCap reports whether a word token starts with an upper-case letter.
func (t token) isCap() bool { return t.word && startsUpper(t.text) }

// isAcronym reports whether a word is written in capitals, at least two
// letters long ("PBB", "KCNA", "U.S.").
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsLetter(r):
			return false
		}
	}
	return letters >= 2
}
