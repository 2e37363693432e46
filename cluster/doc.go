// Package cluster groups articles into events and events into storylines.
//
// This first version makes one event of each report (an article, or a
// group of copies of one report from package dedup) and links events into
// storylines when their words and names are alike: the cosine of their
// TF-IDF vectors over stemmed content words, blended with the overlap of
// their entity names, above a threshold, linked transitively. Candidate
// pairs come from an inverted index over each event's most telling terms,
// so that the work grows with the number of related pairs, not with the
// square of the corpus.
package cluster
