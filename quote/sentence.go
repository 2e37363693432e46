package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a byte range [start, end) of the body.
type span struct{ start, end int }

// word is a word of the body with its byte span.
type word struct {
	start, end int
	text       string
}

// shortWords keep their full stop without ending a sentence. Lower-case.
var shortWords = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true,
	"sr": true, "gen": true, "sen": true, "rep": true, "gov": true, "lt": true, "col": true,
	"capt": true, "sgt": true, "jl": true, "no": true, "vs": true, "inc": true, "corp": true,
	"co": true, "u.s": true, "u.n": true, "h": true, "hj": true, "ir": true, "drs": true,
	"kol": true, "sept": true, "jan": true, "feb": true, "aug": true, "oct": true, "nov": true,
	"dec": true, "e.g": true, "i.e": true, "a.m": true, "p.m": true,
}

// closers may follow a sentence-final mark and still belong to the sentence.
func isCloser(r rune) bool {
	switch r {
	case '"', '”', '’', '\'', ')', ']', '»':
		return true
	}
	return false
}

// sentences splits body into sentences: a sentence ends at ".", "!", "?"
// or "…" (with any closing quotes and brackets after it) before a space, and
// at every line break. A full stop after an initial or a known abbreviation
// does not end a sentence. Leading and trailing spaces are left out.
func sentences(body string) []span {
	var out []span
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e {
			r, n := utf8.DecodeRuneInString(body[s:])
			if !unicode.IsSpace(r) {
				break
			}
			s += n
		}
		for e > s {
			r, n := utf8.DecodeLastRuneInString(body[:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= n
		}
		if s < e {
			out = append(out, span{s, e})
		}
	}
	for i := 0; i < len(body); {
		r, n := utf8.DecodeRuneInString(body[i:])
		switch {
		case r == '\n':
			emit(i)
			start = i + n
		case r == '.' || r == '!' || r == '?' || r == '…':
			j := i + n
			for j < len(body) {
				c, m := utf8.DecodeRuneInString(body[j:])
				if !isCloser(c) && c != '.' && c != '!' && c != '?' {
					break
				}
				j += m
			}
			next, _ := utf8.DecodeRuneInString(body[j:])
			if j < len(body) && !unicode.IsSpace(next) {
				break
			}
			if r == '.' && j == i+n && abbreviationBefore(body[start:i]) {
				break
			}
			emit(j)
			start = j
			i = j
			continue
		}
		i += n
	}
	emit(len(body))
	return out
}

// abbreviationBefore reports whether s ends with an initial or a known
// abbreviation, so that a full stop after it does not end a sentence.
func abbreviationBefore(s string) bool {
	k := strings.LastIndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' })
	w := s[k+1:]
	if k >= 0 {
		_, n := utf8.DecodeRuneInString(s[k:])
		w = s[k+n:]
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return shortWords[strings.ToLower(w)]
}

// words returns the words of body[start:end]: runs of letters and digits,
// with inner hyphens and apostrophes.
func words(body string, start, end int) []word {
	var out []word
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(body[i:end])
		if !isWordRune(r) {
			i += n
			continue
		}
		j := i + n
		for j < end {
			r, n := utf8.DecodeRuneInString(body[j:end])
			if isWordRune(r) {
				j += n
				continue
			}
			if r == '-' || r == '\'' || r == '’' {
				if c, _ := utf8.DecodeRuneInString(body[j+n : end]); j+n < end && isWordRune(c) {
					j += n
					continue
				}
			}
			break
		}
		out = append(out, word{i, j, body[i:j]})
		i = j
	}
	return out
}

// isWordRune reports whether r is part of a word.
func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// sentenceAt returns the index of the sentence that holds byte offset pos,
// or the last sentence that starts before it.
func sentenceAt(sents []span, pos int) int {
	lo, hi := 0, len(sents)
	for lo < hi {
		mid := (lo + hi) / 2
		if sents[mid].start <= pos {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return max(lo-1, 0)
}
