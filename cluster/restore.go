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
