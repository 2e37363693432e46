package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/warta-news/warta"
)

const podEN = `(?:morning|afternoon|evening|night)`

// rulesEN are the English rule families.
func rulesEN() []ruleSpec {
	return []ruleSpec{
		{name: "en-month-day", rank: 8, pattern: `\b(?:(?P<wd>{WD_EN}),?\s+)?(?P<m>{MON_EN})\s*(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s*(?P<y>\d{4})\b)?`,
			build: buildMonthDayEN},
		{name: "en-day-month", rank: 8, pattern: `\b(?:(?P<wd>{WD_EN}),?\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MON_EN})(?:,?\s*(?P<y>\d{4})\b)?`,
			build: buildMonthDayEN},
		{name: "en-numeric", rank: 8, pattern: `\b(?:(?P<wd>{WD_EN}),?\s+)?(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})\b`,
			build: buildNumericEN},
		{name: "en-month-year", rank: 7, pattern: `\b(?:(?P<mod>early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of)[\s-]+)?(?P<m>{MON_EN})(?:\s+of)?,?\s+(?P<y>{YEAR})\b`,
			build: func(m *match) *mention {
				mo := monthsEN[strings.TrimSuffix(m.g("m"), ".")]
				if mo == 0 || !m.capital(m.pos("m")) {
					return nil
				}
				y, _ := strconv.Atoi(m.g("y"))
				v := fmt.Sprintf("%04d-%02d", y, mo)
				return m.mention(warta.TimexDate, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "en-month", rank: 5, pattern: `\b(?:(?P<mod>early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of)[\s-]+)?(?:(?P<rel>last|next|this|coming|past)\s+)?(?P<m>{FMON_EN})\b`,
			build: func(m *match) *mention {
				name := m.g("m")
				mo := monthsEN[name]
				if mo == 0 || !m.capital(m.pos("m")) {
					return nil
				}
				rel := m.g("rel")
				if (name == "may" || name == "march") && rel == "" && m.g("mod") == "" {
					f := strings.Fields(m.before(12))
					if len(f) == 0 {
						return nil
					}
					switch f[len(f)-1] {
					case "in", "since", "until", "by", "of", "during", "before", "after", "through", "from", "early", "late", "mid", "to", "last", "next":
					default:
						return nil
					}
				}
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) { return monthYear(c, mo, rel), "" })
			}},
		{name: "en-month-deictic-year", rank: 7, pattern: `\b(?P<m>{FMON_EN})\s+(?P<rel>last|this|next)\s+year\b`,
			build: func(m *match) *mention {
				mo := monthsEN[m.g("m")]
				if mo == 0 || !m.capital(m.pos("m")) {
					return nil
				}
				dir := relDir(m.g("rel"))
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
					if !c.known() {
						return fmt.Sprintf("XXXX-%02d", mo), FlagNoAnchor
					}
					y := c.anchor.Year()
					if dir == -1 || dir == 1 {
						y += dir
					}
					return fmt.Sprintf("%04d-%02d", y, mo), ""
				})
			}},
		{name: "en-set-each", rank: 7, pattern: `\b(?:every|each)\s+(?P<x>{WD_EN}|{FMON_EN})\b`,
			build: func(m *match) *mention {
				x := m.g("x")
				v := ""
				if wd, ok := weekdaysEN[x]; ok {
					v = fmt.Sprintf("XXXX-WXX-%d", wd)
				} else if mo, ok := monthsEN[x]; ok {
					v = fmt.Sprintf("XXXX-%02d", mo)
				} else {
					return nil
				}
				return m.mention(warta.TimexSet, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "en-decade", rank: 6, pattern: `\b(?:the\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?(?P<y>(?:1[5-9]|20)\d0)['’]?s\b`,
			build: func(m *match) *mention {
				y, _ := strconv.Atoi(m.g("y"))
				v := strconv.Itoa(y / 10)
				return m.mention(warta.TimexDate, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "en-decade-short", rank: 6, pattern: `\b(?:the\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?['’](?P<d>\d0)s\b`,
			build: func(m *match) *mention {
				d, _ := strconv.Atoi(m.g("d"))
				v := strconv.Itoa(190 + d/10)
				if d < 30 {
					v = strconv.Itoa(200 + d/10)
				}
				return m.mention(warta.TimexDate, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "en-century", rank: 6, pattern: `\b(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]+century\b`,
			build: func(m *match) *mention {
				n, _ := strconv.Atoi(m.g("n"))
				if n < 1 {
					return nil
				}
				v := fmt.Sprintf("%02d", n-1)
				return m.mention(warta.TimexDate, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "en-year", rank: 4, pattern: `\b(?:(?P<mod>early|late|mid)[\s-]+)?(?:(?P<t>fiscal|calendar|fy)\s*)?(?P<y>{YEAR})\b`,
			build: buildYear},
		{name: "en-relative-day", rank: 6, pattern: `\b(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|(?:yesterday|tomorrow)(?:\s+` + podEN + `)?|today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night)\b`,
			build: buildRelativeDayEN},
		{name: "en-refs", rank: 4, pattern: `\b(?:now|currently|current|nowadays|recently|lately|the\s+future|the\s+past|the\s+present|at\s+the\s+moment|these\s+days|right\s+now|just\s+now|in\s+the\s+future)\b`,
			build: func(m *match) *mention {
				s := strings.Join(strings.Fields(m.lc[m.start():m.end()]), " ")
				v := "PRESENT_REF"
				switch s {
				case "recently", "lately", "the past":
					v = "PAST_REF"
				case "the future", "in the future":
					v = "FUTURE_REF"
				}
				if s == "in the future" {
					m.idx[0] += 3
				}
				return m.mention(warta.TimexDate, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "en-unit-deictic", rank: 6, pattern: `\b(?:(?P<mod>early|late|earlier|later|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of|the\s+remainder\s+of)[\s-]+)?(?P<rel>this|last|next|past|previous|coming|current|the\s+past|the\s+previous|the\s+last|the\s+next|the\s+coming|the\s+current|the\s+latest|the\s+prior|the\s+following|the\s+same)\s+(?P<u>fiscal\s+year|year|month|week|quarter|decade|century|half|weekend|spring|summer|fall|autumn|winter)\b`,
			build: buildUnitDeicticEN},
		{name: "en-units-ago", rank: 7, pattern: `\b(?P<n>{NUM})[\s-]+(?P<u>{UNIT_EN})\s+(?P<rel>ago|earlier|later|from\s+now|hence)\b`,
			build: func(m *match) *mention {
				n, ok := number(m.g("n"))
				if !ok {
					return nil
				}
				u := unitsEN[m.g("u")]
				dir := relDir(m.g("rel"))
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
					if u == "Y" && n > 0 && !c.quarter.IsZero() {
						return format(c.quarter.AddDate(dir*n, 0, 0), precQuarter), ""
					}
					return relative(c, n, u, dir)
				})
			}},
		{name: "en-unit-earlier", rank: 7, pattern: `\b(?P<u>year|month|quarter|week)[\s-](?P<rel>earlier|ago)\b`,
			build: func(m *match) *mention {
				u := unitsEN[m.g("u")]
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
					if u == "Y" && !c.quarter.IsZero() {
						return format(c.quarter.AddDate(-1, 0, 0), precQuarter), ""
					}
					return relative(c, 1, u, -1)
				})
			}},
		{name: "en-duration", rank: 3, pattern: `\b(?:(?P<det>the\s+(?:past|last|next|previous|coming|first|latest|final|remaining|prior|following)|the|another|an\s+additional)\s+)?(?P<n>{NUM})(?P<hy>[\s-]+)(?P<u>{UNIT_EN})\b`,
			build: func(m *match) *mention {
				n, ok := number(m.g("n"))
				if !ok || n > 1000 {
					return nil
				}
				if a := m.after(5); strings.HasPrefix(a, "-old") || strings.HasPrefix(a, " old") || strings.HasPrefix(a, "s old") {
					return nil // an age, which TimeML does not mark
				}
				if strings.Contains(m.g("hy"), "-") && m.g("det") == "the" {
					m.idx[0] = m.pos("n") // "the 14-day period": the timex is "14-day"
				}
				u := unitsEN[m.g("u")]
				if u == "Q" {
					u, n = "M", 3*n
					if n < 0 {
						n = -1
					}
				}
				v := duration(n, u)
				return m.mention(warta.TimexDuration, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "en-duration-plural", rank: 2, pattern: `\b(?P<det>the\s+past|the\s+last|the\s+next|the\s+coming|the\s+first|the\s+final|the\s+remaining|coming|several|many|few|recent)\s+(?P<u>years|months|weeks|days|hours|minutes|decades|centuries)\b`,
			build: func(m *match) *mention {
				b := strings.Fields(m.before(10))
				if len(b) > 0 {
					if _, ok := number(b[len(b)-1]); ok {
						return nil
					}
				}
				v := duration(-1, unitsEN[m.g("u")])
				return m.mention(warta.TimexDuration, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "en-the-unit", rank: 4, pattern: `\bthe\s+(?:(?P<adj>latest|full|current|fiscal)\s+)?(?P<u>quarter|year|weekend|fiscal\s+year|period)\b`,
			build: func(m *match) *mention {
				u := strings.Join(strings.Fields(m.g("u")), " ")
				if u == "period" {
					if m.g("adj") != "latest" {
						return nil
					}
					u = "quarter"
				}
				if a := m.after(4); strings.HasPrefix(a, "-") || strings.HasPrefix(a, "'s") || strings.HasPrefix(a, " of") {
					return nil
				}
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
					if !c.known() {
						return "", ""
					}
					switch u {
					case "quarter":
						// the quarter a report is about: the last one named, or
						// else the last one completed
						q := c.quarter
						if q.IsZero() {
							q = firstOfMonth(c.anchor).AddDate(0, -3, 0)
						}
						return format(q, precQuarter), ""
					case "weekend":
						a := c.anchor
						if c.tense < 0 || (c.tense == 0 && isoWeekday(a) < 5) {
							a = a.AddDate(0, 0, -7)
						}
						return format(a, precWeekend), ""
					}
					return format(c.anchor, precYear), ""
				})
			}},

		{name: "en-holiday", rank: 5, pattern: `\b(?P<h>christmas(?:\s+day)?|new\s+year['’]s(?:\s+day)?)\b(?:\s+(?P<y>{YEAR})\b)?`,
			build: func(m *match) *mention {
				if !m.capital(m.pos("h")) {
					return nil
				}
				h := strings.ReplaceAll(m.g("h"), "’", "'")
				if strings.HasPrefix(h, "christmas") {
					h = "natal"
				} else {
					h = "new year's day"
				}
				return holiday(m, h, m.g("y"))
			}},
		{name: "en-movable-holiday", rank: 6, pattern: `\b(?:(?P<rel>last|next|this)\s+)?(?P<h>thanksgiving|election)(?:\s+day)?\b`,
			build: func(m *match) *mention {
				if !m.capital(m.pos("h")) || (m.g("h") == "election" && !strings.HasSuffix(m.lc[m.start():m.end()], "day")) {
					return nil
				}
				h, dir := m.g("h"), relDir(m.g("rel"))
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
					if !c.known() {
						return "", ""
					}
					y := c.anchor.Year()
					day := func(y int) time.Time {
						if h == "thanksgiving" { // fourth Thursday of November
							return weekdayNear(date(y, 11, 1), 4, 1).AddDate(0, 0, 21)
						}
						// the Tuesday after the first Monday of November
						return weekdayNear(date(y, 11, 1), 1, 1).AddDate(0, 0, 1)
					}
					t := day(y)
					switch {
					case dir == -1 || (dir == 0 && c.tense < 0):
						if !t.Before(c.anchor) {
							t = day(y - 1)
						}
					case dir == 1:
						if !t.After(c.anchor) {
							t = day(y + 1)
						}
					}
					c.day = t
					return format(t, precDay), ""
				})
			}},
		{name: "en-same-day", rank: 5, pattern: `\b(?:the\s+same\s+day|that\s+day)\b`,
			build: func(m *match) *mention {
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
					if c.last.IsZero() {
						return "", ""
					}
					return format(c.last, precDay), ""
				})
			}},
		{name: "en-quarter", rank: 7, pattern: `\b(?:the\s+)?(?:(?P<rel>latest|last|previous|current|next|same|fiscal|year-earlier|year-ago)\s+)?(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?(?P<u>quarter|half)\b(?:\s+of\s+(?:fiscal\s+)?(?P<y>{YEAR})\b)?`,
			build: buildQuarterEN},
		{name: "en-weekday", rank: 5, pattern: `\b(?:(?P<rel>last|next|this|coming|past)\s+)?(?P<wd>{WD_EN})\b(?:\s+(?P<pod>` + podEN + `)\b)?`,
			build: func(m *match) *mention {
				if !m.capital(m.pos("wd")) {
					return nil
				}
				wd := weekdaysEN[m.g("wd")]
				rel := m.g("rel")
				pod := partOfDay(m.g("pod"))
				typ := warta.TimexDate
				if pod != "" {
					typ = warta.TimexTime
				}
				return m.mention(typ, func(c *resolution) (string, string) {
					t, ok := weekdayValue(c, wd, rel)
					if !ok {
						return withPart(fmt.Sprintf("XXXX-WXX-%d", wd), pod), FlagNoAnchor
					}
					return c.dayValue(t, pod), ""
				})
			}},
		{name: "en-time", rank: 7, pattern: `\b(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?\s*(?P<ap>[ap]\.?m\b\.?)(?:\s*(?P<z>[ecmp][sd]t|gmt|utc)\b)?`,
			build: func(m *match) *mention {
				h, _ := strconv.Atoi(m.g("h"))
				mi := 0
				if s := m.g("mi"); s != "" {
					mi, _ = strconv.Atoi(s)
				}
				if h < 1 || h > 12 || mi > 59 {
					return nil
				}
				if m.g("ap")[0] == 'p' && h < 12 {
					h += 12
				} else if m.g("ap")[0] == 'a' && h == 12 {
					h = 0
				}
				clock := fmt.Sprintf("T%02d:%02d", h, mi)
				mt := m.mention(warta.TimexTime, func(c *resolution) (string, string) {
					return dayOrX(clockDay(c, h)) + clock, ""
				})
				mt.clock = true
				return mt
			}},
		{name: "en-noon", rank: 5, pattern: `\b(?:noon|midnight)\b`,
			build: func(m *match) *mention {
				clock := "T12:00"
				if m.lc[m.start()] == 'm' {
					clock = "T24:00"
				}
				mt := m.mention(warta.TimexTime, func(c *resolution) (string, string) {
					base := c.focus()
					return dayOrX(base) + clock, ""
				})
				mt.clock = true
				return mt
			}},
		{name: "en-set", rank: 5, pattern: `\b(?:daily|weekly|monthly|yearly|hourly|nightly|biweekly)\b`,
			build: func(m *match) *mention {
				v := map[string]string{"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "annual": "P1Y", "yearly": "P1Y",
					"quarterly": "P3M", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "semiannual": "P6M", "semiannually": "P6M"}[m.lc[m.start():m.end()]]
				return m.mention(warta.TimexSet, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "en-set-every", rank: 6, pattern: `\b(?:every|each|per)\s+(?:(?P<n>{NUM})\s+)?(?P<u>second|minute|hour|day|night|week|month|quarter|year|morning|evening)s?\b`,
			build: func(m *match) *mention {
				n := 1
				if s := m.g("n"); s != "" {
					v, ok := number(s)
					if !ok || v < 0 {
						return nil
					}
					n = v
				}
				u := m.g("u")
				v := ""
				if code := partOfDay(u); code != "" {
					v = "XXXX-XX-XXT" + code
				} else {
					uu := unitsEN[u]
					if uu == "Q" {
						uu, n = "M", 3*n
					}
					v = duration(n, uu)
				}
				return m.mention(warta.TimexSet, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "en-season", rank: 5, pattern: `\b(?:(?P<rel>this|last|next|early|late|the|this\s+past|this\s+coming)\s+)?(?P<s>spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?(?P<y>{YEAR})\b)?`,
			build: func(m *match) *mention {
				rel, ys := m.g("rel"), m.g("y")
				if rel == "" && ys == "" {
					f := strings.Fields(m.before(8))
					if len(f) == 0 || (f[len(f)-1] != "in" && f[len(f)-1] != "this") {
						return nil
					}
				}
				code := map[string]string{"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}[m.g("s")]
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
					if ys != "" {
						return ys + "-" + code, ""
					}
					return season(c, code, relDir(rel))
				})
			}},
	}
}

// rulesShared are patterns that read the same in every language.
func rulesShared() []ruleSpec {
	return []ruleSpec{
		{name: "iso-date", rank: 9, pattern: `\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[t ](?P<h>\d{2}):(?P<mi>\d{2})(?::\d{2})?)?\b`,
			build: func(m *match) *mention {
				y, _ := strconv.Atoi(m.g("y"))
				mo, _ := strconv.Atoi(m.g("m"))
				d, _ := strconv.Atoi(m.g("d"))
				if !validDate(y, mo, d) {
					return nil
				}
				t := date(y, mo, d)
				v := format(t, precDay)
				typ := warta.TimexDate
				if h := m.g("h"); h != "" {
					v += "T" + h + ":" + m.g("mi")
					typ = warta.TimexTime
				}
				return m.mention(typ, func(c *resolution) (string, string) { c.day = t; return v, "" })
			}},
	}
}

// buildMonthDayEN handles "April 22, 2024", "Friday, Feb. 27", "27 February 1998".
func buildMonthDayEN(m *match) *mention {
	mo := monthsEN[strings.TrimSuffix(m.g("m"), ".")]
	d, _ := strconv.Atoi(m.g("d"))
	if mo == 0 || d < 1 || d > 31 || !m.capital(m.pos("m")) {
		return nil
	}
	if m.g("wd") != "" && !m.capital(m.pos("wd")) {
		return nil
	}
	y, _ := strconv.Atoi(m.g("y"))
	wd := weekdaysEN[m.g("wd")]
	mt := m.mention(warta.TimexDate, nil)
	mt.weekdayAnchored = wd > 0
	mt.absolute = true
	mt.resolve = func(c *resolution) (string, string) {
		t, flag, ok := pickDay(c, []dayReading{{m: mo, d: d}}, y, wd)
		if !ok {
			return "", ""
		}
		c.day = t
		return format(t, precDay), flag
	}
	return mt
}

// buildNumericEN handles "11/02/89" and "Monday, 10/8/2024" (month first).
func buildNumericEN(m *match) *mention {
	a, _ := strconv.Atoi(m.g("a"))
	b, _ := strconv.Atoi(m.g("b"))
	ys := m.g("y")
	y, _ := strconv.Atoi(ys)
	if len(ys) == 2 {
		y = twoDigitYear(y)
	}
	wd := weekdaysEN[m.g("wd")]
	readings := []dayReading{{m: a, d: b}}
	if wd > 0 || a > 12 {
		readings = append(readings, dayReading{m: b, d: a})
	}
	mt := m.mention(warta.TimexDate, nil)
	mt.weekdayAnchored = wd > 0
	mt.absolute = true
	mt.resolve = func(c *resolution) (string, string) {
		t, flag, ok := pickDay(c, readings, y, wd)
		if !ok {
			return "", ""
		}
		c.day = t
		return format(t, precDay), flag
	}
	return mt
}

func buildRelativeDayEN(m *match) *mention {
	s := strings.Join(strings.Fields(m.lc[m.start():m.end()]), " ")
	off, pod := 0, ""
	f := strings.Fields(s)
	switch {
	case s == "the day before yesterday":
		off = -2
	case s == "the day after tomorrow":
		off = 2
	case f[0] == "yesterday":
		off = -1
	case f[0] == "tomorrow":
		off = 1
	case s == "tonight":
		pod = "NI"
	case s == "last night":
		off, pod = -1, "NI"
	case f[0] == "this":
		pod = partOfDay(f[1])
	}
	if len(f) == 2 && (f[0] == "yesterday" || f[0] == "tomorrow") {
		pod = partOfDay(f[1])
	}
	typ := warta.TimexDate
	if pod != "" {
		typ = warta.TimexTime
	}
	return m.mention(typ, func(c *resolution) (string, string) {
		if !c.known() {
			return withPart("XXXX-XX-XX", pod), FlagNoAnchor
		}
		t := c.anchor.AddDate(0, 0, off)
		return c.dayValue(t, pod), ""
	})
}

func buildUnitDeicticEN(m *match) *mention {
	u := m.g("u")
	rel := strings.Join(strings.Fields(m.g("rel")), " ")
	dir := relDir(rel)
	if rel == "the same" || rel == "the following" || rel == "the prior" {
		return nil
	}
	if rel == "the latest" {
		dir = -1
	}
	switch u {
	case "spring", "summer", "fall", "autumn", "winter":
		code := map[string]string{"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}[u]
		return m.mention(warta.TimexDate, func(c *resolution) (string, string) { return season(c, code, dir) })
	case "weekend":
		return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
			if !c.known() {
				return "XXXX-WXX-WE", FlagNoAnchor
			}
			a := c.anchor
			switch dir {
			case -1:
				a = a.AddDate(0, 0, -7)
			case 1:
				a = a.AddDate(0, 0, 7)
			}
			return format(a, precWeekend), ""
		})
	case "half":
		return m.mention(warta.TimexDate, func(c *resolution) (string, string) { return halfYear(c, dir) })
	}
	unit := unitsEN[u]
	if u == "fiscal year" {
		unit = "Y"
	}
	switch rel {
	case "the past", "the last", "the next", "the coming", "past":
		v := duration(1, unit)
		if unit == "Q" {
			v = "P3M"
		}
		return m.mention(warta.TimexDuration, func(*resolution) (string, string) { return v, "" })
	}
	return m.mention(warta.TimexDate, func(c *resolution) (string, string) { return deictic(c, unit, dir) })
}

func buildQuarterEN(m *match) *mention {
	n := ordinalsEN[m.g("o")]
	if n == 0 {
		return nil
	}
	half := m.g("u") == "half"
	if half && n > 2 {
		return nil
	}
	ys := m.g("y")
	rel := m.g("rel")
	return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
		y := 0
		switch {
		case ys != "":
			y, _ = strconv.Atoi(ys)
		case c.known():
			y = c.anchor.Year()
			cur := (int(c.anchor.Month())-1)/3 + 1
			if half {
				cur = (int(c.anchor.Month())-1)/6 + 1
				if n > cur && c.tense <= 0 {
					y--
				}
			} else if n-cur >= 2 || (n > cur && c.tense < 0) {
				y--
			}
			if rel == "year-earlier" || rel == "year-ago" {
				y--
			}
		default:
			if half {
				return fmt.Sprintf("XXXX-H%d", n), FlagNoAnchor
			}
			return fmt.Sprintf("XXXX-Q%d", n), FlagNoAnchor
		}
		if half {
			return fmt.Sprintf("%04d-H%d", y, n), ""
		}
		c.quarter = date(y, 3*n-2, 1)
		return fmt.Sprintf("%04d-Q%d", y, n), ""
	})
}
