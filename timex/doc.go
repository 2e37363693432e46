// Package timex finds temporal expressions in Indonesian, English and
// Spanish news text, normalises them to TIMEX3 values, and dates articles
// from their text.
//
// A Tagger recognises expressions with rule families (numeric and named
// dates with or without a weekday, years, decades and centuries, relative
// days, weeks, months and years, bare month and weekday names, times of day
// with Indonesian zones, durations and sets) and resolves each against an
// anchor, the article's own date. Values follow TIMEX3: "2024-10-08",
// "2024-06", "2024", "2024-W16", "2024-Q3", "P3D", "PT2H",
// "2024-10-08T13:21+07:00", and the references PRESENT_REF, PAST_REF and
// FUTURE_REF. What the anchor cannot fix stays underspecified ("XXXX-06").
//
// A weekday printed next to a numeric date is used as evidence: it picks
// between day/month and month/day orders ("Selasa (10/8/2024)" is
// 2024-10-08, since 10 August 2024 was a Saturday) and, when the year is
// missing, between candidate years; with the anchor it also corrects a
// one-digit typo ("Kamis (11/12/2013)" in an article of Thursday 11
// December 2014). A weekday that no reading agrees with is reported in the
// Timex's Flag as "weekday-conflict".
//
// Tagger.Date decides an article's publication date from metadata when it
// has any and otherwise from the text: a dateline, the latest date anchored
// by a weekday that the article does not describe as still to come, and
// finally "today" expressions. Redate lets a corpus-level stage lend one
// article's date to a rewrite of the same report.
package timex
