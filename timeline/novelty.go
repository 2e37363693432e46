package timeline

import (
	"strings"
	"unicode"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/text"
)

// Limits of what counts as new in a sentence.
const (
	minNewWords  = 2    // content words no earlier article had
	minNewShare  = 0.15 // of the sentence's content
	maxNewListed = 8    // words listed per span
)

// sentenceWords returns the content of a sentence as a set: the stems of
// its content words, its numbers, and the names of the entities in it.
// Date expressions are left out (that two sentences name the same month
// says nothing about what they tell), and so are the words of names,
// which count once, as the name.
func sentenceWords(a *warta.Article, sp text.Span) map[string]bool {
	words := map[string]bool{}
	s := a.Body[sp.Start:sp.End]
	blank := func(start, end int) {
		if start >= sp.Start && end <= sp.End && start < end {
			s = s[:start-sp.Start] + strings.Repeat(" ", end-start) + s[end-sp.Start:]
		}
	}
	for _, t := range a.Timexes {
		blank(t.Start, t.End)
	}
	for _, e := range a.Entities {
		blank(e.Start, e.End)
	}
	for _, w := range text.ContentWords(a.Language, s) {
		words[w] = true
	}
	for _, e := range a.Entities {
		if e.Start >= sp.Start && e.End <= sp.End {
			words[nameKey(e)] = true
		}
	}
	return words
}

// nameKey is an entity's name as content: "@" and its canonical name.
func nameKey(e warta.Entity) string {
	name := e.Canonical
	if name == "" {
		name = e.Text
	}
	return "@" + strings.ToLower(name)
}

// special reports whether w is a number or a name, which are new content
// on their own.
func special(w string) bool {
	if strings.HasPrefix(w, "@") {
		return true
	}
	return strings.IndexFunc(w, unicode.IsDigit) >= 0
}

// novelty returns, for each article in order (publication order), the
// sentences that carry content that no article before it had: at least
// minNewWords new content words making at least minNewShare of the
// sentence, or a new number or name. The first article is all new.
func novelty(order []*warta.Article, sents map[string][]text.Span) []warta.NewContent {
	seen := map[string]bool{}
	out := make([]warta.NewContent, 0, len(order))
	for _, a := range order {
		nc := warta.NewContent{Article: a.ID, Published: a.Published, Outlet: a.Outlet, Spans: []warta.NewSpan{}}
		var mine []map[string]bool
		for _, sp := range sents[a.ID] {
			words := sentenceWords(a, sp)
			mine = append(mine, words)
			var fresh []string
			specials := 0
			for w := range words {
				if !seen[w] {
					fresh = append(fresh, w)
					if special(w) {
						specials++
					}
				}
			}
			if len(fresh) == 0 {
				continue
			}
			if specials == 0 && (len(fresh) < minNewWords || float64(len(fresh)) < minNewShare*float64(len(words))) {
				continue
			}
			sortWords(fresh)
			if len(fresh) > maxNewListed {
				fresh = fresh[:maxNewListed]
			}
			for i, w := range fresh {
				fresh[i] = strings.TrimPrefix(w, "@")
			}
			nc.Spans = append(nc.Spans, warta.NewSpan{Start: sp.Start, End: sp.End, Words: fresh})
		}
		for _, words := range mine {
			for w := range words {
				seen[w] = true
			}
		}
		out = append(out, nc)
	}
	return out
}

// sortWords orders names and numbers first, then the rest, each
// alphabetically, so that the listed words are stable.
func sortWords(ws []string) {
	rank := func(w string) int {
		if special(w) {
			return 0
		}
		return 1
	}
	for i := 1; i < len(ws); i++ {
		for j := i; j > 0 && (rank(ws[j]) < rank(ws[j-1]) || rank(ws[j]) == rank(ws[j-1]) && ws[j] < ws[j-1]); j-- {
			ws[j], ws[j-1] = ws[j-1], ws[j]
		}
	}
}
