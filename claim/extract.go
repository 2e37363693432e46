package claim

import (
	"slices"
	"sort"
	"strings"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/text"
)

// extractor holds one body and its annotations.
type extractor struct {
	body   string
	ents   []warta.Entity // sorted by Start, inside the body
	quotes []warta.Quote  // sorted by Start, inside the body
	sents  []text.Span
}

// hit is a stance cue found in a sentence.
type hit struct {
	cue        cue
	start, end int // byte span of the cue words
}

// Extract finds statements typed by stance, one per sentence at most, with
// their holder: assert (mengatakan, menyatakan, said), accuse (menuduh,
// dituduh, accused, and mengklaim or claimed when what is claimed is a
// wrong), deny (membantah, menyangkal, denied, "tidak benar"), confirm
// (membenarkan, mengonfirmasi, confirmed) and retract (menarik kembali,
// mencabut pernyataan, retracted). When a sentence has several cues the
// rarer stance wins.
//
// Holder is the subject before the cue: the entities of its clause
// (coordinated ones joined by ", "), or the speaker of a quote in the
// sentence, or the person a pronoun subject stands for; "" when unknown.
// With a passive cue ("Kim dituduh menyediakan senjata") the subject is
// About and the holder is the agent after "oleh"/"by", if any. About is
// otherwise the first entity after the cue that is not the holder. Text is
// the sentence, and Start and End its byte span in body. A sentence whose
// only cue is a quote with a speaker is an assert claim by that speaker.
func Extract(body, lang string, entities []warta.Entity, quotes []warta.Quote) []warta.Claim {
	if body == "" {
		return nil
	}
	x := &extractor{body: body, sents: text.Sentences(body)}
	for _, e := range entities {
		if e.Start >= 0 && e.End <= len(body) && e.Start < e.End {
			x.ents = append(x.ents, e)
		}
	}
	slices.SortFunc(x.ents, func(a, b warta.Entity) int { return a.Start - b.Start })
	for _, q := range quotes {
		if q.Start >= 0 && q.End <= len(body) && q.Start <= q.End {
			x.quotes = append(x.quotes, q)
		}
	}
	slices.SortFunc(x.quotes, func(a, b warta.Quote) int { return a.Start - b.Start })

	var out []warta.Claim
	for i, s := range x.sents {
		if c, ok := x.sentence(i, s); ok {
			out = append(out, c)
		}
	}
	return out
}

// sentence finds the claim of one sentence, if any.
func (x *extractor) sentence(i int, s text.Span) (warta.Claim, bool) {
	c := warta.Claim{Text: x.body[s.Start:s.End], Start: s.Start, End: s.End}
	h, ok := x.bestCue(s)
	speaker := x.speakerIn(s)
	if !ok {
		if speaker == "" {
			return c, false
		}
		c.Stance, c.Holder = warta.StanceAssert, speaker
		if q, found := x.quoteIn(s); found {
			c.About = x.firstEntityIn(q.Start, q.End, speaker)
		}
		return c, true
	}
	c.Stance = h.cue.stance
	if c.Stance == warta.StanceAssert && x.claimsWrong(h.end, s.End) {
		c.Stance = warta.StanceAccuse
	}
	if q, inQuote := x.quoteCovering(h.start); inQuote && q.Kind == warta.QuoteDirect {
		// "Itu tidak benar," kata X: the speaker holds the quoted stance.
		c.Holder = q.Speaker
		c.About = x.firstEntityIn(h.end, q.End, c.Holder)
		return c, true
	}
	subject := x.subject(i, s, h.start)
	if h.cue.passive {
		c.About = subject
		c.Holder = x.agent(h.end, s.End)
		return c, true
	}
	c.Holder = subject
	if c.Holder == "" || c.Stance == warta.StanceAssert && speaker != "" && !slices.Contains(strings.Split(subject, ", "), speaker) {
		// For plain assertions the quote's attribution is the better guide
		// ("..., kata Shin, menambahkan bahwa ..."), unless the subject
		// names the speaker with others ("Putin dan Kim ...").
		c.Holder = speaker
	}
	if c.Holder == "" {
		c.Holder = subject
	}
	c.About = x.firstEntityIn(h.end, s.End, c.Holder)
	return c, true
}

// bestCue returns the stance cue of the highest rank in the sentence, the
// first one on ties.
func (x *extractor) bestCue(s text.Span) (hit, bool) {
	ws := text.Words(x.body[s.Start:s.End])
	lower := make([]string, len(ws)) // filled as needed
	low := func(i int) string {
		if lower[i] == "" {
			lower[i] = strings.ToLower(x.body[s.Start+ws[i].Start : s.Start+ws[i].End])
		}
		return lower[i]
	}
	var buf [24]byte
	var best hit
	found := false
	for i, w := range ws {
	next:
		for _, c := range cuesByFirst[string(text.AppendLower(buf[:0], x.body[s.Start+w.Start:s.Start+w.End]))] {
			n := len(c.words)
			if i+n > len(ws) {
				continue
			}
			for k, cw := range c.words {
				if low(i+k) != cw {
					continue next
				}
			}
			h := hit{cue: c, start: s.Start + ws[i].Start, end: s.Start + ws[i+n-1].End}
			if !found || stanceRank[c.stance] > stanceRank[best.cue.stance] {
				best, found = h, true
			}
			break
		}
	}
	return best, found
}

// claimsWrong reports whether the words in body[from:to] say someone did
// wrong.
func (x *extractor) claimsWrong(from, to int) bool {
	for _, w := range text.Words(x.body[from:to]) {
		if wrongs[strings.ToLower(x.body[from+w.Start:from+w.End])] {
			return true
		}
	}
	return false
}

// subject names the holder of a cue at pos in sentence i: the entities of
// the last comma-separated part before the cue, else the first person,
// organisation or place of the clause, else the person a pronoun stands
// for.
func (x *extractor) subject(i int, s text.Span, pos int) string {
	from := s.Start
	if k := strings.LastIndexByte(x.body[s.Start:pos], ','); k >= 0 {
		from = s.Start + k + 1
	}
	if names := x.coordinated(from, pos); len(names) > 0 {
		return strings.Join(names, ", ")
	}
	ws := text.Words(x.body[from:pos])
	for _, w := range ws {
		if pronouns[strings.ToLower(x.body[from+w.Start:from+w.End])] {
			return x.previousPerson(i)
		}
	}
	for _, typ := range []string{warta.EntityPerson, warta.EntityOrg, warta.EntityLoc} {
		for i := x.firstEntity(s.Start); i < len(x.ents) && x.ents[i].Start < pos; i++ {
			if e := x.ents[i]; e.End <= pos && e.Type == typ && !x.quoted(e.Start) {
				return e.Canonical
			}
		}
	}
	return ""
}

// coordinated returns the subject among the entities inside [from, to),
// outside direct quotes: the first person, else the first organisation,
// else the first place, with the entities joined to it by "dan", "and",
// "serta" or commas ("Moskow dan Pyongyang"). Names are canonical and
// distinct.
func (x *extractor) coordinated(from, to int) []string {
	var in []warta.Entity
	for i := x.firstEntity(from); i < len(x.ents) && x.ents[i].Start < to; i++ {
		if e := x.ents[i]; e.End <= to && !x.quoted(e.Start) {
			in = append(in, e)
		}
	}
	head := -1
	for _, typ := range []string{warta.EntityPerson, warta.EntityOrg, warta.EntityLoc} {
		for i, e := range in {
			if e.Type == typ {
				head = i
				break
			}
		}
		if head >= 0 {
			break
		}
	}
	if head < 0 {
		return nil
	}
	names := []string{in[head].Canonical}
	for i := head + 1; i < len(in); i++ {
		if !joins(x.body[in[i-1].End:in[i].Start]) {
			break
		}
		if !slices.Contains(names, in[i].Canonical) {
			names = append(names, in[i].Canonical)
		}
	}
	return names
}

// joins reports whether gap, the text between two names, coordinates them.
func joins(gap string) bool {
	switch strings.ToLower(strings.TrimSpace(gap)) {
	case "dan", "and", "serta", ",", ", dan", ", and", "&":
		return true
	}
	return false
}

// agent returns the entity after "oleh" or "by" in body[from:to], or "".
func (x *extractor) agent(from, to int) string {
	for _, w := range text.Words(x.body[from:to]) {
		if agentWords[strings.ToLower(x.body[from+w.Start:from+w.End])] {
			return x.firstEntityIn(from+w.End, to, "")
		}
	}
	return ""
}

// firstEntityIn returns the canonical name of the first entity in
// [from, to) that is not part of holder, or "".
func (x *extractor) firstEntityIn(from, to int, holder string) string {
	held := strings.Split(holder, ", ")
	for i := x.firstEntity(from); i < len(x.ents) && x.ents[i].Start < to; i++ {
		if e := x.ents[i]; e.End <= to && !slices.Contains(held, e.Canonical) {
			return e.Canonical
		}
	}
	return ""
}

// previousPerson returns the first person named in the nearest of the two
// sentences before sentence i that names one, or "".
func (x *extractor) previousPerson(i int) string {
	for k := i - 1; k >= max(i-2, 0); k-- {
		s := x.sents[k]
		for i := x.firstEntity(s.Start); i < len(x.ents) && x.ents[i].Start < s.End; i++ {
			if e := x.ents[i]; e.End <= s.End && e.Type == warta.EntityPerson && !x.quoted(e.Start) {
				return e.Canonical
			}
		}
	}
	return ""
}

// speakerIn returns the speaker of the first quote with a speaker that lies
// in the sentence, or "".
func (x *extractor) speakerIn(s text.Span) string {
	q, _ := x.quoteIn(s)
	return q.Speaker
}

// quoteIn returns the first quote with a speaker that overlaps s.
func (x *extractor) quoteIn(s text.Span) (warta.Quote, bool) {
	// Quotes are sorted by Start; those that start before s and reach into
	// it are found among the ones right before the first that starts in it.
	i := sort.Search(len(x.quotes), func(i int) bool { return x.quotes[i].Start >= s.Start })
	for k := max(i-maxOverlap, 0); k < len(x.quotes) && x.quotes[k].Start < s.End; k++ {
		if q := x.quotes[k]; q.Speaker != "" && q.End > s.Start {
			return q, true
		}
	}
	return warta.Quote{}, false
}

// maxOverlap bounds how many quotes before a position are checked for
// reaching over it: direct and indirect quotes may overlap, a few deep.
const maxOverlap = 4

// firstEntity returns the index of the first entity that starts at or after
// pos.
func (x *extractor) firstEntity(pos int) int {
	return sort.Search(len(x.ents), func(i int) bool { return x.ents[i].Start >= pos })
}

// quoteCovering returns the direct quote whose content holds pos.
func (x *extractor) quoteCovering(pos int) (warta.Quote, bool) {
	i := sort.Search(len(x.quotes), func(i int) bool { return x.quotes[i].Start > pos })
	for k := i - 1; k >= max(i-maxOverlap, 0); k-- {
		if q := x.quotes[k]; q.Kind == warta.QuoteDirect && q.Start <= pos && pos < q.End {
			return q, true
		}
	}
	return warta.Quote{}, false
}

// quoted reports whether pos lies inside a direct quote.
func (x *extractor) quoted(pos int) bool {
	_, ok := x.quoteCovering(pos)
	return ok
}
