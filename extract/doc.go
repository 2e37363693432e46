// Package extract turns a warta.Document into clean main text and the
// metadata that can be read from it: title, outlet, author, dateline,
// language and the raw publication date.
//
// Two inputs are handled. HTML pages go through go-trafilatura (with its
// readability and dom-distiller fallbacks) for the main text and the page
// metadata, and the text it finds is then cleaned like plain text. Plain
// text, the shape of most news dumps, goes through a line cleaner that
// knows the boilerplate families of Indonesian and English news sites:
// navigation and widget residue, "Baca juga" link lines, logos, mastheads
// ("WARTA PAGI | Berita Pilihan Hari Ini"), bylines,
// editor sign-offs such as "(ant)" or "[ab/uh]", and captions printed twice.
// Every line the cleaner drops is reported in Result.Removed with a short
// reason, so that a reader can see why.
//
// Two kinds of evidence go beyond one line. A line that recurs in many
// articles of the same outlet is that outlet's boilerplate: Repeats counts
// lines over a batch, and TextWith and DocumentWith use the counts. And
// words that a scraper glued together where a link was ("DiSinetron Luka
// Cintaepisode") are split again (RepairGlued) where a word list built from
// IndoSum and idner-news-2k, and changes of case, make the cut clear.
//
// Beyond that repair the cleaner never rewrites content: datelines
// ("JAKARTA, KOMPAS.com -") stay in the body and are only reported, and a
// body that is already clean comes back unchanged, so Text is idempotent
// on its own output.
package extract
