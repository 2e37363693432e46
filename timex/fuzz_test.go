package timex

import (
	"regexp"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/warta-news/warta"
)

// valueRE accepts the TIMEX3 values the tagger may produce.
var valueRE = regexp.MustCompile(`^(?:` +
	`PRESENT_REF|PAST_REF|FUTURE_REF|` +
	`P(?:T?(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|H|S|DE|CE|Q))|` +
	`(?:\d{2}|\d{3}|\d{4}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|-W(?:\d{2}|XX)(?:-(?:\d|WE))?|-Q[1-4X]|-H[12X]|-(?:SP|SU|FA|WI))?` +
	`(?:T(?:\d{2}:\d{2}(?:[+-]\d{2}:\d{2}|Z)?|MO|MI|AF|EV|NI))?` +
	`)$`)

// splitsRune reports whether offset i falls inside the encoding of a valid
// multi-byte rune of s (a stray continuation byte is no rune to split).
func splitsRune(s string, i int) bool {
	if i <= 0 || i >= len(s) || utf8.RuneStart(s[i]) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if utf8.RuneStart(s[j]) {
			r, size := utf8.DecodeRuneInString(s[j:])
			return !(r == utf8.RuneError && size == 1) && j+size > i
		}
	}
	return false
}

func checkTimexes(t *testing.T, body string, xs []warta.Timex) {
	t.Helper()
	prev := 0
	for _, x := range xs {
		if x.Start < prev || x.End <= x.Start || x.End > len(body) {
			t.Fatalf("Tag(%q): bad or overlapping offsets %d..%d after %d", body, x.Start, x.End, prev)
		}
		prev = x.End
		if splitsRune(body, x.Start) || splitsRune(body, x.End) {
			t.Fatalf("Tag(%q): offsets %d..%d split a rune", body, x.Start, x.End)
		}
		if body[x.Start:x.End] != x.Text {
			t.Fatalf("Tag(%q): text %q does not match offsets %d..%d", body, x.Text, x.Start, x.End)
		}
		if !valueRE.MatchString(x.Value) {
			t.Fatalf("Tag(%q): %q has malformed value %q", body, x.Text, x.Value)
		}
		switch x.Type {
		case warta.TimexDate, warta.TimexTime, warta.TimexDuration, warta.TimexSet:
		default:
			t.Fatalf("Tag(%q): %q has type %q", body, x.Text, x.Type)
		}
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"Kim berbicara pada Selasa (10/8/2024) pukul 13.21 WIB.",
		"Rabu (12/6) dan tiga hari lalu, awal tahun ini, Juni lalu, abad ke-21, 1990-an.",
		"JAKARTA, April 22, 2024 — last week, next month, 1:21 p.m., the third quarter.",
		"Minggu (20/10/2024) malam, setiap hari, bertahun-tahun, 24 jam, triwulan III-2024.",
		"(31/2) (0/0/0000) 99/99/9999 pukul 99.99 Selasa (",
		"é Rabu (1/1) ü 2 hari lalu\u00a0kemarin",
		"EL CAIRO, 15 Mar. (EUROPA PRESS) - el pasado martes, hace tres días, a las 15.00 horas, mañana.",
		"hoy (26.04.2017) miércoles 31/02/2011 los años 90 siglo XXI la víspera año año año ñ",
	} {
		f.Add(s, "id", int64(1728432000))
		f.Add(s, "en", int64(0))
		f.Add(s, "es", int64(1300147200))
	}
	f.Fuzz(func(t *testing.T, body, lang string, unix int64) {
		if len(body) > 4096 {
			return
		}
		a := time.Time{}
		if unix != 0 {
			a = time.Unix(unix%(1<<34), 0).UTC()
		}
		var tg Tagger
		tg.Now = func() time.Time { return time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC) }
		checkTimexes(t, body, tg.Tag(body, lang, a))
		pub, _, xs := tg.Date(body, lang, "")
		if pub != "" && !valueRE.MatchString(pub) {
			t.Fatalf("Date(%q) = %q, not a date", body, pub)
		}
		checkTimexes(t, body, xs)
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2024-10-08T07:00:00+07:00", "Diperbarui 18 Jun 2025, 14:05 WIB", "Mon, 02 Jan 2006 15:04:05 -0700", "18/06/2025", "Kompas.com- 19/06/2025, 09:12 WIB", "99/99/9999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		v, ok := ParseDate(raw)
		if ok != (v != "") {
			t.Fatalf("ParseDate(%q) = %q, %v: ok must say whether a value came back", raw, v, ok)
		}
		if ok && !regexp.MustCompile(`^\d{4}(?:-\d{2}(?:-\d{2})?)?$`).MatchString(v) {
			t.Fatalf("ParseDate(%q) = %q, not an ISO date", raw, v)
		}
	})
}
