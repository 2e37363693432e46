package timex

import (
	"testing"
	"time"

	"github.com/warta-news/warta"
)

func TestParseDate(t *testing.T) {
	for _, c := range []struct {
		raw, want string
		ok        bool
	}{
		{"2024-10-08T07:00:00+07:00", "2024-10-08", true},
		{"2024-10-08", "2024-10-08", true},
		{"2024-10-08 23:10:00", "2024-10-08", true},
		{"Mon, 02 Jan 2006 15:04:05 -0700", "2006-01-02", true},
		{"Diperbarui 18 Jun 2025, 14:05 WIB", "2025-06-18", true},
		{"Rabu, 18 Juni 2025 10:15 WIB", "2025-06-18", true},
		{"Kamis   19 Jun 2025  08:10 WIB", "2025-06-19", true},
		{"Kompas.com- 19/06/2025, 09:12 WIB", "2025-06-19", true},
		{"martes, 15 de marzo de 2011 10:27", "2011-03-15", true},
		{"Actualizado el 3 de febrero de 2011", "2011-02-03", true},
		{",\u00a0Jurnalis-Jum'at, 20 Juni 2025 |00:17 WIB", "2025-06-20", true},
		{"19 Juni 2025 | 08.18 WIB", "2025-06-19", true},
		{"18/06/2025", "2025-06-18", true},
		{"April 22, 2024", "2024-04-22", true},
		{"Juni 2025", "2025-06", true},
		{"", "", false},
		{"kemarin", "", false},
		{"not a date at all", "", false},
	} {
		got, ok := ParseDate(c.raw)
		if got != c.want || ok != c.ok {
			t.Errorf("ParseDate(%q) = %q, %v, want %q, %v", c.raw, got, ok, c.want, c.ok)
		}
	}
}

func TestDate(t *testing.T) {
	tg := Tagger{Now: func() time.Time { return time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC) }}
	for _, c := range []struct {
		name, body, lang, meta string
		wantPub, wantSrc       string
	}{
		{"metadata wins", "Kim datang Selasa (10/8/2024).", "id", "2024-10-09T07:00:00+07:00", "2024-10-09", warta.SourceMetadata},
		{"bad metadata falls back to text", "Kim datang Selasa (10/8/2024).", "id", "soon", "2024-10-08", warta.SourceText},
		{"dateline", "JAKARTA, April 22, 2024 — The minister said on Monday that talks had ended on April 1, 2024.", "en", "", "2024-04-22", warta.SourceText},
		{"weekday-anchored date", "Menteri mengatakan pada Selasa (18/06/2024) bahwa Putin akan tiba Rabu (19/06/2024).", "id", "", "2024-06-18", warta.SourceText},
		{"yearless weekday date takes the year its weekday fits", "Kim bertemu Putin 13 September 2023. Pada Rabu (12/6) ia memuji Rusia.", "id", "", "2024-06-12", warta.SourceText},
		{"no evidence", "Pada hari Selasa, Kim berbicara tentang bulan Juni.", "id", "", "", warta.SourceNone},
		{"a date with a wrong weekday is no evidence", "Ia bicara Senin (10/8/2024).", "id", "", "", warta.SourceNone},
		{"dates in the future of the clock are ignored", "Pada Rabu (12/6/2030) ia datang.", "id", "", "", warta.SourceNone},
	} {
		pub, src, _ := tg.Date(c.body, c.lang, c.meta)
		if pub != c.wantPub || src != c.wantSrc {
			t.Errorf("%s: Date(%q) = %q, %q, want %q, %q", c.name, c.body, pub, src, c.wantPub, c.wantSrc)
		}
	}
}

func TestDateResolvesAgainstPublication(t *testing.T) {
	var tg Tagger
	_, _, xs := tg.Date("Kim berbicara kemarin.", "id", "Rabu, 9 Oktober 2024 10:15 WIB")
	if len(xs) != 1 || xs[0].Value != "2024-10-08" {
		t.Errorf("Date(kemarin, meta 9 Oct 2024) timexes = %+v, want kemarin = 2024-10-08", xs)
	}
}

func TestRedateBadDate(t *testing.T) {
	var tg Tagger
	pub, src, xs := tg.Redate("Ia datang kemarin.", "id", "nope")
	if pub != "" || src != warta.SourceNone || len(xs) != 1 || xs[0].Value != "XXXX-XX-XX" {
		t.Errorf("Redate(bad date) = %q, %q, %+v, want unanchored", pub, src, xs)
	}
}
