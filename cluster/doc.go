// Package cluster groups articles into events and events into storylines.
//
// Events are articles about one happening, told within days; storylines are
// events linked over months. Clustering is online, in one pass in
// publication order, as streaming news clustering does: an Index holds the
// open events and storylines, each with a centroid (the sum of its
// articles' unit TF-IDF vectors over stems, and another over the telling
// words of entity names) and the dates its articles mention. A new article
// (a Doc) is compared with the events that share its most telling terms or
// names, found through an inverted index that forgets events once they are
// too old to grow, so the cost per article does not grow with the corpus.
// It joins the most similar event above a threshold, or starts one; a new
// event joins the most similar storyline the same way, with a lower
// threshold and a slow time decay (a storyline may span a year). Articles
// of one report group (copies and rewrites, from package dedup) always
// land in one event.
//
// Build clusters a whole corpus at once with the same Index, adding
// articles in date order; Explain says why two articles are, or are not,
// together.
package cluster
