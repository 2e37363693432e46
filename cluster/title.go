package cluster

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/text"
)

// maxTitle bounds a storyline's title, in characters.
const maxTitle = 80

// headlineRunes is the longest title taken for a headline when a shorter
// one is at hand: an article without a headline gets its first sentence
// for a title, and a sentence reads badly as a label.
const headlineRunes = 110

// eventTitle returns the headline of ev's most central article: the one
// whose terms are closest to the event's centroid, preferring headline
// lengths, the earliest on a tie. A closed event keeps the title chosen
// when it closed.
func (x *Index) eventTitle(ev *event) string {
	if len(ev.members) < 2 || ev.terms.norm2 <= 0 {
		return ev.title
	}
	best, bestScore, bestShort := -1, 0.0, false
	for i, m := range ev.members {
		if strings.TrimSpace(m.title) == "" {
			continue
		}
		short := utf8.RuneCountInString(m.title) <= headlineRunes
		score := ev.terms.cosine(m.f.terms)
		if best >= 0 {
			b := ev.members[best]
			switch {
			case short != bestShort:
				if !short {
					continue
				}
			case score < bestScore-1e-9:
				continue
			case score <= bestScore+1e-9 && !earlier(m.published, m.id, b.published, b.id):
				continue
			}
		}
		best, bestScore, bestShort = i, score, short
	}
	if best < 0 {
		return ev.title
	}
	return ev.members[best].title
}

// storyTitle names a storyline for a reader: its key names, then the
// content words its events' headlines share, as in "Gunung Kawiloka:
// erupsi, pengungsi". Key names are those named across most of its
// events (in two at least, when it has several): a spokesman quoted in
// one event or a dateline in capitals does not name a storyline. With no
// key name it takes its largest event's title. It is at most maxTitle
// characters.
func (x *Index) storyTitle(st *story, events []warta.Event) string {
	var evs []*event
	for _, e := range st.events {
		if ev := x.events[e]; x.evSlot[e].into < 0 && len(ev.articles) > 0 {
			evs = append(evs, ev)
		}
	}
	names := keyNames(evs, st.nameCount, x.names, x.nameTokenIDs)
	words := keyWords(x, st, evs, events, names)
	var title string
	if len(names) == 0 {
		title = largestEvent(events)
	} else {
		title = composeTitle(names, words)
	}
	return clip(title, maxTitle)
}

// keyNames returns up to two names for a storyline of events evs. Its
// key words are the telling name words (tokens, as ids of words) found in
// the names of the most events, then in the most distinct names, then of
// the most articles: a place or a body
// recurs across events in many names ("Seruni" in a bay, a port and a
// company), a spokesman in his own name only. Each key word is named by
// the name holding it that the most articles mention, the shorter on a
// tie; never a name in capitals (a dateline) nor, when the storyline has
// more than one article, a name mentioned once. A word that words counts
// as common in the corpus (commonName) names no storyline.
func keyNames(evs []*event, articles map[string]int, words *vocab, tokens func(name string) []int32) []string {
	type tally struct{ events, names, articles int }
	toks := make(map[int32]*tally)
	tallyOf := func(t int32) *tally {
		tl := toks[t]
		if tl == nil {
			tl = &tally{}
			toks[t] = tl
		}
		return tl
	}
	total := 0
	distinct := make(map[string]bool) // the names of all events
	most := make(map[int32]int)       // token → most articles of one event naming it in one name
	for _, ev := range evs {
		total += len(ev.articles)
		clear(most)
		for n, c := range ev.nameArts {
			distinct[n] = true
			for _, t := range tokens(n) {
				most[t] = max(most[t], int(c))
			}
		}
		for t, c := range most {
			tl := tallyOf(t)
			tl.events++
			tl.articles += c
		}
	}
	for n := range distinct {
		nt := tokens(n)
		for i, t := range nt {
			if !slices.Contains(nt[:i], t) {
				tallyOf(t).names++
			}
		}
	}
	minArticles := 2
	if total < 2 {
		minArticles = 1
	}
	order := make([]int32, 0, len(toks))
	for t := range toks {
		if int(words.df[t]) <= commonName*total {
			order = append(order, t)
		}
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := toks[order[i]], toks[order[j]]
		if a.events != b.events {
			return a.events > b.events
		}
		if a.names != b.names {
			return a.names > b.names
		}
		if a.articles != b.articles {
			return a.articles > b.articles
		}
		return words.words[order[i]] < words.words[order[j]]
	})
	var names []string
	for n, c := range articles {
		if c >= minArticles && !shouted(n) {
			names = append(names, n)
		}
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := names[i], names[j]
		if articles[a] != articles[b] {
			return articles[a] > articles[b]
		}
		if len(a) != len(b) {
			return len(a) < len(b)
		}
		return a < b
	})
	nameToks := make([][]int32, len(names))
	for i, n := range names {
		nameToks[i] = tokens(n)
	}
	var out []string
	have := make(map[int32]bool)
	for _, t := range order {
		if have[t] {
			continue
		}
		for i, n := range names {
			nt := nameToks[i]
			if !slices.Contains(nt, t) || slices.ContainsFunc(nt, func(w int32) bool { return have[w] }) {
				continue
			}
			for _, w := range nt {
				have[w] = true
			}
			out = append(out, n)
			break
		}
		if len(out) == 2 {
			break
		}
	}
	return out
}

// commonName is how many times its article count a storyline's articles
// may name a word corpus-wide for it to name the storyline: a word as
// common as an outlet's name, or the capital's in every byline, says
// nothing of the story.
const commonName = 4

// shouted reports whether name is written in capitals and is longer than
// an acronym: a dateline ("SUNGAI BARA") the entity tagger took for a name.
func shouted(name string) bool {
	letters := 0
	for _, r := range name {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 6
}

// keyWords returns up to two content words of the storyline's headlines
// (its events' titles, and its open events' articles' titles): those in
// the most events, weighted by rarity, in two events at least when it
// has several; never a word of names.
func keyWords(x *Index, st *story, evs []*event, events []warta.Event, names []string) []string {
	// The words of names are skipped: the telling words of every name of
	// the storyline, and all the words of its key names.
	skip := make(map[string]bool)
	for n := range st.nameCount {
		for _, id := range x.nameTokenIDs(n) {
			skip[x.names.words[id]] = true
		}
	}
	for _, n := range names {
		for _, sp := range text.Words(n) {
			skip[text.Fold(n[sp.Start:sp.End])] = true
		}
	}
	type word struct {
		surface string
		events  int
	}
	byStem := make(map[string]*word)
	count := func(lang string, titles []string) {
		seen := make(map[string]bool)
		for _, t := range titles {
			for _, sp := range text.Words(t) {
				w := strings.ToLower(t[sp.Start:sp.End])
				if utf8.RuneCountInString(w) < 3 || skip[text.Fold(w)] || isNumber(w) || !hasLetter(w) {
					continue
				}
				stem := strings.TrimSpace(text.StemText(lang, w))
				if stem == "" || strings.ContainsRune(stem, ' ') || text.Stopword(lang, stem) || text.Stopword(lang, w) {
					continue
				}
				if seen[stem] {
					continue
				}
				seen[stem] = true
				c := byStem[stem]
				if c == nil {
					c = &word{surface: w}
					byStem[stem] = c
				}
				c.events++
			}
		}
	}
	for _, ev := range evs {
		titles := []string{x.eventTitle(ev)}
		for _, m := range ev.members {
			titles = append(titles, m.title)
		}
		count(ev.lang, titles)
	}
	minEvents := 1
	if len(events) >= 2 {
		minEvents = 2
	}
	type scored struct {
		surface string
		score   float64
	}
	var cands []scored
	for stem, c := range byStem {
		if c.events < minEvents {
			continue
		}
		id, ok := x.terms.ids[stem]
		if !ok {
			continue
		}
		w := x.terms.idf(id)
		if st.terms.norm2 > 0 {
			w = float64(st.terms.get(id))
		}
		if w > 0 {
			cands = append(cands, scored{c.surface, float64(c.events) * w})
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score > cands[j].score
		}
		return cands[i].surface < cands[j].surface
	})
	var out []string
	for _, c := range cands {
		out = append(out, c.surface)
		if len(out) == 2 {
			break
		}
	}
	return out
}

func hasLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// composeTitle joins names and words as "Name, Name: word, word", leaving
// out the last words, then the second name, to stay within maxTitle.
func composeTitle(names, words []string) string {
	for {
		t := strings.Join(names, ", ")
		if len(words) > 0 {
			t += ": " + strings.Join(words, ", ")
		}
		if utf8.RuneCountInString(t) <= maxTitle {
			return t
		}
		switch {
		case len(words) > 0:
			words = words[:len(words)-1]
		case len(names) > 1:
			names = names[:len(names)-1]
		default:
			return t
		}
	}
}

// largestEvent returns the title of the event with the most articles, the
// earliest on a tie.
func largestEvent(events []warta.Event) string {
	best := -1
	for i, e := range events {
		if strings.TrimSpace(e.Title) == "" {
			continue
		}
		if best < 0 || len(e.Articles) > len(events[best].Articles) {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return events[best].Title
}

// clip cuts s to at most n characters, at a word boundary, with an
// ellipsis when it cut.
func clip(s string, n int) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:–-") + "…"
}
