package quote

import (
	"unicode"
	"unicode/utf8"

	"github.com/warta-news/warta/text"
)

// span is a byte range [start, end) of the body.
type span struct{ start, end int }

// word is a word of the body with its byte span.
type word struct {
	start, end int
	text       string
}

// sentences splits body into sentences with package text: a sentence
// ends at every line break and at a sentence-final mark before a word that
// is not in lower case, abbreviations and initials aside.
func sentences(body string) []span {
	spans := text.Sentences(body)
	out := make([]span, len(spans))
	for i, sp := range spans {
		out[i] = span{sp.Start, sp.End}
	}
	return out
}

// words returns the words of body[start:end]: runs of letters and digits,
// with inner hyphens and apostrophes.
func words(body string, start, end int) []word {
	var out []word
	for i, j := nextWord(body, start, end); i < end; i, j = nextWord(body, j, end) {
		if out == nil {
			out = make([]word, 0, (end-i)/5+1)
		}
		out = append(out, word{i, j, body[i:j]})
	}
	return out
}

// countWords returns how many words words(body, start, end) would
// return, up to max.
func countWords(body string, start, end, max int) int {
	n := 0
	for i, j := nextWord(body, start, end); i < end && n < max; i, j = nextWord(body, j, end) {
		n++
	}
	return n
}

// nextWord returns the span of the first word of body[i:end], or end, end.
func nextWord(body string, i, end int) (int, int) {
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
		return i, j
	}
	return end, end
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
