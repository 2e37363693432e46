package timex

import (
	"fmt"
	"strings"
	"time"
)

// Flags a Timex may carry.
const (
	// FlagWeekdayConflict marks a date whose printed weekday agrees with no
	// reading of its numbers; the value is the language's usual reading.
	FlagWeekdayConflict = "weekday-conflict"
	// FlagNoAnchor marks a relative expression that had no anchor to
	// count from.
	FlagNoAnchor = "no-anchor"
)

// dayReading is one way to read the numbers of a date.
type dayReading struct{ m, d int }

// pickDay chooses among readings of a date (the language's usual order
// first) and, when year is 0, among candidate years, using the printed
// weekday wd (0 when none) as evidence. It returns the day and a flag.
func pickDay(c *resolution, readings []dayReading, year, wd int) (time.Time, string, bool) {
	var valid []dayReading
	for _, r := range readings {
		if r.m >= 1 && r.m <= 12 && r.d >= 1 && r.d <= 31 {
			valid = append(valid, r)
		}
	}
	if len(valid) == 0 {
		return time.Time{}, "", false
	}
	if year > 0 {
		for _, r := range valid {
			if validDate(year, r.m, r.d) && (wd == 0 || isoWeekday(date(year, r.m, r.d)) == wd) {
				return date(year, r.m, r.d), "", true
			}
		}
		if t, ok := typoDay(c, valid[0], year, wd); ok {
			return t, "", true
		}
		for _, r := range valid {
			if validDate(year, r.m, r.d) {
				return date(year, r.m, r.d), FlagWeekdayConflict, true
			}
		}
		return time.Time{}, "", false
	}
	// No year: the usual reading in the year the context implies first,
	// then neighbouring years; only a weekday can move us off the usual
	// reading or the implied year.
	for _, r := range valid {
		base := yearFor(c, r.m, r.d)
		if wd == 0 {
			if validDate(base, r.m, r.d) {
				return date(base, r.m, r.d), "", true
			}
			continue
		}
		for _, dy := range yearSteps(c) {
			y := base + dy
			if validDate(y, r.m, r.d) && isoWeekday(date(y, r.m, r.d)) == wd && !c.afterNow(date(y, r.m, r.d)) {
				return date(y, r.m, r.d), "", true
			}
		}
	}
	r := valid[0]
	base := yearFor(c, r.m, r.d)
	if !validDate(base, r.m, r.d) {
		return time.Time{}, "", false
	}
	if wd == 0 {
		return date(base, r.m, r.d), "", true
	}
	return date(base, r.m, r.d), FlagWeekdayConflict, true
}

// typoDay corrects a dated day whose printed weekday is wrong when the
// article's date shows the typo: the only day in the week up to the
// anchor (and the day after) that has the printed weekday and differs
// from the written date in one digit or only in its year ("Rabu
// (14/12/2014)" in an article of Thursday 25 December is the 24th;
// "Kamis (11/12/2013)" in one of Thursday 11 December 2014 is 2014;
// "Rabu (18/6/2926)" in one of Wednesday 18 June 2025 is 2025).
func typoDay(c *resolution, r dayReading, year, wd int) (time.Time, bool) {
	if !c.known() || wd == 0 {
		return time.Time{}, false
	}
	written := fmt.Sprintf("%02d%02d%04d", r.d, r.m, year)
	var found time.Time
	for k := -7; k <= 1; k++ {
		t := c.anchor.AddDate(0, 0, k)
		if isoWeekday(t) != wd {
			continue
		}
		cand := fmt.Sprintf("%02d%02d%04d", t.Day(), int(t.Month()), t.Year())
		diff := 0
		for i := range written {
			if written[i] != cand[i] {
				diff++
			}
		}
		// one wrong digit, or a wrong year with the right day and month
		// ("Rabu (18/6/2926)" in an article of Wednesday 18 June 2025)
		if diff == 1 || t.Day() == r.d && int(t.Month()) == r.m && t.Year() != year {
			if !found.IsZero() {
				return time.Time{}, false
			}
			found = t
		}
	}
	return found, !found.IsZero()
}

// yearSteps lists the year offsets a weekday may move a yearless date by:
// with an anchor only a year either way; without one, when the text names
// a year, a little further into the years after it; when only the clock
// gives the year, back in time only.
func yearSteps(c *resolution) []int {
	switch {
	case c.known():
		return []int{0, -1, 1}
	case !c.now.IsZero():
		// Only the clock hints at the year: look back, far enough for
		// every weekday to come round (eleven years at most).
		return []int{0, -1, -2, -3, -4, -5, -6, -7, -8, -9, -10, -11}
	}
	return []int{0, 1, -1, 2}
}

// afterNow reports whether day lies after the clock's today, when the
// clock bounds yearless dates (see resolution.now).
func (c *resolution) afterNow(day time.Time) bool {
	return !c.now.IsZero() && day.After(c.now)
}

// yearFor is the year a yearless month and day most likely fall in. News
// mostly looks back, so with an anchor the day is placed in a twelve-month
// window around it that reaches nine months back and three ahead (six and
// six in English, where training data shows no such bias); a past
// cue in the sentence moves the window to [-11, +1] months and a future cue
// to [-1, +11]. Without an anchor it is the text's year hint.
func yearFor(c *resolution, m, d int) int {
	if !c.known() {
		return c.yearHint
	}
	back := 9
	if c.lang == "en" {
		back = 6 // English news dates coming events as often as past ones
	}
	switch {
	case c.tense < 0:
		back = 11
	case c.tense > 0:
		back = 1
	}
	from := firstOfMonth(c.anchor).AddDate(0, -back, 0)
	y := from.Year()
	if date(y, m, 1).Before(from) {
		y++
	}
	_ = d
	return y
}

// monthYear resolves a bare month name: rel is the deictic word after it
// ("lalu", "depan", "ini", "last", "next", "this" or "").
func monthYear(c *resolution, m int, rel string) string {
	if !c.known() {
		return fmt.Sprintf("XXXX-%02d", m)
	}
	y := c.anchor.Year()
	am := int(c.anchor.Month())
	switch relDir(rel) {
	case -1:
		if m >= am {
			y--
		}
	case 1:
		if m < am {
			y++
		}
	case 2: // this year
	default:
		// a bare month looks back more often than a dated day does, in
		// English too: use the past-biased window
		saved := c.lang
		c.lang = ""
		y = yearFor(c, m, 15)
		c.lang = saved
	}
	return fmt.Sprintf("%04d-%02d", y, m)
}

// relDir reads a deictic word: -1 past, +1 future, 2 current, 0 none.
func relDir(rel string) int {
	rel = strings.Join(strings.Fields(rel), " ")
	switch rel {
	case "lalu", "yang lalu", "kemarin", "silam", "sebelumnya", "last", "past", "previous", "the past", "the previous", "the last", "ago", "earlier", "before":
		return -1
	case "depan", "mendatang", "berikutnya", "yang akan datang", "next", "coming", "the next", "the coming", "later", "after", "from now", "hence", "lagi", "kemudian", "ke depan":
		return 1
	case "ini", "this", "current", "the current", "tahun ini":
		return 2
	}
	return 0
}

// weekdayValue resolves a weekday name against the anchor.
func weekdayValue(c *resolution, wd int, rel string) (time.Time, bool) {
	if !c.known() {
		return time.Time{}, false
	}
	a := c.anchor
	switch relDir(rel) {
	case -1:
		return weekdayNear(a.AddDate(0, 0, -1), wd, -1), true
	case 1:
		return weekdayNear(a.AddDate(0, 0, 1), wd, 1), true
	case 2:
		return a.AddDate(0, 0, wd-isoWeekday(a)), true
	}
	if c.tense > 0 {
		return weekdayNear(a, wd, 1), true
	}
	return weekdayNear(a, wd, -1), true
}

// namedWeekday returns the latest day the text has named that falls on
// weekday wd within a week of the anchor, if any.
func namedWeekday(c *resolution, wd int) (time.Time, bool) {
	if !c.known() {
		return time.Time{}, false
	}
	for i := len(c.named) - 1; i >= 0; i-- {
		t := c.named[i]
		if isoWeekday(t) == wd && !t.Before(c.anchor.AddDate(0, 0, -7)) && !t.After(c.anchor.AddDate(0, 0, 7)) {
			return t, true
		}
	}
	return time.Time{}, false
}

// partOfDay maps words for parts of the day to TIMEX3 codes.
func partOfDay(w string) string {
	switch strings.Join(strings.Fields(w), " ") {
	case "pagi", "morning", "dini hari", "subuh", "fajar":
		return "MO"
	case "noon", "midday", "tengah hari":
		return "MI"
	case "siang", "sore", "afternoon":
		// IndoTimex's own grammar reads siang and sore as the afternoon
		return "AF"
	case "evening", "magrib", "maghrib", "senja", "petang":
		return "EV"
	case "malam", "night", "tengah malam", "overnight":
		return "NI"
	}
	return ""
}

// zoneOffset maps Indonesian and common zone names to UTC offsets.
func zoneOffset(z string) string {
	switch strings.ToLower(strings.TrimSpace(z)) {
	case "wib":
		return "+07:00"
	case "wita":
		return "+08:00"
	case "wit":
		return "+09:00"
	case "utc", "gmt":
		return "Z"
	}
	return ""
}

// dayOrX formats a day, or the unknown day when t is zero.
func dayOrX(t time.Time) string {
	if t.IsZero() {
		return "XXXX-XX-XX"
	}
	return format(t, precDay)
}

// focus returns the day the text last named, else the anchor: the day a
// clock time or a part of the day without a date of its own belongs to.
func (c *resolution) focus() time.Time {
	if c.last.IsZero() {
		return c.anchor
	}
	return c.last
}

// clockDay returns the day a clock time at hour h falls on: the day the
// text named for it, else the anchor. After a night ("Sabtu malam pukul
// 01.00", "Friday night at 1 a.m.") an hour before six is already the
// next calendar day.
func clockDay(c *resolution, h int) time.Time {
	if c.last.IsZero() {
		return c.anchor
	}
	if c.lastNight && h < 6 {
		return c.last.AddDate(0, 0, 1)
	}
	return c.last
}

// relative resolves "n units" counted from the anchor in direction dir.
func relative(c *resolution, n int, unit string, dir int) (string, string) {
	if n < 0 {
		if dir < 0 {
			return "PAST_REF", ""
		}
		return "FUTURE_REF", ""
	}
	if !c.known() {
		switch unit {
		case "Y":
			return "XXXX", FlagNoAnchor
		case "M":
			return "XXXX-XX", FlagNoAnchor
		case "W":
			return "XXXX-WXX", FlagNoAnchor
		}
		return "XXXX-XX-XX", FlagNoAnchor
	}
	t, p := shift(c.anchor, unit, dir*n)
	if p == precDay {
		c.day = t
	}
	return format(t, p), ""
}

// deictic resolves "this/last/next unit" against the anchor.
func deictic(c *resolution, unit string, dir int) (string, string) {
	if dir == 2 {
		dir = 0
	}
	return relative(c, 1*abs(dir), unit, sign(dir))
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 1
}
