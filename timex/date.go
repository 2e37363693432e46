package timex

import (
	"regexp"
	"strings"
	"time"

	"github.com/warta-news/warta"
)

// Date decides an article's publication date. meta is the raw metadata
// date string ("" if none). It returns the ISO date with the precision
// known ("2024-10-08", or "" when the text does not tell), its source
// (warta.SourceMetadata, SourceText or SourceNone), and the article's
// timexes resolved against that date.
//
// Without usable metadata the date is read from the text: a dateline
// ("JAKARTA, April 22, 2024 —") wins; otherwise the latest date that a
// weekday anchors ("Selasa (18/06/2024)") among those the article does not
// present as still to come. A yearless "Rabu (12/6)" takes the year that
// makes its weekday right, nearest the latest year the text names.
func (t *Tagger) Date(body, lang, meta string) (published, source string, timexes []warta.Timex) {
	if meta != "" {
		if v, ok := ParseDate(meta); ok {
			return v, warta.SourceMetadata, t.Tag(body, lang, isoDay(v))
		}
	}
	if d, ok := t.textDate(body, lang); ok {
		v := format(d, precDay)
		return v, warta.SourceText, t.Tag(body, lang, d)
	}
	return "", warta.SourceNone, t.Tag(body, lang, time.Time{})
}

// Redate re-resolves an article's expressions against a date lent by other
// evidence, typically a rewrite of the same report whose own text dates it
// (issue #5). lent is an ISO date; the source to record is
// warta.SourceInferred. A lent date that does not parse leaves the
// expressions unanchored.
func (t *Tagger) Redate(body, lang, lent string) (published, source string, timexes []warta.Timex) {
	d := isoDay(lent)
	if d.IsZero() {
		return "", warta.SourceNone, t.Tag(body, lang, time.Time{})
	}
	return format(d, precDay), warta.SourceInferred, t.Tag(body, lang, d)
}

// isoDay parses "2024-10-08" (or a longer ISO value starting with one);
// anything else gives the zero time.
func isoDay(v string) time.Time {
	if len(v) < 10 {
		return time.Time{}
	}
	d, err := time.Parse("2006-01-02", v[:10])
	if err != nil {
		return time.Time{}
	}
	return d
}

// datelineDashRE matches what follows the date of a dateline: a dash,
// perhaps after the agency in brackets ("15 Mar. (EUROPA PRESS) -",
// "15 de marzo (EFE).-").
var datelineDashRE = regexp.MustCompile(`^[\s,)]*(?:\([A-Za-z .]{2,30}\)\s*)?\.?\s*(?:—|–|-|--)`)

// todayBeforeRE matches "hoy" right before a date that it names
// ("aseguró hoy (26.04.2017)", "fechado hoy 9 de marzo").
var todayBeforeRE = regexp.MustCompile(`\bhoy,?\s*\(?\s*$`)

// bylineLen is the longest line that can be a byline or a date line
// ("10 de marzo de 2012 01:21 PM", "Viernes 25/02/2011. Actualizado
// 20:45h.") in the head of a Spanish article.
const bylineLen = 90

// bylineHead is how far into a Spanish article a date line is looked for.
const bylineHead = 1500

// textDate finds the article's date in its own text.
func (t *Tagger) textDate(body, lang string) (time.Time, bool) {
	lc := lowerASCII(body)
	ms := recognise(body, lc, lang)
	res := t.newResolution(body, lang)
	var best, byline time.Time
	es := isSpanish(lang)
	for _, m := range ms {
		res.tense = tense(lc, m.start, m.end, lang)
		res.day = time.Time{}
		_, flag := m.resolve(res)
		if res.day.IsZero() {
			continue
		}
		res.last = res.day
		d := res.day
		if m.start < 160 && datelineDashRE.MatchString(body[m.end:]) && isDatelineStart(body[:m.start]) {
			return d, true
		}
		if es && m.absolute && flag == "" && !d.After(t.now().AddDate(0, 0, 1)) {
			if todayBeforeRE.MatchString(lc[max(0, m.start-12):m.start]) {
				return d, true
			}
			if byline.IsZero() && m.start < bylineHead && onShortLine(body, m.start, m.end) && (m.weekdayAnchored || hasYear(body[m.start:m.end])) {
				byline = d
			}
		}
		if !m.weekdayAnchored || flag != "" || res.tense > 0 {
			continue
		}
		if d.After(t.now().AddDate(0, 0, 1)) {
			continue
		}
		if d.After(best) {
			best = d
		}
	}
	if !byline.IsZero() {
		return byline, true
	}
	return best, !best.IsZero()
}

// onShortLine reports whether body[start:end] sits on a line of at most
// bylineLen bytes.
func onShortLine(body string, start, end int) bool {
	ls := strings.LastIndexByte(body[:start], '\n') + 1
	le := strings.IndexByte(body[end:], '\n')
	if le < 0 {
		le = len(body)
	} else {
		le += end
	}
	return le-ls <= bylineLen
}

var fourDigitsRE = regexp.MustCompile(`\d{4}`)

// hasYear reports whether s writes a four-digit year.
func hasYear(s string) bool { return fourDigitsRE.MatchString(s) }

// isDatelineStart reports whether the text before a date looks like the
// head of a dateline: a short line, mostly a place name and punctuation.
func isDatelineStart(s string) bool {
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		s = s[i+1:]
	}
	s = strings.TrimSpace(s)
	return len(s) < 60 && !strings.ContainsAny(s, ".!?")
}

var parseLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04",
	"2006-01-02", time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, time.RFC850,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", time.ANSIC, time.UnixDate,
}

var isoDayRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// ParseDate parses one raw metadata date string ("2024-10-08T07:00:00+07:00",
// "Diperbarui 18 Jun 2025, 14:05 WIB", "Rabu, 18 Juni 2025 10:15 WIB",
// "Mon, 02 Jan 2006 15:04:05 -0700", "18/06/2025", "martes, 15 de marzo de
// 2011" ...) into an ISO date, day precision when known, and reports
// whether it succeeded. The date is the one written, in the string's own
// time zone. Layouts come first, then the Indonesian, English and Spanish
// rules.
func ParseDate(raw string) (string, bool) {
	s := strings.TrimSpace(strings.ReplaceAll(raw, "\u00a0", " "))
	if s == "" || len(s) > 200 {
		return "", false
	}
	for _, l := range parseLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02"), true
		}
	}
	var coarse string
	for _, lang := range []string{"id", "en", "es"} {
		var tg Tagger
		for _, x := range tg.Tag(s, lang, time.Time{}) {
			if x.Flag == FlagNoAnchor {
				continue
			}
			v := x.Value
			if i := strings.IndexByte(v, 'T'); i >= 0 {
				v = v[:i]
			}
			if isoDayRE.MatchString(v) {
				return v, true
			}
			if coarse == "" && len(v) >= 4 && !strings.Contains(v, "X") && v[0] >= '0' && v[0] <= '9' && (len(v) == 4 || len(v) == 7) {
				coarse = v
			}
		}
	}
	return coarse, coarse != ""
}
