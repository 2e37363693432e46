package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// headlineLike reports whether line, on its own, could be a Title Case
// headline: headlineShape, with most long words capitalised. Whether it is
// the headline also depends on what follows it (see header); this judges
// the line alone so that the decision is the same when Text runs again on
// its own output.
func headlineLike(line string) bool {
	return headlineShape(line) && capitalizedShare(line) >= 0.5
}

// maxSentenceHeadlineWords is how long a sentence-case headline may be.
// English sites (and some Indonesian ones) write headlines as sentences
// ("Mount Kawiloka trails reopen as the last evacuees head home"); a short
// line without a final period is one only where the layout says so.
const maxSentenceHeadlineWords = 16

// sentenceHeadline reports whether line could be a headline written in
// sentence case: headlineShape and short.
func sentenceHeadline(line string) bool {
	return headlineShape(line) && wordCount(line) <= maxSentenceHeadlineWords
}

// headlineShape reports whether line has the shape of a headline: three to
// twenty words, no final period, one sentence, starting with a capital, a
// digit or a quote, and not opening with a dateline.
func headlineShape(line string) bool {
	n := wordCount(line)
	if n < 3 || n > 20 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	switch last {
	case '.', ',', ';', ':', '-', '–', '—', '…', '(':
		return false
	case '"', '”', '’', '\'':
		trimmed := strings.TrimRight(line, "\"”’'")
		if p, _ := utf8.DecodeLastRuneInString(trimmed); p == '.' || p == ',' {
			return false
		}
	}
	first, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !strings.ContainsRune("\"“'‘", first) {
		return false
	}
	// Two sentences are a paragraph, not a headline, also when a scraper
	// lost the space after the period ("United.Tapi"); a photo caption
	// ends its sentence before the credit ("... (11/9/2024). (Foto: ...)").
	for i := 0; i+1 < len(line); i++ {
		if line[i] != '.' && line[i] != '!' && line[i] != '?' {
			continue
		}
		j := i + 1
		if line[j] == ' ' {
			j++
		}
		r, _ := utf8.DecodeRuneInString(line[j:])
		if (unicode.IsUpper(r) || (r == '(' && j > i+1)) && !abbreviationBefore(line[:i]) {
			return false
		}
	}
	if _, _, _, ok := dateline(line); ok {
		return false
	}
	return true
}

// abbreviationBefore reports whether the text before a period ends with a
// short capitalised abbreviation ("Dr", "St", "U.S") rather than a sentence.
func abbreviationBefore(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	w := s[i+1:]
	if !isCapitalized(w) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '.' {
			return false
		}
	}
	return utf8.RuneCountInString(w) <= 3 || strings.Contains(w, ".")
}

// capitalizedShare is the share of capitalised words among the words of
// four letters or more: headlines are mostly Title Case, sentences are not.
// A line with no such word counts as capitalised.
func capitalizedShare(line string) float64 {
	long, capital := 0, 0
	for _, w := range strings.Fields(line) {
		w = strings.TrimLeft(w, "\"“‘'([")
		letters := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters < 4 {
			continue
		}
		long++
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			capital++
		}
	}
	if long == 0 {
		return 1
	}
	return float64(capital) / float64(long)
}

// bodyLike reports whether line reads as body text: a paragraph that ends
// a sentence, or a long one.
func bodyLike(line string) bool {
	if headlineLike(line) {
		return false
	}
	if wordCount(line) >= 20 {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(line, "\"”’') "))
	return last == '.' || last == '!' || last == '?'
}

// Kinds of date words.
const (
	dateWeekday = iota + 1
	dateMonth
	dateOther
)

// dateWords are the words a date line may hold besides numbers.
var dateWords = buildDateWords()

func buildDateWords() map[string]int {
	m := make(map[string]int)
	add := func(kind int, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = kind
		}
	}
	add(dateWeekday, "senin selasa rabu kamis jumat jum'at sabtu minggu monday tuesday wednesday "+
		"thursday friday saturday sunday mon tue wed thu fri sat sun")
	add(dateMonth, "januari februari maret april mei juni juli agustus september oktober november desember "+
		"january february march may june july august october december "+
		"jan feb mar apr jun jul agu agt aug sep sept okt oct nov des dec")
	add(dateOther, "wib wita wit gmt utc am pm pukul jam diperbarui dipublikasikan diterbitkan terbit "+
		"published updated posted on at")
	return m
}

// dateLine reports whether line is only a date or timestamp
// ("Rabu, 19 Juni 2024 10:00 WIB", "Diperbarui 17 Jun 2025, 17:00 WIB",
// "19/06/2025, 09:12 WIB").
func dateLine(line string) bool {
	sep := func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",|()-–—", r)
	}
	// Count the fields first, stopping past twelve: most lines are
	// paragraphs, which need not be split.
	n, in := 0, false
	for _, r := range line {
		if sep(r) {
			in = false
		} else if !in {
			in = true
			if n++; n > 12 {
				return false
			}
		}
	}
	if n < 2 {
		return false
	}
	fields := strings.FieldsFunc(line, sep)
	year, month, number := false, false, false
	for _, f := range fields {
		f = strings.Trim(f, ".:")
		if f == "" {
			continue
		}
		if isNumeric(f) {
			number = true
			if len(f) == 4 || strings.ContainsAny(f, ".:/") {
				year = true
			}
			continue
		}
		switch dateWords[strings.ToLower(f)] {
		case dateMonth:
			month = true
		case dateWeekday, dateOther:
		default:
			return false
		}
	}
	return number && (year || month)
}

// isNumeric reports whether s is digits with ".", ":" or "/" between them.
func isNumeric(s string) bool {
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '.' || r == ':' || r == '/':
		default:
			return false
		}
	}
	return digits > 0
}
