// Package timeline tells a storyline as dated entries: what happened
// when, as its articles tell it, who reported it, how many of them
// reported independently, and the sentences that say so.
//
// # Entries and their kinds
//
// Each event of the storyline becomes a "reported" entry, the news of
// the day, dated by the day its articles' leads name (a day up to a week
// before publication) or else by publication. Every other calendar date
// an article mentions (from the timex stage: days, ISO weeks, months,
// quarters, years) becomes an entry of its own, of kind
//
//   - "scheduled" when the date lies after publication, or on its day
//     with a future cue ("akan", "dijadwalkan", "will", "expected") in
//     the six words before the date expression;
//   - "background" when it ended more than 90 days before publication,
//     or a week before the storyline's first article;
//   - "reported" otherwise: what had happened by publication.
//
// A month or year that holds the publication day and is not announced
// ("tahun ini") makes no entry. Mentions of the same happening are merged
// across articles: the dates must be compatible (equal, or one within
// the other) and the sentences must share content, weighted so that
// words most of the storyline's articles share count little; a date
// within a coarser one needs more shared content (half of the mention's
// weight) than the same date (0.22), and a past mention needs 0.8 to join
// an entry whose sentences announce something ("akan mengunjungi" on 12
// June is not the visit recalled in October as "pada bulan Juni").
// Scheduled mentions merge only with
// scheduled ones, so that a plan and its later report stay two entries.
// A mention of the very same date also joins an entry when the clause
// around its date expression shares that content ("..., ending a wait
// that began when the project was first proposed in 2009"), or when its
// sentence and one of the entry's share language-independent anchors:
// numbers with their scale and unit normalised ("12.418" and "12,418";
// "Rp 4,2 triliun" and "4.2 trillion"; "12 persen" and "12 percent"),
// the values of other time expressions ("dua bulan", "two months"), the
// words of names and short quoted names. The shared anchors must weigh
// half of the smaller sentence's (anchors every article has weigh
// nothing) and include more than the names of people and places, so
// that an Indonesian and an English account of one happening merge, and
// two things one spokesman said in one month do not.
// An entry is reported when any article reports it, background when
// none does and not all announce it.
//
// # Independent sources and origins
//
// Attribution cues ("mengutip", "menurut", "dilansir dari", "seperti
// dikutip", "according to", "citing", "X melaporkan", "X reported") name
// the sources an article credits, nearest first: Origins holds the chain
// per article (outlet, then via). Sources are agencies, outlets and
// institutions; places, weekdays, months and people ("menurut Andika
// Pratama", "menurut Andika" after it, and "menurut Rusdiansyah" when
// the article names Rusdiansyah elsewhere too) are not taken for one. A
// single word that the article names only right after a cue ("menurut
// Kompas") may still be an outlet. A name
// that is the outlet of one of the storyline's articles is a source even
// when the entity stage took it for a person. An article's chain for an entry comes
// from its evidence sentences, or, for its news of the day, from its
// first two sentences. Articles count as one independent source when
// they are in one report group (copies and rewrites), come from one
// outlet (however it is spelt: "news.detik.com" and "Detik" are one, by
// warta.OutletKey), credit a common source anywhere in their chains, or
// when one credits the other's outlet.
//
// # What is new
//
// Articles are read in publication order; a sentence is new when it has
// content no earlier article had: a new name or number, or at least two
// new content words making a sixth of its content (the words of names
// count once, as the name). Timeline.New lists those sentences per
// article, and Evidence.New marks evidence that is new.
package timeline
