package timeline

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/warta-news/warta/text"
)

// Cue words that put what a sentence says in the future: announcements,
// plans and expectations. Indonesian, English and Spanish; matched as whole
// words, case-insensitively.
var futureCue = regexp.MustCompile(`(?i)\b(?:akan|bakal|hendak|dijadwalkan|terjadwal|direncanakan|rencananya|berencana|merencanakan|ditargetkan|diperkirakan|diharapkan|mendatang|depan|nanti|will|shall|scheduled|expected|plans?|planned|planning|due|upcoming|next|later this|set to|is to|are to|será|serán|prevista?|previsto|programad[oa]|próxim[oa]s?|planea)\b`)

// cueWords is how many words before a date expression a future cue may
// stand and still govern it ("akan diresmikan pada Senin").
const cueWords = 6

// futureTense reports whether the words just before a date expression
// (before is the sentence up to it) announce something to come.
func futureTense(before string) bool {
	words := strings.Fields(before)
	if len(words) > cueWords {
		words = words[len(words)-cueWords:]
	}
	return futureCue.MatchString(strings.Join(words, " "))
}

// backgroundDays is how many days before publication a dated mention may lie and
// still be news of the storyline rather than background.
const backgroundDays = 90

// trimTitle cuts a sentence to about n words for a title, at a word
// boundary, marking the cut.
func trimTitle(s string, n int) string {
	s = strings.TrimSpace(s)
	fields := strings.Fields(s)
	if len(fields) <= n {
		return strings.TrimRight(s, " .")
	}
	return strings.TrimRight(strings.Join(fields[:n], " "), ",;:–-") + " …"
}

// dateClause returns, for a title, the clause of sentence sent that holds
// the date expression date, cut to about n words around the date: "…
// menggantikan kesepakatan yang ada sejak tahun 1961" rather than the
// sentence's first words. Clauses end at commas, semicolons, colons and
// dashes; a clause of fewer than six words takes the sentence instead.
func dateClause(body string, sent, date text.Span, n int) string {
	cl := clauseOf(body, sent, date)
	start, end := cl.Start, cl.End
	if len(strings.Fields(body[start:end])) < 6 {
		start, end = sent.Start, sent.End
	}
	before := fieldSpans(body, start, date.Start)
	after := fieldSpans(body, date.End, end)
	room := max(n-len(strings.Fields(body[date.Start:date.End])), 0)
	// Keep the words before the date (what happened), then fill with
	// those after.
	keepBefore := min(len(before), max(room-min(len(after), 3), room/2))
	keepAfter := min(len(after), room-keepBefore)
	from, to := date.Start, date.End
	if keepBefore > 0 {
		from = before[len(before)-keepBefore].Start
	}
	if keepAfter > 0 {
		to = after[keepAfter-1].End
	}
	words := strings.Fields(body[from:to])
	if keepBefore == len(before) && len(words) > 1 && connective[strings.ToLower(words[0])] {
		words = words[1:] // "dan konstruksi dimulai ..."
	}
	title := strings.TrimRight(strings.Join(words, " "), " .,;:")
	if keepBefore < len(before) {
		title = "… " + title
	} else if r, size := utf8.DecodeRuneInString(title); size > 0 && unicode.IsLower(r) {
		title = string(unicode.ToUpper(r)) + title[size:]
	}
	if keepAfter < len(after) {
		title += " …"
	}
	return title
}

// fieldSpans returns the spans of the white-space separated words of
// body[start:end].
func fieldSpans(body string, start, end int) []text.Span {
	var spans []text.Span
	in := -1
	for i := start; i < end; i++ {
		space := body[i] == ' ' || body[i] == '\n' || body[i] == '\t' || body[i] == '\r'
		switch {
		case !space && in < 0:
			in = i
		case space && in >= 0:
			spans = append(spans, text.Span{Start: in, End: i})
			in = -1
		}
	}
	if in >= 0 {
		spans = append(spans, text.Span{Start: in, End: end})
	}
	return spans
}

// clauseBreak reports whether a clause ends at byte i of body: a comma
// (not a decimal one, as in "4,2"), a semicolon, a colon or a dash.
// clauseOf returns the span of the clause of sentence sent that holds the
// date expression date: up to the nearest clause breaks around it.
func clauseOf(body string, sent, date text.Span) text.Span {
	start, end := sent.Start, sent.End
	for i := date.Start - 1; i > sent.Start; i-- {
		if clauseBreak(body, i) {
			start = i + 1
			if body[i] >= 0x80 { // a dash: skip its bytes
				_, size := utf8.DecodeRuneInString(body[i:])
				start = i + size
			}
			break
		}
	}
	for i := date.End; i < sent.End; i++ {
		if clauseBreak(body, i) {
			end = i
			break
		}
	}
	return text.Span{Start: start, End: end}
}

func clauseBreak(body string, i int) bool {
	switch body[i] {
	case ';', ':':
		return true
	case ',':
		digit := func(j int) bool { return j >= 0 && j < len(body) && body[j] >= '0' && body[j] <= '9' }
		return !(digit(i-1) && digit(i+1))
	}
	return strings.HasPrefix(body[i:], "–") || strings.HasPrefix(body[i:], "—")
}

// connective are words that open a clause without telling anything.
var connective = map[string]bool{
	"dan": true, "serta": true, "yang": true, "sementara": true, "namun": true, "tetapi": true,
	"and": true, "but": true, "while": true, "who": true, "which": true, "y": true, "que": true,
}
