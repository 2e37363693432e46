package timex

import (
	"math/bits"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/warta-news/warta"
)

// Tagger finds and normalises temporal expressions. Now is the clock used
// when nothing better anchors relative expressions (tests pass a fixed
// clock); nil means time.Now.
type Tagger struct {
	Now func() time.Time
}

func (t *Tagger) now() time.Time {
	if t == nil || t.Now == nil {
		return time.Now()
	}
	return t.Now()
}

// mention is a recognised expression waiting for its anchor.
type mention struct {
	start, end int
	typ        string
	rank       int // breaks ties between rules matching the same span
	// resolve returns the TIMEX3 value and a flag, given the context.
	resolve func(c *resolution) (value, flag string)
	// day is set by resolve when the mention names one calendar day, so
	// later "hari itu" and clock times can refer to it.
	weekdayAnchored bool
	// clock is set for clock times, which take their day from a date in
	// the same sentence.
	clock bool
	// absolute is set for dates written out in full (day, month and
	// perhaps year), which need no anchor.
	absolute bool
	// weekday is set for a day named by its weekday alone ("pada Minggu").
	weekday bool
	// timed is set for a day joined with its own clock time ("Kamis,
	// 23.37 WIB"): another clock time of its sentence does not take its day.
	timed bool
	// focus is set for expressions that, like clock times, take the day of
	// their sentence ("hari kedua pencarian"), but are no clock times.
	focus bool
	// clockOffset, when not 0, makes the mention the clock time that many
	// minutes after (or before) the last clock time the text named: "42
	// menit kemudian".
	clockOffset int
}

// resolution is what a mention is resolved against.
type resolution struct {
	anchor time.Time // the article's date; zero when unknown
	lang   string
	tense  int // -1 past, +1 future, 0 unknown: from cue words near the mention
	// last is the latest calendar day the text itself named, for "that day"
	// and bare clock times.
	last time.Time
	// lastNight is set when last comes from a night ("Sabtu malam", "4
	// November malam"): a clock time before six in the morning then falls
	// on the next calendar day.
	lastNight bool
	// yearHint is the year to try first when a date lacks one and the
	// anchor is unknown.
	yearHint int
	// now, set when yearHint is only the clock's year (the text names
	// none), bounds yearless dates: an article cannot report a weekday
	// date after the moment it is read.
	now time.Time
	// day, when the current mention resolves to a single day, is that day.
	day time.Time
	// named lists the days the text has named so far, in text order: a
	// bare weekday that one of them has ("pertemuan Kamis" after "pada
	// Kamis (27/11/2014)") is that day.
	named []time.Time
	// lastYear is the last year the text wrote out, for "septiembre de
	// ese año" and "setahun sebelumnya".
	lastYear int
	// quarter is the last fiscal quarter the text named ("2024-Q3"): a
	// report about a quarter compares it with the same quarter "a year
	// earlier".
	quarter time.Time
}

func (r *resolution) known() bool { return !r.anchor.IsZero() }

// ref is the date relative expressions count from: the anchor, or the
// last named day when there is no anchor.
func (r *resolution) ref() (time.Time, bool) {
	if r.known() {
		return r.anchor, true
	}
	return time.Time{}, false
}

// rule is one recognition pattern and the builder that turns a match into a
// mention (or rejects it by returning nil).
type rule struct {
	name  string
	re    *regexp.Regexp
	first byteSet // the bytes a match can begin with
	rank  int
	build func(m *match) *mention
}

// match is one regular-expression match over the lower-cased text.
type match struct {
	body, lc string
	idx      []int
	re       *regexp.Regexp
}

// g returns the lower-cased text of the named group, or "".
func (m *match) g(name string) string {
	i := m.re.SubexpIndex(name)
	if i < 0 || m.idx[2*i] < 0 {
		return ""
	}
	return m.lc[m.idx[2*i]:m.idx[2*i+1]]
}

// pos returns the byte offset where the named group starts, or -1.
func (m *match) pos(name string) int {
	i := m.re.SubexpIndex(name)
	if i < 0 {
		return -1
	}
	return m.idx[2*i]
}

func (m *match) start() int { return m.idx[0] }
func (m *match) end() int   { return m.idx[1] }

// capital reports whether the body has an upper-case letter at offset i.
func (m *match) capital(i int) bool {
	return i >= 0 && i < len(m.body) && m.body[i] >= 'A' && m.body[i] <= 'Z'
}

// before returns up to n bytes of lower-cased text before the match.
func (m *match) before(n int) string {
	s := max(0, m.start()-n)
	return m.lc[s:m.start()]
}

// after returns up to n bytes of lower-cased text after the match.
func (m *match) after(n int) string {
	e := min(len(m.lc), m.end()+n)
	return m.lc[m.end():e]
}

func (m *match) mention(typ string, resolve func(c *resolution) (string, string)) *mention {
	return &mention{start: m.start(), end: m.end(), typ: typ, resolve: resolve}
}

// Tag finds temporal expressions in body (language "id", "en", or other:
// try both rule sets) and normalises them against anchor, the article's
// date. With a zero anchor absolute expressions are still resolved and
// purely relative ones get an underspecified value ("XXXX-XX-XX") or a
// reference (PAST_REF, PRESENT_REF, FUTURE_REF). Offsets are byte offsets
// into body; the result is ordered by offset and free of overlaps.
func (t *Tagger) Tag(body, lang string, anchor time.Time) []warta.Timex {
	lc := lowerASCII(body)
	ms := recognise(body, lc, lang)
	res := t.newResolution(body, lang)
	res.anchor = dateOnly(anchor)
	return resolveAll(body, lc, ms, res)
}

func dateOnly(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return date(t.Year(), int(t.Month()), t.Day())
}

// newResolution starts resolving the mentions ms of body. Its year hint,
// for yearless dates when nothing anchors the text, is the latest year the
// text writes as part of a date ("30 September 2024", "12/6/2024"), or
// else the latest bare year that does not open a span ("since 2010" is
// before the text's time, not its year), or else the clock's year, and then
// the clock also bounds such dates.
func (t *Tagger) newResolution(body, lang string) *resolution {
	res := &resolution{lang: lang}
	now := t.now()
	years, bare := writtenYears(body)
	if len(years) == 0 {
		years = bare
	}
	for _, y := range years {
		if y > res.yearHint && y <= now.Year()+1 {
			res.yearHint = y
		}
	}
	if res.yearHint == 0 {
		res.yearHint = now.Year()
		res.now = dateOnly(now)
	}
	return res
}

// Patterns matched against the few bytes before a year. monthBeforeRE
// ends in a month name or abbreviation, an optional day and the Spanish
// "de" ("September ", "Sept. 30, ", "marzo de "); numericBeforeRE ends in
// the day and month of a numeric date ("12/6/", "12-06-"); wordBeforeRE
// captures the word before the year.
var (
	monthBeforeRE   = regexp.MustCompile(`(?i)(?:^|[^\pL])(\pL+)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+(?:de\s+)?$`)
	numericBeforeRE = regexp.MustCompile(`(?:^|[^\d])\d{1,2}[/.-]\d{1,2}[/.-]$`)
	wordBeforeRE    = regexp.MustCompile(`(\pL+)\s*$`)
	isoAfterRE      = regexp.MustCompile(`^-\d\d-\d\d\b`)
)

// sinceWords open a span that runs from a year to the text's time.
var sinceWords = map[string]bool{"since": true, "sejak": true, "semenjak": true, "desde": true}

// writtenYears lists the four-digit years body writes as part of a date
// (after a month name, closing a numeric date, or opening an ISO date),
// and the others, leaving out those that open a span ("sejak 2010",
// "since 2010", "desde 2010"). It finds the years first and looks only at
// the bytes around each, since a month-name pattern run over every body
// costs more than the whole tagger.
func writtenYears(body string) (dated, bare []int) {
	for _, loc := range findYears(body) {
		n, _ := number(body[loc[0]:loc[1]])
		before := body[max(0, loc[0]-32):loc[0]]
		if isoAfterRE.MatchString(body[loc[1]:min(len(body), loc[1]+8)]) || numericBeforeRE.MatchString(before) {
			dated = append(dated, n)
			continue
		}
		if m := monthBeforeRE.FindStringSubmatch(before); m != nil && isMonthWord(strings.ToLower(m[1])) {
			dated = append(dated, n)
			continue
		}
		if m := wordBeforeRE.FindStringSubmatch(before); m != nil && sinceWords[strings.ToLower(m[1])] {
			continue
		}
		bare = append(bare, n)
	}
	return dated, bare
}

// findYears returns the offsets of the four-digit years in s: the words
// 1900 to 2099, as `\b(?:19|20)\d\d\b` finds them.
func findYears(s string) [][2]int {
	var out [][2]int
	for i := 0; i+4 <= len(s); i++ {
		c := s[i]
		if c != '1' && c != '2' || i > 0 && isWordByte(s[i-1]) {
			continue
		}
		if !(c == '1' && s[i+1] == '9' || c == '2' && s[i+1] == '0') || !isDigit(s[i+2]) || !isDigit(s[i+3]) ||
			i+4 < len(s) && isWordByte(s[i+4]) {
			continue
		}
		out = append(out, [2]int{i, i + 4})
		i += 3
	}
	return out
}

// isMonthWord reports whether w (lower case) names a month in any of the
// tagger's languages.
func isMonthWord(w string) bool {
	_, id := monthsID[w]
	_, en := monthsEN[w]
	_, es := monthsES[w]
	return id || en || es
}

// maxSpan bounds how far one expression can reach from where it starts.
const maxSpan = 160

// recognise runs the rule sets for lang over body (lc is body passed
// through lowerASCII) and keeps the best
// non-overlapping mentions, in text order. Every rule is anchored and tried
// at each place an expression can start (a word, a digit, a bracket, an
// apostrophe or a dash) near a trigger word, on a bounded window: that is
// many times faster than scanning the whole text once per rule.
func recognise(body, lc, lang string) []mention {
	set := rulesFor(lang)
	var all []mention
	near := startable(lc)
	for pos := 0; pos < len(lc); pos++ {
		if !near[pos] || !canStart(lc, pos) {
			continue
		}
		end := min(len(lc), pos+maxSpan)
		for end < len(lc) && isWordByte(lc[end]) {
			end++
		}
		window := lc[pos:end]
		cands := set.candidates(window)
		if cands == nil {
			for i := range set.rules {
				all = set.try(all, i, body, lc, pos, window)
			}
			continue
		}
		for wi, w := range cands {
			for ; w != 0; w &= w - 1 {
				all = set.try(all, wi*64+bits.TrailingZeros64(w), body, lc, pos, window)
			}
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		li, lj := all[i].end-all[i].start, all[j].end-all[j].start
		if li != lj {
			return li > lj
		}
		if all[i].rank != all[j].rank {
			return all[i].rank > all[j].rank
		}
		return all[i].start < all[j].start
	})
	var kept []mention
	taken := make([]bool, len(lc))
	for _, c := range all {
		free := true
		for i := c.start; i < c.end; i++ {
			if taken[i] {
				free = false
				break
			}
		}
		if free {
			for i := c.start; i < c.end; i++ {
				taken[i] = true
			}
			kept = append(kept, c)
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].start < kept[j].start })
	kept = mergeClockDate(lc, kept)
	switch l := strings.ToLower(lang); {
	case l == "id" || l == "ms":
		extendApproximations(lc, kept, approximatorID)
	case isSpanish(l):
		extendApproximations(lc, kept, articleES)
	default:
		extendApproximations(lc, kept, approximatorRE)
	}
	return kept
}

// try runs rule i on window, which starts at offset pos of lc (body
// lower-cased), and appends the mention it makes to all.
func (s *ruleSet) try(all []mention, i int, body, lc string, pos int, window string) []mention {
	r := &s.rules[i]
	if !r.first[window[0]] {
		return all
	}
	idx := r.re.FindStringSubmatchIndex(window)
	if idx == nil || idx[1] == 0 {
		return all
	}
	for i := range idx {
		if idx[i] >= 0 {
			idx[i] += pos
		}
	}
	m := &match{body: body, lc: lc, idx: idx, re: r.re}
	c := r.build(m)
	if c == nil || c.end <= c.start {
		return all
	}
	c.rank = r.rank
	return append(all, *c)
}

// approximatorRE matches an approximating word right before an expression.
var approximatorRE = regexp.MustCompile(`\b(?:about|around|almost|nearly|at\s+least|roughly|approximately)\s+$`)

// articleES matches the Spanish article before an expression, which
// Spanish TimeML (TempEval-2, and HeidelTime after it) keeps in the extent:
// "el martes", "la semana pasada", "el pasado 31 de enero".
var articleES = regexp.MustCompile(`(?:^|[^a-z\x80-\xff])(?:el|la|los|las)\s+$`)

// approximatorID matches the Indonesian approximating and comparing words
// that IndoTimex keeps in an extent ("sekitar pukul 09.00 WIB", "lebih
// dari 5,5 tahun", "hampir dua minggu").
var approximatorID = regexp.MustCompile(`\b(?:sekitar|sekira|hampir|kira-kira|kurang\s+lebih|lebih\s+kurang|tidak\s+lebih\s+dari|lebih\s+dari|kurang\s+dari|paling\s+tidak)\s+$`)

// extendApproximations includes "about", "almost", "at least" ... (re
// matches them at the end of the text before an expression) in the extent
// of the expression they modify, as TimeML does (the modifier becomes the
// TIMEX3 mod attribute).
func extendApproximations(lc string, ms []mention, re *regexp.Regexp) {
	prev := 0
	for i := range ms {
		lo := max(prev, ms[i].start-24)
		if re == articleES && ms[i].typ == warta.TimexDuration {
			prev = ms[i].end
			continue // "los 30 años" stays "30 años"
		}
		if loc := re.FindStringIndex(lc[lo:ms[i].start]); loc != nil {
			if re == articleES && lc[lo+loc[0]] != 'e' && lc[lo+loc[0]] != 'l' {
				loc[0]++ // the byte before the article is not ours
			}
			ms[i].start = lo + loc[0]
		}
		prev = ms[i].end
	}
}

// mergeClockDate joins a clock time and the date right after it ("9 a.m.
// Tuesday", "5 p.m. EST, Nov. 6", "pukul 07.24 WIB, Minggu (28/12/2014)")
// into one TIME expression, as TimeML annotates them.
func mergeClockDate(lc string, ms []mention) []mention {
	out := ms[:0:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.clock && i+1 < len(ms) {
			n := ms[i+1]
			gap := lc[m.end:n.start]
			if len(gap) <= 3 && strings.Trim(gap, " ,") == "" && n.typ == warta.TimexDate && !n.clock {
				clockOf, dateOf := m.resolve, n.resolve
				out = append(out, mention{start: m.start, end: n.end, typ: warta.TimexTime, rank: m.rank, weekdayAnchored: n.weekdayAnchored, timed: true,
					resolve: func(c *resolution) (string, string) {
						v, flag := dateOf(c)
						if c.day.IsZero() || v == "" {
							return v, flag
						}
						saved := c.last
						c.last = c.day
						cv, _ := clockOf(c)
						c.last = saved
						return cv, flag
					}})
				i++
				continue
			}
		}
		if !m.clock && m.typ != warta.TimexDuration && m.typ != warta.TimexSet && i+1 < len(ms) && ms[i+1].clock {
			// "Minggu (28/12/2014) pukul 07.24 WIB", "Selasa pagi pukul
			// 10.00": a day and the clock time after it are one TIME
			n := ms[i+1]
			if dateClockGapRE.MatchString(lc[m.end:n.start]) {
				dateOf, clockOf := m.resolve, n.resolve
				out = append(out, mention{start: m.start, end: n.end, typ: warta.TimexTime, rank: m.rank, weekdayAnchored: m.weekdayAnchored, absolute: m.absolute, timed: true,
					resolve: func(c *resolution) (string, string) {
						v, flag := dateOf(c)
						if c.day.IsZero() || v == "" {
							return v, flag
						}
						saved, savedNight := c.last, c.lastNight
						c.last, c.lastNight = c.day, strings.HasSuffix(v, "TNI")
						cv, _ := clockOf(c)
						c.last, c.lastNight = saved, savedNight
						return cv, flag
					}})
				i++
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// dateClockGapRE matches what may stand between a day and its clock time
// in one expression: spaces, a comma, an approximating word.
var dateClockGapRE = regexp.MustCompile(`^[ ,]*(?:(?:sekitar|sekira|about|around)\s+)?$`)

// canStart reports whether an expression may begin at lc[pos].
func canStart(lc string, pos int) bool {
	c := lc[pos]
	switch {
	case c >= '0' && c <= '9' && pos >= 2 && (lc[pos-1] == '.' || lc[pos-1] == ',' || lc[pos-1] == ':') && lc[pos-2] >= '0' && lc[pos-2] <= '9':
		return false // the middle of "1,5" or "13.21"
	case isWordByte(c):
		return pos == 0 || !isWordByte(lc[pos-1])
	case c == '(' || c == '\'' || c == '-':
		return true
	case c == 0xe2: // "–" (en dash) and "’" start with this byte
		return true
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '_'
}

// resolveAll resolves mentions in text order, so that each can see the
// days named before it. Clock times come last: each takes the day named
// nearest to it in its own sentence (before it if any, else after it),
// else the last day written out in full, else the anchor. lc is body
// passed through lowerASCII.
func resolveAll(body, lc string, ms []mention, res *resolution) []warta.Timex {
	values := make([]string, len(ms))
	flags := make([]string, len(ms))
	days := make([]time.Time, len(ms))
	reporting := make([]bool, len(ms))
	said := statementDays(body, lc, ms, res)
	for i, m := range ms {
		if m.clock || m.focus || m.clockOffset != 0 {
			continue
		}
		res.tense = tense(lc, m.start, m.end, res.lang)
		res.day = time.Time{}
		if !said[i].IsZero() && !m.absolute {
			// "“Hari ini kami mencari,” kata Bambang, Senin (29/12)": the
			// quote's relative words count from the day it was said
			saved := res.anchor
			res.anchor = said[i]
			values[i], flags[i] = m.resolve(res)
			res.anchor = saved
		} else {
			values[i], flags[i] = m.resolve(res)
		}
		if !res.day.IsZero() && values[i] != "" {
			days[i] = res.day
			res.named = append(res.named, res.day)
			if reporting[i] = isReportingDate(lc, m); !reporting[i] {
				res.last = res.day
			}
		}
	}
	for i, m := range ms {
		if m.clockOffset != 0 {
			values[i] = clockAfter(values[:i], m.clockOffset)
			continue
		}
		if !m.clock && !m.focus {
			continue
		}
		res.tense = tense(lc, m.start, m.end, res.lang)
		res.last, res.lastNight = time.Time{}, false
		if j := sameSentenceDay(lc, ms, days, reporting, i, m.clock); j >= 0 {
			res.last, res.lastNight = days[j], strings.HasSuffix(values[j], "TNI")
		}
		if m.clock && habitual(lc, ms, i) {
			// "setiap pagi pukul 04.00": a clock time of no one day
			saved := res.anchor
			res.anchor, res.last = time.Time{}, time.Time{}
			values[i], flags[i] = m.resolve(res)
			res.anchor, flags[i] = saved, ""
			continue
		}
		values[i], flags[i] = m.resolve(res)
	}
	res.lastNight = false
	out := make([]warta.Timex, 0, len(ms))
	for i, m := range ms {
		if values[i] == "" {
			continue
		}
		out = append(out, warta.Timex{Text: body[m.start:m.end], Value: values[i], Type: m.typ, Start: m.start, End: m.end, Flag: flags[i]})
	}
	return out
}

// clockDateLinkRE matches the words that tie a clock time to the date
// after it: "pukul 01.00 WIB pada 23 Juni", "pukul 10.00 di hari yang sama".
var clockDateLinkRE = regexp.MustCompile(`^\s*,?\s*(?:pada|tanggal|tgl\.?|di|on)\s+(?:hari\s+|tanggal\s+)?$`)

// reportingRE matches, at the end of the clause before a date, the
// attribution of a statement: "kata Jalaluddin, Jumat (20/6/2025)",
// "ujarnya, Rabu (18/6/2025)", "kepada wartawan, Selasa (17/6/2025)",
// "dilansir dari Reuters, Jumat (20/6/2025)".
var reportingRE = regexp.MustCompile(`(?:^|[^a-z])(?:(?:kata|ujar|ucap|tutur|jelas|ungkap|sebut|imbuh|pungkas|tambah|terang|tegas|papar|tulis|bunyi)(?:nya)?|dihubungi|dikonfirmasi|wartawan|keterangannya|keterangan\s+tertulis|dilansir(?:\s+dari)?|dikutip(?:\s+dari)?|pantauan|said|told|says)(?:[^a-z][^.!?\n"“”,]{0,60})?\s*,?\s*$`)

// isReportingDate reports whether date mention m says when a statement was
// made rather than when the story happened: it follows a speech verb of its
// own clause after a comma and ends the sentence ("... pukul 05.30 WIB,”
// kata Supian, Rabu (18/6/2025)."). Such a day is not what "hari itu" or a
// bare clock time refers to.
func isReportingDate(lc string, m mention) bool {
	lo := max(0, m.start-120)
	if q := strings.LastIndexAny(lc[lo:m.start], ".!?\n\"”"); q >= 0 {
		lo += q + 1
	}
	if !reportingRE.MatchString(lc[lo:m.start]) {
		return false
	}
	rest := strings.TrimLeft(lc[m.end:min(len(lc), m.end+4)], " ")
	return rest == "" || rest[0] == '.' || rest[0] == '\n' || rest[0] == ','
}

// statementDays returns, for each mention inside a quotation whose
// attribution carries a date ("“... hari ini ...,” kata Bambang, Senin
// (29/12/2014)."), that date; zero elsewhere. Only dates written out with
// their numbers count, resolved on a copy of res.
func statementDays(body, lc string, ms []mention, res *resolution) []time.Time {
	out := make([]time.Time, len(ms))
	if !res.known() || strings.IndexByte(lc, '"') < 0 && !strings.Contains(lc, "\u201d") {
		return out
	}
	pre := *res
	pre.named = nil
	day := make([]time.Time, len(ms))
	var marks []int
	for j, m := range ms {
		if !m.absolute || m.clock || !isReportingDate(lc, m) {
			continue
		}
		pre.day = time.Time{}
		if v, _ := m.resolve(&pre); v != "" {
			day[j] = pre.day
		}
	}
	for i, m := range ms {
		if m.absolute || m.clock {
			continue
		}
		if marks == nil {
			marks = quoteMarks(lc)
		}
		rest := lc[m.end:]
		k := -1
		if n, _ := slices.BinarySearch(marks, m.end); n < len(marks) {
			k = marks[n] - m.end
		}
		if k < 0 || rest[k] == '\n' || strings.HasPrefix(rest[k:], "\u201c") {
			continue
		}
		q := m.end + k + 1
		if rest[k] != '"' {
			q = m.end + k + len("\u201d")
		}
		after := strings.TrimLeft(body[q:min(len(body), q+4)], " ")
		if after == "" || after[0] < 'a' || after[0] > 'z' {
			continue // an attribution follows a closing quote in lower case
		}
		for j := i + 1; j < len(ms) && ms[j].start < q+200; j++ {
			if ms[j].start < q {
				continue
			}
			if sentenceEnd(lc[q:ms[j].start]) >= 0 {
				break
			}
			if !day[j].IsZero() {
				out[i] = day[j]
				break
			}
		}
	}
	return out
}

// quoteMarks returns the offsets in lc of the quotation marks ('"', '“'
// and '”') and line breaks, in order.
func quoteMarks(lc string) []int {
	marks := []int{}
	for k := 0; k < len(lc); k++ {
		switch lc[k] {
		case '"', '\n':
			marks = append(marks, k)
		case 0xe2:
			if k+2 < len(lc) && lc[k+1] == 0x80 && (lc[k+2] == 0x9c || lc[k+2] == 0x9d) {
				marks = append(marks, k)
			}
		}
	}
	return marks
}

// clockAfter returns the last minute-precision time among values moved by
// off minutes, keeping its zone, or "" when there is none.
func clockAfter(values []string, off int) string {
	for j := len(values) - 1; j >= 0; j-- {
		v := values[j]
		if len(v) < 16 || v[10] != 'T' || v[13] != ':' {
			continue
		}
		t, err := time.Parse("2006-01-02T15:04", v[:16])
		if err != nil {
			continue
		}
		return t.Add(time.Duration(off)*time.Minute).Format("2006-01-02T15:04") + v[16:]
	}
	return ""
}

// habitual reports whether clock time i follows a set in its sentence
// with nothing but other clock times between them.
func habitual(lc string, ms []mention, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if sentenceEnd(lc[ms[j].end:ms[i].start]) >= 0 {
			return false
		}
		switch {
		case ms[j].typ == warta.TimexSet:
			return true
		case !ms[j].clock:
			return false
		}
	}
	return false
}

// sameSentenceDay returns the index of the day named nearest before
// mention i in its sentence, else of the nearest after it that is not the
// date of a statement, else, with fallback (for clock times), of the last
// day before it written out in full or named with its part of the day
// ("Senin dini hari"), statements' dates again left out; else -1: "hari
// ketiga pencarian" alone in its sentence is the article's day.
func sameSentenceDay(lc string, ms []mention, days []time.Time, reporting []bool, i int, fallback bool) int {
	if j := i + 1; j < len(ms) && !days[j].IsZero() && clockDateLinkRE.MatchString(lc[ms[i].end:ms[j].start]) {
		return j // "pukul 01.00 WIB pada 23 Juni 2025"
	}
	for j := i - 1; j >= 0; j-- {
		if sentenceEnd(lc[ms[j].end:ms[i].start]) >= 0 {
			break
		}
		if !days[j].IsZero() {
			return j
		}
	}
	for j := i + 1; j < len(ms); j++ {
		if sentenceEnd(lc[ms[i].end:ms[j].start]) >= 0 {
			break
		}
		// a later day with its own clock time is that clock time's
		// ("pukul 04.37 waktu setempat (Kamis, 23.37 WIB)")
		if !days[j].IsZero() && !reporting[j] && !(fallback && ms[j].timed) {
			return j
		}
	}
	if !fallback {
		return -1
	}
	// else the last day the text wrote out in full before it ("Minggu
	// (28/12/2014)") or named with a part of it ("Senin dini hari"): the
	// day the story is about
	for j := i - 1; j >= 0; j-- {
		if !days[j].IsZero() && (ms[j].absolute || ms[j].typ == warta.TimexTime || ms[j].weekday) && !reporting[j] {
			return j
		}
	}
	return -1
}

// lowerASCII lower-cases ASCII letters only, so byte offsets stay valid,
// and writes a no-break space (U+00A0, two bytes) as two spaces, so that
// "Selasa (17/6/2025)\u00a0pukul 17.35" reads like any other gap.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		switch {
		case c >= 'A' && c <= 'Z':
			b[i] = c + 'a' - 'A'
		case c == 0xc2 && i+1 < len(b) && b[i+1] == 0xa0:
			b[i], b[i+1] = ' ', ' '
		}
	}
	return string(b)
}

// sentenceStart returns the offset of the last sentence end before start
// (a full stop, "!", "?" or a line break), or -1. A full stop between
// digits ("13.21", "15.00 horas") ends no sentence.
func sentenceStart(lc string, start int) int {
	s := start
	for {
		s = strings.LastIndexAny(lc[:s], ".!?\n")
		if s <= 0 || lc[s] != '.' || s+1 >= len(lc) || !isDigit(lc[s-1]) || !isDigit(lc[s+1]) {
			return s
		}
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// futureCues and pastCues are the cue words of tense in Indonesian and
// English, each with the words that must follow it (after spaces) to make
// a cue: "plans to", "is expected to".
var (
	futureCues = cueTable(`akan bakal hendak rencananya direncanakan dijadwalkan berencana mendatang will 'll shall
		plan_to plans_to planned scheduled is_expected_to are_expected_to going_to next would expected due until
		through begin starting effective`)
	pastCues = cueTable(`telah sudah sempat tadi lalu silam sejak was were had has have did said ago last`)
)

func cueTable(list string) map[string][]string {
	t := map[string][]string{}
	for _, f := range strings.Fields(list) {
		w := strings.Split(f, "_")
		t[w[0]] = w[1:]
	}
	return t
}

// lastCue returns the offset in s of the last cue of cues, the cues being
// found from the left, each search going on after the cue before; or -1.
// A cue is a whole word (letters, digits and "_" make words), or "'ll"
// after a word.
func lastCue(s string, cues map[string][]string) int {
	last := -1
	for p := 0; p < len(s); {
		var q int
		switch c := s[p]; {
		case isWordByte(c) && (p == 0 || !isWordByte(s[p-1])):
			q = wordEnd(s, p)
		case c == '\'' && p > 0 && isWordByte(s[p-1]):
			q = wordEnd(s, p+1)
		default:
			p++
			continue
		}
		if rest, ok := cues[s[p:q]]; ok {
			if e := phraseEnd(s, q, rest); e >= 0 {
				last, p = p, e
				continue
			}
		}
		if s[p] == '\'' {
			p++
		} else {
			p = q
		}
	}
	return last
}

func wordEnd(s string, i int) int {
	for i < len(s) && isWordByte(s[i]) {
		i++
	}
	return i
}

// phraseEnd returns where words end when each follows s[i:] after one or
// more spaces and the last ends a word; or -1.
func phraseEnd(s string, i int, words []string) int {
	for _, w := range words {
		j := i
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r' || s[j] == '\f') {
			j++
		}
		if j == i || !strings.HasPrefix(s[j:], w) || j+len(w) < len(s) && isWordByte(s[j+len(w)]) {
			return -1
		}
		i = j + len(w)
	}
	return i
}

// tense reads the cue words of the sentence before a mention: +1 when the
// nearest cue speaks of the future, -1 for the past, 0 when there is none.
// Cues after the mention are ignored: they usually belong to another
// clause ("pada Selasa (8/10), Kim mengatakan ... akan ..."). Spanish
// puts the verb after a fronted time ("El viernes se celebrará ..."), so
// there, when nothing before the mention tells, the first cue after it in
// the same sentence does.
func tense(lc string, start, end int, lang string) int {
	s := strings.LastIndexAny(lc[:start], ".!?\n")
	es := isSpanish(lang)
	if es {
		s = sentenceStart(lc, start)
	}
	if start-s > 200 {
		s = start - 200
	}
	left := lc[s+1 : start]
	var lf, lp int
	if es {
		lf, lp = lastMatch(futureCueES, left), lastMatch(pastCueES, left)
	} else {
		lf, lp = lastCue(left, futureCues), lastCue(left, pastCues)
	}
	switch {
	case lf > lp:
		return 1
	case lp > lf:
		return -1
	}
	if !es {
		return 0
	}
	right := lc[end:min(len(lc), end+120)]
	if e := sentenceEnd(right); e >= 0 {
		right = right[:e]
	}
	f := futureCueES.FindStringIndex(right)
	p := pastCueES.FindStringIndex(right)
	switch {
	case f != nil && (p == nil || f[0] < p[0]):
		return 1
	case p != nil:
		return -1
	}
	return 0
}

// lastMatch returns the offset of the last match of re in s, or -1.
func lastMatch(re *regexp.Regexp, s string) int {
	if m := re.FindAllStringIndex(s, -1); len(m) > 0 {
		return m[len(m)-1][0]
	}
	return -1
}

// sentenceEnd returns the offset of the first sentence end in s, or -1; a
// full stop between digits ("16.00") is none.
func sentenceEnd(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '!', '?', '\n':
			return i
		case '.':
			if i == 0 || i+1 >= len(s) || !isDigit(s[i-1]) || !isDigit(s[i+1]) {
				return i
			}
		}
	}
	return -1
}
