package timex

import (
	"testing"
	"time"
)

// The cases below come from errors on our second Indonesian dev gold
// (timex/testdata/id-news-dev-gold.tsv: disasters, courts, sport, the
// economy), written as new sentences.

func TestNoBreakSpaceAndSekiraID(t *testing.T) {
	a := time.Date(2025, 6, 18, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		{"Gunung itu meletus Selasa (17/6/2025)\u00a0pukul 17.35 Wita.", "Selasa (17/6/2025)\u00a0pukul 17.35 Wita=2025-06-17T17:35+08:00/TIME"},
		{"Letusan terjadi Selasa 17 Juni 2025 sekira pukul 17.35 WITA.", "Selasa 17 Juni 2025 sekira pukul 17.35 WITA=2025-06-17T17:35+08:00/TIME"},
		{"Kapal berangkat sekira pukul 06.00 WIB.", "sekira pukul 06.00 WIB=2025-06-18T06:00+07:00/TIME"},
	})
}
