package timeline

import (
	"strconv"
	"strings"
	"time"

	"github.com/warta-news/warta"
)

// period is the span of calendar days [start, end] that a TIMEX3 value
// names, with its precision.
type period struct {
	value      string // the value, cut to its precision ("2024-06-19", "2024-W25", "2024-06", "1961")
	start, end time.Time
	precision  string
}

// precisionRank orders precisions from the finest.
var precisionRank = map[string]int{
	warta.PrecisionDay: 0, warta.PrecisionWeek: 1, warta.PrecisionMonth: 2,
	warta.PrecisionQuarter: 3, warta.PrecisionYear: 4,
}

// parsePeriod reads the calendar values the timex stage writes: a day
// (with or without a time of day), an ISO week, a month, a quarter or a
// year. Vague references (PRESENT_REF), durations, seasons and values with
// unknown digits are not periods.
func parsePeriod(value string) (period, bool) {
	if i := strings.IndexByte(value, 'T'); i == 10 {
		value = value[:10]
	}
	if len(value) < 4 {
		return period{}, false
	}
	year, err := strconv.Atoi(value[:4])
	if err != nil || year < 1 {
		return period{}, false
	}
	rest := value[4:]
	switch {
	case rest == "":
		s := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
		return period{value, s, s.AddDate(1, 0, -1), warta.PrecisionYear}, true
	case len(rest) == 3 && rest[0] == '-' && rest[1] == 'Q':
		q, err := strconv.Atoi(rest[2:])
		if err != nil || q < 1 || q > 4 {
			return period{}, false
		}
		s := time.Date(year, time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC)
		return period{value, s, s.AddDate(0, 3, -1), warta.PrecisionQuarter}, true
	case len(rest) == 4 && rest[0] == '-' && rest[1] == 'W':
		w, err := strconv.Atoi(rest[2:])
		if err != nil || w < 1 || w > 53 {
			return period{}, false
		}
		// ISO week 1 holds January 4th; weeks start on Monday.
		jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
		s := monday.AddDate(0, 0, 7*(w-1))
		return period{value, s, s.AddDate(0, 0, 6), warta.PrecisionWeek}, true
	case len(rest) == 3 && rest[0] == '-':
		m, err := strconv.Atoi(rest[1:])
		if err != nil || m < 1 || m > 12 {
			return period{}, false
		}
		s := time.Date(year, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		return period{value, s, s.AddDate(0, 1, -1), warta.PrecisionMonth}, true
	case len(rest) == 6 && rest[0] == '-' && rest[3] == '-':
		d, err := time.Parse("2006-01-02", value)
		if err != nil {
			return period{}, false
		}
		return period{value, d, d, warta.PrecisionDay}, true
	}
	return period{}, false
}

// contains reports whether p covers every day of q.
func (p period) contains(q period) bool {
	return !q.start.Before(p.start) && !q.end.After(p.end)
}

// compatible reports whether p and q may name the same happening: one
// holds the other.
func (p period) compatible(q period) bool { return p.contains(q) || q.contains(p) }

// finer reports whether p names a shorter span than q.
func (p period) finer(q period) bool {
	return precisionRank[p.precision] < precisionRank[q.precision]
}

// day returns the period of one calendar day.
func day(t time.Time) period {
	t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return period{t.Format("2006-01-02"), t, t, warta.PrecisionDay}
}

// Period returns the first and last day of the calendar span that a
// timeline date names ("2024-06-19", "2024-W25", "2024-06", "2024-Q2",
// "2024"), and its precision; ok is false for anything else.
func Period(date string) (start, end time.Time, precision string, ok bool) {
	p, ok := parsePeriod(date)
	return p.start, p.end, p.precision, ok
}
