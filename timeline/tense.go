package timeline

import (
	"regexp"
	"strings"
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
