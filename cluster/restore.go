package cluster

// Compact closes the events and storylines too old to grow (older than
// the event or storyline window before the newest day seen), dropping
// their centroids and leaving the inverted indexes, as the index does on
// its own every few thousand articles while time moves on. Restoring a
// store article by article in id order reaches the newest day early and
// then stays there, so the index would otherwise keep the centroids of
// every event restored after that: a caller restoring a large store
// calls Compact every few thousand articles, and the memory held stays
// that of the open events.
func (x *Index) Compact() {
	if !x.dated {
		return
	}
	x.sinceCompact, x.compactedAt = compactEvery, x.now-1
	x.advance(features{})
}

// RestoreClosed puts d where a says, as Restore does, in an event and a
// storyline that are closed: too old for any new article to join. It
// counts d's terms and names, as Restore does, but computes no vectors
// and adds to no centroid, so restoring the old part of a large store
// costs little. title is the event's stored title, which a closed event
// keeps. An article that Restore put in an open event stays there.
func (x *Index) RestoreClosed(d Doc, a Assignment, title string) {
	x.observe(d)
	if _, ok := x.docOf[d.ID]; ok {
		return
	}
	var f features
	f.day, f.dated = dayOf(d.Published)
	if f.dated && (!x.dated || f.day > x.now) {
		x.now, x.dated = f.day, true
	}
	e := x.eventFor(a, true)
	x.join(e, d, f)
	if x.evSlot[e].closed && title != "" {
		x.events[e].title = title
	}
}
