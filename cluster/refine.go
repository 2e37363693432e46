package cluster

import (
	"slices"
)

// member is what an open event keeps of one of its articles so that
// Refine can reconsider it; closed events drop their members.
type member struct {
	id, title, published, group string
	dates, names                []string
	f                           features
	fixed                       bool // put by Restore: Refine leaves it
}

// refineTerms is how many distinct terms an article needs for Refine to
// move it to whichever event fits it better: the cosines of shorter texts
// (headlines) are too noisy to overrule the online decision (tuned on the
// UCI dev half); they only leave small events for settled ones.
const refineTerms = 20

// Refine reconsiders the articles of the open events, oldest event
// first: an article that another open event fits better than its own
// event without it does (at or above the event threshold) moves there.
// Single-pass clustering decides on the centroids of the moment; an
// article placed while its event was young, or before the event it
// belongs to began, is placed again against the grown ones. Articles of
// a report group stay; a short one (a headline) moves only out of a
// small event into a settled one that fits it. Refine returns how many articles
// moved. Articles put back by Restore stay where they were stored (an
// analyst's merge or split among them). An event left empty becomes part of the one its last article
// moved to; an event keeps its id when its first article moves away.
// Like a merge, Refine can change where earlier articles are: read them
// again from Storylines or Lookup.
func (x *Index) Refine() int {
	moved := 0
	for e := range x.events {
		moved += x.refineEvent(int32(e))
	}
	return moved
}

// refineEvent reconsiders the articles of event e as Refine does.
func (x *Index) refineEvent(e int32) int {
	ev, sl := x.events[e], &x.evSlot[e]
	if sl.closed || sl.into >= 0 {
		return 0
	}
	moved := 0
	for i := 0; i < len(ev.members); {
		m := ev.members[i]
		if m.fixed || m.group != "" {
			i++
			continue
		}
		var to int32
		if len(m.f.terms.ids) < refineTerms {
			to = x.settledFor(e, m)
		} else {
			to = x.betterEvent(e, m)
		}
		if to < 0 {
			i++
			continue
		}
		x.move(e, i, to)
		moved++
		if sl.into >= 0 {
			break
		}
	}
	return moved
}

// betterEvent returns the open event that fits member m of event e
// better than e without m does, or -1.
func (x *Index) betterEvent(e int32, m member) int32 {
	ev := x.events[e]
	d := Doc{ID: m.id, Published: m.published, Dates: m.dates}
	f := m.f
	own := -1.0
	if len(ev.articles) > 1 {
		// The event's centroid without m.
		nc, hasNames := ev.names.cosineWithout(f.names)
		g, _ := gap(f, ev.first, ev.last, ev.dated)
		tc, _ := ev.terms.cosineWithout(f.terms)
		own = similarity(tc, nc, len(f.names.ids) > 0 && hasNames,
			x.nameWeight(f), sharesDay(ev.days, d), x.opt.DateWeight, g, x.opt.EventHalfLife)
	}
	best, bestSim := int32(-1), max(own, x.eventThreshold(f))
	for _, c := range x.candidates(&x.evPost, x.evSlot, f) {
		if c == e {
			continue
		}
		s, ok := x.events[c].match(f, d, x.nameWeight(f), x.opt.DateWeight, x.opt.EventHalfLife, x.opt.EventWindow)
		if ok && s > bestSim {
			best, bestSim = c, s
		}
	}
	return best
}

// settledFor returns the settled open event (settledEvent articles or
// more) that fits short member m of small event e best, at or above
// absorbThreshold, or -1; and -1 when e is not small.
func (x *Index) settledFor(e int32, m member) int32 {
	if len(x.events[e].articles) >= smallEvent {
		return -1
	}
	d := Doc{ID: m.id, Published: m.published, Dates: m.dates}
	best, bestSim := int32(-1), absorbThreshold
	for _, c := range x.candidates(&x.evPost, x.evSlot, m.f) {
		if c == e || len(x.events[c].articles) < settledEvent {
			continue
		}
		s, ok := x.events[c].match(m.f, d, x.nameWeight(m.f), x.opt.DateWeight, x.opt.EventHalfLife, x.opt.EventWindow)
		if ok && s >= bestSim {
			best, bestSim = c, s
		}
	}
	return best
}

// A headline-length article in an event of fewer than smallEvent
// articles moves to a settled event when it fits one at or above
// absorbThreshold (tuned on the UCI dev half). Single-pass clustering
// leaves such fragments of big stories behind (a headline that came
// before its story had a centroid to join), and a short text's cosine
// with a settled centroid is more trustworthy than with a small one. The
// target must be settled, not merely larger: between events of ten-odd
// articles (ECB+ sub-topics) the move mixes two events of one kind.
const (
	smallEvent      = 10
	absorbThreshold = 0.10
)

// move moves member i of live event from to live event to, with its
// storyline contributions.
func (x *Index) move(from int32, i int, to int32) {
	a, b := x.events[from], x.events[to]
	m := a.members[i]
	a.members = slices.Delete(a.members, i, i+1)
	if k := slices.Index(a.articles, m.id); k >= 0 {
		a.articles = slices.Delete(a.articles, k, k+1)
	}
	a.terms.sub(m.f.terms)
	a.names.sub(m.f.names)
	if a.lead == m.id {
		a.lead, a.title, a.date = "", "", ""
		for _, o := range a.members {
			if a.lead == "" || earlier(o.published, o.id, a.date, a.lead) {
				a.lead, a.title, a.date = o.id, o.title, o.published
			}
		}
	}
	sa, sb := x.st(a.story), x.st(b.story)
	if sa != sb {
		st := m.f.terms.truncate(storyTerms)
		x.stories[sa].terms.sub(st)
		x.stories[sa].names.sub(m.f.names)
		x.stories[sb].terms.add(st, func(id int32) { x.stPost.addTerm(id, sb) })
		x.stories[sb].names.add(m.f.names, func(id int32) { x.stPost.addName(id, sb) })
	}
	for _, n := range m.names {
		if a.nameArts != nil {
			if a.nameArts[n]--; a.nameArts[n] <= 0 {
				delete(a.nameArts, n)
			}
		}
		if b.nameArts == nil {
			b.nameArts = make(map[string]int32)
		}
		b.nameArts[n]++
		if sa != sb {
			if x.stories[sa].nameCount[n]--; x.stories[sa].nameCount[n] <= 0 {
				delete(x.stories[sa].nameCount, n)
			}
			x.stories[sb].nameCount[n]++
		}
	}
	x.docOf[m.id] = to
	b.articles = append(b.articles, m.id)
	b.members = append(b.members, m)
	if earlier(m.published, m.id, b.date, b.lead) {
		b.lead, b.title, b.date = m.id, m.title, m.published
	}
	if m.f.dated {
		b.first, b.last, b.dated = span(b.first, b.last, b.dated, m.f.day)
	}
	b.terms.add(m.f.terms, func(id int32) { x.evPost.addTerm(id, to) })
	b.names.add(m.f.names, func(id int32) { x.evPost.addName(id, to) })
	b.days = addDays(b.days, m.dates)
	if len(a.articles) == 0 {
		// Nothing left: the event's id now leads to where its last
		// article went.
		x.evSlot[from].into = to
		a.terms, a.names, a.days, a.members = centroid{}, centroid{}, nil, nil
	}
}
