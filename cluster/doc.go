// Package cluster groups articles into events and events into storylines.
//
// Events are articles about one happening, told within days; storylines are
// events linked over months. Clustering is online, in one pass in
// publication order, as streaming news clustering does. An Index holds the
// events and storylines so far, each with a centroid: the sum of its
// articles' unit TF-IDF vectors over stems (an article's 128 most telling
// terms) and another over the telling words of entity names ("Kawiloka" of
// "Gunung Kawiloka" and "Mount Kawiloka"), and the days its articles
// mention. An article with little text (a headline, an RSS item) also
// brings the words of its URL's slug ("federal-reserve-plosser-stimulus"),
// which often name the story apart from the headline.
//
// A new article (a Doc) is compared with the open events that share its
// most telling terms or its names, found through an inverted index; at
// most 16 of them, those sharing the most of the article's weight, are
// scored in full. The score blends the term cosine with the name cosine,
// adds a bonus for a mentioned day in common, and halves with every three
// days between the article and the event. The article joins the best event
// at or above the threshold (lower for short texts such as headlines,
// whose cosines run lower) or starts one; a new event joins the most
// similar storyline the same way, with a lower threshold and a two-year
// half-life, so a storyline may run for a year. When an article matches
// two events whose centroids are alike too, they merge (single-pass
// clustering otherwise keeps the halves of an event that began as two);
// two settled events (of 40 articles or more each) merge only as two
// long articles' events would, since their centroids say more than one
// headline.
// Articles of one report group (copies and rewrites, from package dedup)
// always land in one event.
//
// Single-pass decisions are made against the centroids of the moment, so
// an article placed while its event was young, or before the event it
// belongs to began, can sit in the wrong one. Refine places the articles
// of the open events once more against the grown centroids (an article
// moves when another open event fits it better than its own event
// without it does); the index does this for every event before it
// closes, and Build once more at the end. Headline-length articles move
// only out of a small event (fewer than 10 articles) into a settled one
// that fits them: their cosines are too noisy to overrule the first
// decision otherwise, and the fragments of big stories that single-pass
// clustering leaves behind are mostly such headlines.
//
// Events older than the event window, and storylines older than the
// storyline window, are closed: they leave the inverted index and drop
// their centroids, so the cost per article and the memory held per
// article do not grow with the corpus. Ids derive from the first article
// of an event or storyline and the result depends only on the order of
// the calls; Build adds a whole corpus in date order (undated articles
// last) after counting its term statistics, so it does not depend on the
// order of its input either. Explain says why two articles are, or are
// not, together.
//
// A Doc has a compact binary form (MarshalBinary) so that a store keeps
// it and a corpus is clustered without reading bodies: BuildStream
// clusters a corpus read twice in SortKey order (term statistics, then
// placement) holding only the index, and an index restored article by
// article (Restore) is compacted now and then (Compact), so it keeps the
// centroids of open events only.
//
// An event's title is the headline of its most central article (closest to
// its centroid), a headline-length title before a body's first sentence.
// A storyline's title names it as a reader would, in any language: its
// key names, then up to two content words its events' headlines share
// ("Gunung Kawiloka: erupsi, mengungsi"). Key names hold the name words
// found in the names of the most events and in the most distinct names
// (a place or body recurs across events in many names, a spokesman in
// his own only); names in capitals (datelines), names mentioned once and
// words common across the corpus (an outlet's name) are left out. Titles are at most 80 characters.
package cluster
