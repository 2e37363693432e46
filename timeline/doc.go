// Package timeline tells a storyline as dated events, each with the
// articles and outlets that report it, how many of those outlets reported
// independently (copies and rewrites of one report count once), and the
// evidence spans in each article.
//
// This first version makes one timeline entry per event, dated by the
// event's date, summarised by the lead sentence of its first article.
package timeline
