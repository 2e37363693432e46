package timex

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/warta-news/warta"
)

// seedExpect is what a reader finds in one seed article: its publication
// date (any day in [pubFrom, pubTo], or "" when the text cannot tell) and
// the value of every dated expression in it.
type seedExpect struct {
	file           string
	pubFrom, pubTo string
	exprs          []seedExpr
}

type seedExpr struct{ text, value string }

// The expectations below were written by reading the seeds, not by
// copying the tagger's output.
var seedExpectations = []seedExpect{
	{file: "000_3c7df9a3ab7e3405.txt", pubFrom: "2024-10-08", pubTo: "2024-10-09", exprs: []seedExpr{
		{"Selasa (10/8/2024)", "2024-10-08"}, // Tuesday: 8 October, not 10 August (a Saturday)
		{"bulan Juni", "2024-06"},            // Putin's visit to Pyongyang, June 2024
		{"puluhan tahun", "PXY"},
		{"Awal tahun ini", "2024"},
		{"dekade terakhir", "P1DE"},
		{"September 2023", "2023-09"},
	}},
	{file: "001_b7a383dd7ada1b94.txt", pubFrom: "2024-06-11", pubTo: "2024-06-13", exprs: []seedExpr{
		{"25 April 2019", "2019-04-25"},
		{"Rabu (12/6)", "2024-06-12"}, // Wednesday 12 June: 2024, the year after "tahun lalu" = 2023
		{"tahun lalu", "2023"},
		{"beberapa hari mendatang", "FUTURE_REF"},
		{"Mei", "2024-05"},
		{"minggu depan", "2024-W25"},
		{"Rabu", "2024-06-12"},
		{"13 September 2023", "2023-09-13"},
		{"Maret", "2024-03"},
		{"bulan lalu", "2024-05"},
	}},
	{file: "002_39d3cf8f1d629551.txt", pubFrom: "", pubTo: "", exprs: []seedExpr{
		{"September 2023", "2023-09"},
		{"hari Selasa", "XXXX-WXX-2"},
		{"bulan Juni", "XXXX-06"},
		{"awal tahun ini", "XXXX"},
	}},
	{file: "003_9d61b884b48f0b4a.txt", pubFrom: "2023-09-13", pubTo: "2023-09-14", exprs: []seedExpr{
		{"beberapa tahun terakhir", "PXY"},
		{"Rabu (13/9/2023)", "2023-09-13"},
		{"2018", "2018"},
	}},
	{file: "004_fd099aca7c961991.txt", pubFrom: "2024-06-18", pubTo: "2024-06-19", exprs: []seedExpr{
		{"Rabu (19/06/2024) malam", "2024-06-19TNI"},
		{"tahun 1961", "1961"},
		{"Selasa (18/06/2024)", "2024-06-18"},
		{"beberapa bulan terakhir", "PXM"},
		{"sekitar sembilan tahun", "P9Y"},
		{"beberapa jam", "PTXH"},
	}},
}

func readSeed(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "shared", "seeds", name))
	if err != nil {
		t.Skipf("seed %s absent (%v): skipping", name, err)
	}
	return string(b)
}

func TestSeeds(t *testing.T) {
	tg := Tagger{Now: func() time.Time { return time.Date(2025, 6, 20, 0, 0, 0, 0, time.UTC) }}
	for _, e := range seedExpectations {
		t.Run(e.file, func(t *testing.T) {
			body := readSeed(t, e.file)
			pub, src, xs := tg.Date(body, "id", "")
			if e.pubFrom == "" {
				if pub != "" || src != warta.SourceNone {
					t.Errorf("Date(%s) = %q, %q, want no date", e.file, pub, src)
				}
			} else if pub < e.pubFrom || pub > e.pubTo || src != warta.SourceText {
				t.Errorf("Date(%s) = %q, %q, want %s..%s from text", e.file, pub, src, e.pubFrom, e.pubTo)
			}
			for _, want := range e.exprs {
				found := false
				for _, x := range xs {
					if x.Text == want.text {
						found = true
						if x.Value != want.value {
							t.Errorf("Date(%s): %q = %q, want %q", e.file, want.text, x.Value, want.value)
						}
						if body[x.Start:x.End] != x.Text {
							t.Errorf("Date(%s): %q has offsets %d..%d that read %q", e.file, x.Text, x.Start, x.End, body[x.Start:x.End])
						}
					}
				}
				if !found {
					t.Errorf("Date(%s): %q not found", e.file, want.text)
				}
			}
			for _, x := range xs {
				t.Logf("%q %s %s %s", x.Text, x.Value, x.Type, x.Flag)
			}
		})
	}
}

// TestSeedRewriteLendsDate checks the issue #5 hook: 002 is a rewrite of
// 000's report and has no date of its own; with 000's date lent, its
// relative expressions resolve.
func TestSeedRewriteLendsDate(t *testing.T) {
	body := readSeed(t, "002_39d3cf8f1d629551.txt")
	var tg Tagger
	pub, src, xs := tg.Redate(body, "id", "2024-10-08")
	if pub != "2024-10-08" || src != warta.SourceInferred {
		t.Errorf("Redate(002) = %q, %q, want 2024-10-08, inferred", pub, src)
	}
	want := map[string]string{"hari Selasa": "2024-10-08", "bulan Juni": "2024-06", "awal tahun ini": "2024", "September 2023": "2023-09"}
	for _, x := range xs {
		if w, ok := want[x.Text]; ok {
			if x.Value != w {
				t.Errorf("Redate(002): %q = %q, want %q", x.Text, x.Value, w)
			}
			delete(want, x.Text)
		}
	}
	for text := range want {
		t.Errorf("Redate(002): %q not found", text)
	}
}
