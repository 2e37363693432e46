// Package entity finds the people, organisations and places that a news
// article mentions, and merges the ways one article names each of them.
//
// This first version works from rules and short lists that we write
// ourselves: runs of capitalised words, split by known country, city and
// organisation names, and typed by the cue words of Indonesian and English
// news (titles, organisation and place words, speech verbs, appositions).
// Outlets are organisations: web domains ("TRIBUNNEWS.COM",
// "Liputan6.com", one name, never "COM" alone), names made like outlets'
// ("Harian Timur", "Jawa Pos"), names credited with a report ("dikutip
// dari", "melansir", "kantor berita", "X melaporkan") and names the
// caller knows as outlets (ExtractKnown, from articles' outlet fields).
// It needs no model and does no I/O. Offsets are byte offsets into the body
// passed in.
//
// Quality is measured, not assumed: the tests score entity-level F1 on the
// idner-news-2k dev split when ../shared/data is present.
package entity
