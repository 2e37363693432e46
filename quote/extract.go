package quote

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/warta-news/warta"
)

// found is a quote being built: the public fields, where its cue sits, and
// whether its speaker is a pronoun still to resolve.
type found struct {
	q       warta.Quote
	anchor  int // offset of the cue or speaker, for pronoun resolution
	pronoun bool
}

// extractor holds one body and what is known about it.
type extractor struct {
	body  string
	lang  string
	ents  []warta.Entity // sorted by Start
	sents []span
	// inside holds the content spans of direct quotes, in order: entities
	// there are not speakers of what follows.
	inside []span
	// persons holds the canonical names of person entities.
	persons map[string]bool
}

// Extract finds direct quotes (text in “...”, "...", «...», „...“) and
// indirect speech ("X mengatakan bahwa ...", "menurut X, ...", "X said that
// ...", "..., kata X.") in body, with their speaker and cue word.
//
// The speaker is the name next to the cue ("kata Lami Kim", "tambah Kim",
// "Blinken said"), or the subject of a speech verb before the quote ("Kim
// mengatakan ... “...”"), mapped to the canonical form of the entity there
// when one matches. When the cue is a pronoun form ("katanya", "imbuhnya",
// "he said") the speaker is the most recent person named in the three
// sentences before, outside other quotes, or the most recent person who
// spoke there. Text is the quoted content without quote marks; Start and
// End are byte offsets of that content in body. A quote mark left open runs
// to the end of its paragraph. One- and two-word scare quotes with no
// speaker are left out.
func Extract(body, lang string, entities []warta.Entity) []warta.Quote {
	if body == "" {
		return nil
	}
	x := &extractor{body: body, lang: lang, sents: sentences(body)}
	for _, e := range entities {
		if e.Start >= 0 && e.End <= len(body) && e.Start < e.End {
			x.ents = append(x.ents, e)
		}
	}
	slices.SortFunc(x.ents, func(a, b warta.Entity) int { return a.Start - b.Start })
	x.persons = map[string]bool{}
	for _, e := range x.ents {
		if e.Type == warta.EntityPerson {
			x.persons[e.Canonical] = true
		}
	}

	var all []found
	spans := directSpans(body)
	for i := range spans {
		x.cutUnclosed(&spans[i])
		x.inside = append(x.inside, span{spans[i].start, spans[i].end})
	}
	// Sentences whose direct quote is attributed after it ("..., tambah
	// Kim, menurut KCNA") need no reading by source phrase.
	attributed := map[int]bool{}
	for _, d := range spans {
		if f, ok := x.direct(d); ok {
			all = append(all, f)
			if f.anchor > f.q.End {
				attributed[sentenceAt(x.sents, f.anchor)] = true
			}
		}
	}
	for i := range x.sents {
		if f, ok := x.indirect(i, attributed[i]); ok {
			all = append(all, f)
		}
	}
	slices.SortFunc(all, func(a, b found) int { return a.q.Start - b.q.Start })
	out := make([]warta.Quote, 0, len(all))
	for i := range all {
		if all[i].pronoun {
			all[i].q.Speaker = x.resolvePronoun(all[:i], all[i])
		}
		out = append(out, all[i].q)
	}
	return out
}

// directSpan is one quoted passage: the content span, and where the
// attribution after it may start.
type directSpan struct {
	start, end int // content, without marks
	after      int // first byte after the closing mark
	open       int // offset of the opening mark
	closed     bool
}

// closerFor maps an opening quote mark to the marks that close it.
var closerFor = map[rune]string{'“': "”“", '"': "\"", '«': "»", '„': "“”"}

// directSpans finds quoted passages line by line. A mark left open runs to
// the end of its line; an unclosed “ followed by a letter opens a new quote.
func directSpans(body string) []directSpan {
	var out []directSpan
	lineStart := 0
	for lineStart <= len(body) {
		lineEnd := strings.IndexByte(body[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(body)
		} else {
			lineEnd += lineStart
		}
		out = append(out, lineQuotes(body, lineStart, lineEnd)...)
		lineStart = lineEnd + 1
	}
	return out
}

// lineQuotes finds the quoted passages of body[start:end], one line.
func lineQuotes(body string, start, end int) []directSpan {
	var out []directSpan
	var open rune
	openAt := -1
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(body[i:end])
		if open == 0 {
			if _, ok := closerFor[r]; ok {
				open, openAt = r, i
			} else if r == '”' && opensWord(body, start, i, i+n, end) {
				// A wrong-way mark opening a quote: ”Mr. Trump embodies ...
				open, openAt = '“', i
			}
			i += n
			continue
		}
		if strings.ContainsRune(closerFor[open], r) {
			// “ used as a closer only when no letter follows it.
			next, _ := utf8.DecodeRuneInString(body[i+n : end])
			if r == '“' && open == '“' && i+n < end && isWordRune(next) {
				out = append(out, directSpan{start: openAt + len(string(open)), end: i, after: i, open: openAt})
				openAt = i
				i += n
				continue
			}
			out = append(out, directSpan{start: openAt + len(string(open)), end: i, after: i + n, open: openAt, closed: true})
			open, openAt = 0, -1
		}
		i += n
	}
	if open != 0 {
		out = append(out, directSpan{start: openAt + len(string(open)), end: end, after: end, open: openAt})
	}
	return out
}

// opensWord reports whether the mark at [at, next) stands at the start of a
// word: after the line start or a space, and before a letter.
func opensWord(body string, lineStart, at, next, lineEnd int) bool {
	if at > lineStart {
		r, _ := utf8.DecodeLastRuneInString(body[lineStart:at])
		if !unicode.IsSpace(r) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(body[next:lineEnd])
	return next < lineEnd && unicode.IsLetter(r)
}

// direct attributes one quoted passage and builds its quote.
func (x *extractor) direct(d directSpan) (found, bool) {
	start, end := trimContent(x.body, d.start, d.end)
	after := d.after
	if start >= end {
		return found{}, false
	}
	f := found{q: warta.Quote{Kind: warta.QuoteDirect, Start: start, End: end, Text: x.body[start:end]}, anchor: start}
	si := sentenceAt(x.sents, max(after-1, 0))
	afterEnd := after
	if si < len(x.sents) && x.sents[si].end > after {
		afterEnd = x.sents[si].end
	}
	if next := x.nextOpen(after, afterEnd); next >= 0 {
		afterEnd = next
	}
	afterEnd = min(afterEnd, after+window)
	attributed := x.attributeAfter(&f, after, afterEnd)
	if !attributed {
		oi := sentenceAt(x.sents, d.open)
		attributed = x.attributeBefore(&f, max(x.sents[oi].start, d.open-window), d.open)
		// He said:\n\n"We have ...": a colon ends the sentence before.
		if !attributed && oi > 0 && strings.TrimSpace(x.body[x.sents[oi].start:d.open]) == "" &&
			strings.HasSuffix(x.body[x.sents[oi-1].start:x.sents[oi-1].end], ":") {
			attributed = x.attributeBefore(&f, max(x.sents[oi-1].start, x.sents[oi-1].end-window), x.sents[oi-1].end)
		}
	}
	ws := words(x.body, start, end)
	if len(ws) < 2 || !attributed && (len(ws) < 3 || titleCase(ws)) {
		// Scare quotes and quoted titles ("War On Drugs") are not speech.
		return found{}, false
	}
	return f, true
}

// cutUnclosed ends a quote left open at the cue inside it: in “Kami di
// pihak Rusia, ... ambisi, ujar Kim saat ... the quote ends before
// ", ujar".
func (x *extractor) cutUnclosed(d *directSpan) {
	if d.closed {
		return
	}
	for _, w := range words(x.body, d.start, d.end) {
		lw := strings.ToLower(w.text)
		if (afterCues[lw] || strings.HasSuffix(lw, "nya") && afterCues[strings.TrimSuffix(lw, "nya")]) && precededByComma(x.body, d.start, w.start) {
			c := d.start + strings.LastIndexByte(x.body[d.start:w.start], ',')
			d.end, d.after = c, c
			return
		}
	}
}

// titleCase reports whether most of ws (60%) start with a capital letter.
func titleCase(ws []word) bool {
	caps := 0
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w.text); unicode.IsUpper(r) {
			caps++
		}
	}
	return caps*10 >= len(ws)*6
}

// window bounds, in bytes, the text searched for a quote's attribution on
// either side, so that a long run of quote marks costs linear time.
const window = 400

// nextOpen returns the offset of the next direct quote's content in
// [from, to), or -1.
func (x *extractor) nextOpen(from, to int) int {
	i := sort.Search(len(x.inside), func(i int) bool { return x.inside[i].start > from })
	if i < len(x.inside) && x.inside[i].start < to {
		return x.inside[i].start - 1
	}
	return -1
}

// precededByComma reports whether the text between from and pos ends with a
// comma and spaces.
func precededByComma(body string, from, pos int) bool {
	s := strings.TrimRightFunc(body[from:pos], unicode.IsSpace)
	return strings.HasSuffix(s, ",")
}

// trimContent trims spaces and edge punctuation that belongs to the
// sentence around the quote, not to the quote.
func trimContent(body string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(body[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(body[start:end])
		if !unicode.IsSpace(r) && r != ',' {
			break
		}
		end -= n
	}
	return start, end
}

// attributeAfter looks for the speaker in body[from:to], the text after a
// quote: "kata Lami Kim", "imbuhnya", "Blinken said", "he said", "Yang Uk,
// pakar ...", or ", tambah Kim" further on. It reports whether it found a cue.
func (x *extractor) attributeAfter(f *found, from, to int) bool {
	ws := words(x.body, from, to)
	if len(ws) == 0 {
		return false
	}
	try := func(i int) bool {
		w := ws[i]
		lw := strings.ToLower(w.text)
		switch {
		case afterCues[lw]:
			f.q.Cue = lw
			f.anchor = w.start
			x.speakerAfterCue(f, w.end, to)
			return true
		case strings.HasSuffix(lw, "nya") && afterCues[strings.TrimSuffix(lw, "nya")]:
			f.q.Cue = lw
			f.anchor = w.start
			f.pronoun = true
			return true
		case pronouns[lw] && i+1 < len(ws) && afterCues[strings.ToLower(ws[i+1].text)]:
			f.q.Cue = strings.ToLower(ws[i+1].text)
			f.anchor = w.start
			f.pronoun = true
			return true
		}
		if e, ok := x.entityAt(w.start); ok {
			k := i + 1
			for k < len(ws) && ws[k].start < e.End {
				k++
			}
			if k < len(ws) && (afterCues[strings.ToLower(ws[k].text)] || speechVerbs[strings.ToLower(ws[k].text)]) {
				f.q.Cue = strings.ToLower(ws[k].text)
				f.q.Speaker = e.Canonical
				f.anchor = e.Start
				return true
			}
			if i == 0 && (e.Type == warta.EntityPerson || e.Type == warta.EntityOrg) && strings.HasPrefix(strings.TrimSpace(x.body[e.End:to]), ",") {
				// "Yang Uk, pakar militer di ...": the speaker named with no verb.
				f.q.Speaker = e.Canonical
				f.anchor = e.Start
				return true
			}
		}
		return false
	}
	if try(0) {
		return true
	}
	for i := 1; i < len(ws); i++ {
		if precededByComma(x.body, from, ws[i].start) && try(i) {
			return true
		}
	}
	return false
}

// speakerAfterCue sets the speaker from the phrase after a cue word, which
// ends at a comma, a full stop or a word such as "dalam" or "on": the first
// person named there, else the last organisation, else the last place, else
// a pronoun, else the phrase itself when short.
func (x *extractor) speakerAfterCue(f *found, from, to int) {
	end := to
	if k := strings.IndexAny(x.body[from:to], ",.;:()\"“”"); k >= 0 {
		end = from + k
	}
	ws := words(x.body, from, end)
	for i, w := range ws {
		if i > 0 && phraseStops[strings.ToLower(w.text)] {
			if _, inName := x.entityCovering(w.start); !inName {
				end = w.start
				ws = ws[:i]
				break
			}
		}
	}
	if len(ws) > 0 && pronouns[strings.ToLower(ws[0].text)] {
		f.pronoun = true
		return
	}
	if e, ok := x.pickSpeaker(from, end, false); ok {
		f.q.Speaker = e.Canonical
		f.anchor = e.Start
		return
	}
	if len(ws) > 0 && len(ws) <= 4 {
		f.q.Speaker = x.body[ws[0].start:ws[len(ws)-1].end]
	}
}

// pickSpeaker chooses among the entities inside [from, to): the first
// person, else the last organisation (first when first is set), else the
// last place.
func (x *extractor) pickSpeaker(from, to int, first bool) (warta.Entity, bool) {
	var org, loc *warta.Entity
	for i := x.firstEntity(from); i < len(x.ents) && x.ents[i].Start < to; i++ {
		e := &x.ents[i]
		if e.End > to || x.quoted(e.Start) {
			continue
		}
		switch e.Type {
		case warta.EntityPerson:
			return *e, true
		case warta.EntityOrg:
			if org == nil || !first {
				org = e
			}
		case warta.EntityLoc:
			if loc == nil || !first {
				loc = e
			}
		}
	}
	if org != nil {
		return *org, true
	}
	if loc != nil {
		return *loc, true
	}
	return warta.Entity{}, false
}

// attributeBefore looks for a speech verb before the quote in
// body[from:to], the start of its sentence ("Kim mengatakan bahwa kedua
// negara adalah “...”"), or a colon ("Kim: “...”").
func (x *extractor) attributeBefore(f *found, from, to int) bool {
	ws := words(x.body, from, to)
	for i := len(ws) - 1; i >= 0; i-- {
		lw := strings.ToLower(ws[i].text)
		if !speechVerbs[lw] || x.quoted(ws[i].start) {
			continue
		}
		f.q.Cue = lw
		f.anchor = ws[i].start
		x.subject(f, from, ws[i].start)
		return true
	}
	if s := strings.TrimRightFunc(x.body[from:to], unicode.IsSpace); strings.HasSuffix(s, ":") {
		if e, ok := x.pickSpeaker(from, to, true); ok {
			f.q.Speaker = e.Canonical
			f.anchor = e.Start
			return true
		}
	}
	return false
}

// subject sets the speaker from the subject of a speech verb at verb, in
// the clause body[from:verb]: the entity of the last comma-separated part,
// else a pronoun right before the verb; when that part is empty ("Trump,
// speaking to ..., said") the first person of the clause, else the entity
// or short phrase before the first comma; else the entity of the whole
// clause, else a short phrase.
func (x *extractor) subject(f *found, from, verb int) {
	clause := from
	if k := strings.LastIndexByte(x.body[from:verb], ','); k >= 0 {
		clause = from + k + 1
	}
	if e, ok := x.pickSpeaker(clause, verb, true); ok {
		f.q.Speaker, f.anchor = e.Canonical, e.Start
		return
	}
	ws := words(x.body, clause, verb)
	for len(ws) > 0 && subjectFillers[strings.ToLower(ws[len(ws)-1].text)] {
		ws = ws[:len(ws)-1]
	}
	if len(ws) > 0 && pronouns[strings.ToLower(ws[len(ws)-1].text)] {
		f.pronoun = true
		return
	}
	if len(ws) == 0 {
		// "Trump, speaking to a veterans group, said ...": the subject
		// comes before the first comma.
		first := verb
		if k := strings.IndexByte(x.body[from:verb], ','); k >= 0 {
			first = from + k
		}
		if e, ok := x.pickSpeaker(from, verb, true); ok && e.Type == warta.EntityPerson {
			f.q.Speaker, f.anchor = e.Canonical, e.Start
			return
		}
		if e, ok := x.pickSpeaker(from, first, true); ok {
			f.q.Speaker, f.anchor = e.Canonical, e.Start
			return
		}
		ws = words(x.body, from, first)
	} else if e, ok := x.pickSpeaker(from, verb, true); ok {
		f.q.Speaker, f.anchor = e.Canonical, e.Start
		return
	}
	if len(ws) > 0 && len(ws) <= 4 {
		f.q.Speaker = x.body[ws[0].start:ws[len(ws)-1].end]
	}
}

// entityAt returns the entity that starts at pos.
func (x *extractor) entityAt(pos int) (warta.Entity, bool) {
	i, ok := slices.BinarySearchFunc(x.ents, pos, func(e warta.Entity, p int) int { return e.Start - p })
	if !ok {
		return warta.Entity{}, false
	}
	return x.ents[i], true
}

// entityCovering returns the entity whose span holds pos.
func (x *extractor) entityCovering(pos int) (warta.Entity, bool) {
	// Entities do not nest, so the last one starting at or before pos is
	// the only candidate.
	i := x.firstEntity(pos + 1)
	if i > 0 && x.ents[i-1].End > pos {
		return x.ents[i-1], true
	}
	return warta.Entity{}, false
}

// firstEntity returns the index of the first entity that starts at or after
// pos.
func (x *extractor) firstEntity(pos int) int {
	return sort.Search(len(x.ents), func(i int) bool { return x.ents[i].Start >= pos })
}

// quoted reports whether pos lies inside a direct quote's content.
func (x *extractor) quoted(pos int) bool {
	// inside is sorted and its spans do not overlap.
	i := sort.Search(len(x.inside), func(i int) bool { return x.inside[i].end > pos })
	return i < len(x.inside) && x.inside[i].start <= pos
}

// resolvePronoun names the speaker of a quote whose cue is a pronoun form.
// For a cue after the quote ("katanya", "he said") it is the latest of the
// last person named and the last person who spoke within the three
// sentences before, leaving out people named inside quotes. For a pronoun
// subject before the verb ("Dia menyebut ...") it is the first person of
// the nearest sentence before that names one: the subject there, usually.
func (x *extractor) resolvePronoun(before []found, f found) string {
	limit := min(f.q.Start, f.anchor)
	si := sentenceAt(x.sents, limit)
	from := x.sents[max(si-3, 0)].start
	// Earlier quotes that reach into the window.
	var near []found
	for k := len(before) - 1; k >= 0 && len(near) < 50; k-- {
		if before[k].q.End > from {
			near = append(near, before[k])
		}
	}
	inQuote := func(pos int) bool {
		if x.quoted(pos) {
			return true
		}
		for _, b := range near {
			if b.q.Start <= pos && pos < b.q.End {
				return true
			}
		}
		return false
	}
	if f.anchor < f.q.Start {
		for k := si - 1; k >= max(si-3, 0); k-- {
			for i := x.firstEntity(x.sents[k].start); i < len(x.ents) && x.ents[i].End <= x.sents[k].end; i++ {
				if e := x.ents[i]; e.Type == warta.EntityPerson && !inQuote(e.Start) {
					return e.Canonical
				}
			}
		}
	}
	best, bestPos := "", -1
	for i := x.firstEntity(from); i < len(x.ents) && x.ents[i].Start < limit; i++ {
		if e := x.ents[i]; e.Type == warta.EntityPerson && !inQuote(e.Start) {
			best, bestPos = e.Canonical, e.Start
		}
	}
	for k := len(before) - 1; k >= 0 && before[k].q.Start >= from-window; k-- {
		b := before[k]
		if b.q.Speaker != "" && b.anchor >= from && b.anchor < limit && b.anchor > bestPos && x.persons[b.q.Speaker] {
			best, bestPos = b.q.Speaker, b.anchor
		}
	}
	return best
}
