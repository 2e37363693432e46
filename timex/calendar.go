package timex

import (
	"fmt"
	"time"
)

// Precisions of a resolved calendar value.
type precision int

const (
	precNone precision = iota
	precCentury
	precDecade
	precYear
	precHalf
	precQuarter
	precSeason
	precMonth
	precWeek
	precWeekend
	precDay
)

// date builds a UTC midnight date, normalising overflow as time.Date does.
func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// validDate reports whether y-m-d exists in the Gregorian calendar.
func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1 || y > 9999 {
		return false
	}
	t := date(y, m, d)
	return t.Day() == d && int(t.Month()) == m
}

// isoWeekday returns Monday 1 .. Sunday 7.
func isoWeekday(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// withPart adds the part of the day pod ("MO", "EV", ...) to the value v,
// when there is one: "2024-10-08" and "EV" give "2024-10-08TEV".
func withPart(v, pod string) string {
	if pod == "" {
		return v
	}
	return v + "T" + pod
}

// dayValue records day t as the day the current mention resolves to and
// returns its value, with the part of the day pod if any.
func (c *resolution) dayValue(t time.Time, pod string) string {
	c.day = t
	return withPart(format(t, precDay), pod)
}

// format writes t at precision p as a TIMEX3 value.
func format(t time.Time, p precision) string {
	switch p {
	case precCentury:
		return fmt.Sprintf("%02d", t.Year()/100)
	case precDecade:
		return fmt.Sprintf("%03d", t.Year()/10)
	case precYear:
		return fmt.Sprintf("%04d", t.Year())
	case precHalf:
		return fmt.Sprintf("%04d-H%d", t.Year(), (int(t.Month())-1)/6+1)
	case precQuarter:
		return fmt.Sprintf("%04d-Q%d", t.Year(), (int(t.Month())-1)/3+1)
	case precMonth:
		return fmt.Sprintf("%04d-%02d", t.Year(), int(t.Month()))
	case precWeek:
		y, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case precWeekend:
		y, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d-WE", y, w)
	case precDay:
		return t.Format("2006-01-02")
	}
	return ""
}

// shift moves t by n units ("D", "W", "M", "Y", "DE", "CE", "Q", "H",
// "MIN", "S") and returns the precision that unit implies.
func shift(t time.Time, unit string, n int) (time.Time, precision) {
	switch unit {
	case "D":
		return t.AddDate(0, 0, n), precDay
	case "W":
		return t.AddDate(0, 0, 7*n), precWeek
	case "M":
		return firstOfMonth(t).AddDate(0, n, 0), precMonth
	case "Q":
		return firstOfMonth(t).AddDate(0, 3*n, 0), precQuarter
	case "Y":
		return t.AddDate(n, 0, 0), precYear
	case "DE":
		return t.AddDate(10*n, 0, 0), precDecade
	case "CE":
		return t.AddDate(100*n, 0, 0), precCentury
	case "H":
		return t.Add(time.Duration(n) * time.Hour), precDay
	case "MIN":
		return t.Add(time.Duration(n) * time.Minute), precDay
	case "S":
		return t.Add(time.Duration(n) * time.Second), precDay
	}
	return t, precDay
}

func firstOfMonth(t time.Time) time.Time { return date(t.Year(), int(t.Month()), 1) }

// duration writes a TIMEX3 duration of n units; n < 0 means unspecified (X).
func duration(n int, unit string) string {
	q := "X"
	if n >= 0 {
		q = fmt.Sprint(n)
	}
	switch unit {
	case "H", "S":
		return "PT" + q + unit
	case "MIN":
		return "PT" + q + "M"
	case "WINDU":
		if n >= 0 {
			return fmt.Sprintf("P%dY", 8*n)
		}
		return "PXY"
	case "SEM":
		if n >= 0 {
			return fmt.Sprintf("P%dM", 6*n)
		}
		return "PXM"
	}
	return "P" + q + unit
}

// weekdayNear returns the date with ISO weekday wd nearest to anchor in the
// direction dir: -1 the latest on or before anchor, +1 the earliest on or
// after it, 0 the nearest either way (ties go to the past).
func weekdayNear(anchor time.Time, wd, dir int) time.Time {
	diff := wd - isoWeekday(anchor) // -6..6
	switch {
	case dir < 0:
		if diff > 0 {
			diff -= 7
		}
	case dir > 0:
		if diff < 0 {
			diff += 7
		}
	default:
		if diff > 3 {
			diff -= 7
		} else if diff < -3 {
			diff += 7
		}
	}
	return anchor.AddDate(0, 0, diff)
}
