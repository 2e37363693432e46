package cluster

import (
	"slices"
	"strings"
	"time"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/text"
)

// Doc is what clustering needs of one article: no body, only its stems,
// names and dates.
type Doc struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Language  string   `json:"language"`
	Published string   `json:"published"` // YYYY-MM-DD (a longer timestamp is cut to its day), or ""
	Terms     []string `json:"terms"`     // stems of content words, repeated as often as they occur
	Names     []string `json:"names"`     // canonical entity names, each once
	Dates     []string `json:"dates"`     // resolved DATE timex values (YYYY-MM-DD), each once
	Group     string   `json:"group"`     // report group id, or ""
}

// maxDocTerms bounds the terms of one Doc: the lead of a long article says
// what happened, and a bound keeps the cost per article flat.
const maxDocTerms = 600

// DocOf returns the Doc of an analysed article in report group group ("" for
// none). The title's stems count twice, because a headline names the event.
// An article with little text (a headline, an RSS item's summary: fewer
// than longTerms content words) also gets the words of its URL's slug,
// which often name the story in other words than the headline.
func DocOf(a *warta.Article, group string) Doc {
	d := Doc{ID: a.ID, Title: a.Title, Language: a.Language, Published: a.Published, Group: group}
	stems := a.Stems
	if stems == "" {
		stems = text.StemText(a.Language, a.Title+"\n"+a.Body)
	}
	title := text.StemText(a.Language, a.Title)
	d.Terms = contentTerms(a.Language, title, nil)
	titleTerms := len(d.Terms)
	d.Terms = contentTerms(a.Language, stems, d.Terms)
	if len(d.Terms)-titleTerms < longTerms {
		if w := slugWords(a.URL); w != "" {
			d.Terms = contentTerms(a.Language, text.StemText(a.Language, w), d.Terms)
		}
	}
	seen := make(map[string]bool)
	for _, e := range a.Entities {
		n := e.Canonical
		if n == "" {
			n = e.Text
		}
		if n != "" && !seen[n] {
			seen[n] = true
			d.Names = append(d.Names, n)
		}
	}
	slices.Sort(d.Names)
	for _, t := range a.Timexes {
		if t.Type == warta.TimexDate && isDay(t.Value) {
			d.Dates = append(d.Dates, t.Value)
		}
	}
	slices.Sort(d.Dates)
	d.Dates = slices.Compact(d.Dates)
	return d
}

// contentTerms appends to terms the stems of s worth comparing: no
// stopwords, numbers or one-letter stems, at most maxDocTerms in all.
func contentTerms(lang, s string, terms []string) []string {
	for _, w := range strings.Fields(s) {
		if len(terms) >= maxDocTerms {
			break
		}
		if len(w) < 2 || text.Stopword(lang, w) || isNumber(w) {
			continue
		}
		terms = append(terms, w)
	}
	return terms
}

func isNumber(w string) bool {
	for _, r := range w {
		if (r < '0' || r > '9') && r != '.' && r != ',' {
			return false
		}
	}
	return true
}

func isDay(v string) bool {
	_, err := time.Parse("2006-01-02", v)
	return err == nil
}

// dayOf returns the day number (days since 1970-01-01) of a date or
// timestamp, and false when it has none.
func dayOf(published string) (int32, bool) {
	if len(published) < 10 {
		return 0, false
	}
	t, err := time.Parse("2006-01-02", published[:10])
	if err != nil {
		return 0, false
	}
	return int32(t.Unix() / 86400), true
}
